// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { starlightOptions } from './src/config/starlight.ts';
import { regionVisibility } from './src/integrations/region-visibility.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';

// Building blocks live in src/config/; every Starlight customisation is listed in CUSTOMIZING.md.
export default defineConfig({
	// Where the site is published (absolute links in the settings files); set SITE_URL to deploy.
	site: process.env.SITE_URL ?? 'https://mxplan-outlook.example.org',
	markdown: {
		// `## Heading {#id}` keeps the source guide's explicit anchors (popimap, popimap-settings, gofurther).
		processor: satteri({ features: { headingAttributes: true } }),
	},
	integrations: [
		starlight(starlightOptions),
		// The CSS that shows the chosen region's values, generated from the settings module.
		regionVisibility(),
		// Content-Security-Policy (hashes of the built inline scripts) and security headers:
		// dist/_headers and a <meta> in every page. Last: it must see the final HTML.
		securityHeadersIntegration(),
	],
});
