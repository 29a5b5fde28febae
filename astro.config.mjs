// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { starlightOptions } from './src/config/starlight.ts';

// Building blocks live in src/config/; every Starlight customisation is listed in CUSTOMIZING.md.
export default defineConfig({
	// Where the site is published (absolute links in the settings files); set SITE_URL to deploy.
	site: process.env.SITE_URL ?? 'https://mxplan-outlook.example.org',
	markdown: {
		// `## Heading {#id}` keeps the source guide's explicit anchors (popimap, popimap-settings, gofurther).
		processor: satteri({ features: { headingAttributes: true } }),
	},
	integrations: [starlight(starlightOptions)],
});
