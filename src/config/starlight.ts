import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { sidebar } from './sidebar.ts';
import { guideLinks } from '../integrations/guide-links.ts';
import { noScriptTheme } from '../integrations/no-script-theme.ts';

/** Starlight options; each component override is described in CUSTOMIZING.md. */
export const starlightOptions: StarlightUserConfig = {
	title: 'MX Plan in Outlook for Windows',
	description:
		'Configure your OVHcloud MX Plan email address in Outlook for Windows, with the server settings of your region.',
	favicon: '/favicon.svg',
	sidebar,
	// "Last updated" in each page's footer; the dates come from git (src/content.config.ts).
	lastUpdated: true,
	markdown: { processedDirs: ['./content/docs'] },
	customCss: ['./src/styles/region.css', './src/styles/illustrations.css'],
	plugins: [
		// Link registry: heading ids, aliases, copy-link buttons, and the check of every link in the
		// built site. (starlight-links-validator cannot read pages outside src/content/docs/:
		// HiDeoo/starlight-links-validator#160; the built-HTML check covers every source link.)
		guideLinks(),
		// Without JavaScript, the light theme when the system prefers it (Starlight's own variables).
		noScriptTheme(),
	],
	components: {
		// Pre-paint region script (inline, in <head>).
		Head: './src/components/overrides/Head.astro',
		// Region flag at the top right on phones (the default header hides its right group there).
		Header: './src/components/overrides/Header.astro',
		// Region flag in the header's right group (desktop) and in the mobile menu footer.
		LanguageSelect: './src/components/overrides/LanguageSelect.astro',
		// "Choose your region" prompt, unknown-region notice and the no-JavaScript note.
		Banner: './src/components/overrides/Banner.astro',
		// "Skip to content" lands on the region prompt while no region is chosen.
		SkipLink: './src/components/overrides/SkipLink.astro',
	},
};
