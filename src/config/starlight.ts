import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { sidebar } from './sidebar.ts';
import { guideLinks } from '../integrations/guide-links.ts';
import { noScriptTheme } from '../integrations/no-script-theme.ts';
import { catalogues } from '../i18n/index.ts';
import { LANGUAGES, LANGUAGE_INFO, starlightLocales } from '../i18n/languages.ts';

/** The site's title in every language (Starlight takes a record keyed by language tag). */
const title = Object.fromEntries(LANGUAGES.map((lang) => [LANGUAGE_INFO[lang].tag, catalogues[lang].site.title]));

/** Starlight options; each component override is described in CUSTOMIZING.md. */
export const starlightOptions: StarlightUserConfig = {
	title,
	// The description in <meta> is each page's own (frontmatter); this is the site's, in English.
	description: catalogues.en.site.description,
	favicon: '/favicon.svg',
	// English at the root (every existing address keeps working), the other languages under their code.
	defaultLocale: 'root',
	locales: starlightLocales(),
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
		// Pre-paint choices script (inline, in <head>).
		Head: './src/components/overrides/Head.astro',
		// The region flag and the Outlook at the top right below 90rem (the default header hides its right group there).
		Header: './src/components/overrides/Header.astro',
		// The region flag and the Outlook in the header's right group (desktop) and in the mobile menu footer, before the language.
		LanguageSelect: './src/components/overrides/LanguageSelect.astro',
		// The translation offer, the prompts, notices and the no-JavaScript note, the printed choices.
		Banner: './src/components/overrides/Banner.astro',
		// "Skip to content" lands on the prompts while a choice the page needs is not made.
		SkipLink: './src/components/overrides/SkipLink.astro',
	},
};
