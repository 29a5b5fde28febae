// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { starlightOptions } from './src/config/starlight.ts';
import { settingsCheck } from './src/integrations/settings-check.ts';
import { choiceVisibility } from './src/integrations/choice-visibility.ts';
import { i18nCheck } from './src/integrations/i18n-check.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { siteUrl } from './src/integrations/site-url.ts';

// Building blocks live in src/config/; every Starlight customisation is listed in CUSTOMIZING.md.
export default defineConfig({
	// Where the site is published: canonical URLs, the sitemap and the settings files' absolute
	// links use it. Without SITE_URL they are left out (never a placeholder domain): see siteUrl().
	site: process.env.SITE_URL || undefined,
	markdown: {
		// `## Heading {#id}` keeps the source guide's explicit anchors (popimap, popimap-settings, gofurther).
		processor: satteri({ features: { headingAttributes: true } }),
	},
	// content/docs/404.mdx is our 404 page: Starlight renders it at /404 and its catch-all route
	// lists it too, a conflict Astro resolves as intended (the 404 route wins) but warns about on
	// every build. A real collision would still be caught: the post-build link check fails on any
	// registered page or id missing from dist/.
	prerenderConflictBehavior: 'ignore',
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks MDX modules with a "use astro:head-inject" directive that it handles itself;
				// the bundler's warning about it is noise. Every other warning is printed.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	// The settings module and the message catalogues are checked first: a wrong value or a missing
	// translation fails fast, naming the field (or the language and the key).
	integrations: [
		settingsCheck(),
		i18nCheck(),
		starlight(starlightOptions),
		// Says, once, what is left out when SITE_URL is not set.
		siteUrl(),
		// The CSS that shows the reader's choices (region, Outlook), generated from the choices and the registry.
		choiceVisibility(),
		// Content-Security-Policy (hashes of the built inline scripts) and security headers:
		// dist/_headers and a <meta> in every page. Last: it must see the final HTML.
		securityHeadersIntegration(),
	],
});
