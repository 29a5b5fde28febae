// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { starlightOptions } from './src/config/starlight.ts';
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
	integrations: [starlight(starlightOptions), siteUrl()],
});
