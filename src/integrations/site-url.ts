/**
 * Says in the build output when the site's address is unknown: without SITE_URL (Astro's `site`)
 * the build leaves out what needs it instead of inventing a placeholder domain.
 */
import type { AstroIntegration } from 'astro';

const SITE_URL_MISSING =
	'SITE_URL is not set: canonical URLs, the sitemap, the autoconfig files’ link to the guide and the JSON Schema’s $id are left out, and the Apple profiles use the identifier prefix “mxplan-outlook-guide”. Set SITE_URL=https://… to include them.';

export function siteUrl(): AstroIntegration {
	let site: string | undefined;
	return {
		name: 'site-url',
		hooks: {
			'astro:config:done'({ config }) {
				site = config.site;
			},
			'astro:build:start'({ logger }) {
				if (!site) logger.warn(SITE_URL_MISSING);
			},
		},
	};
}
