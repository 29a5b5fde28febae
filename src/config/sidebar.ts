import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { catalogues } from '../i18n';
import { LANGUAGES, LANGUAGE_INFO } from '../i18n/languages';
import type { Catalogue } from '../i18n/catalogue';

/** A label in English with its translations (Starlight picks the page's language's). */
function label(pick: (t: Catalogue) => string) {
	return {
		label: pick(catalogues.en),
		translations: Object.fromEntries(LANGUAGES.filter((lang) => lang !== 'en').map((lang) => [LANGUAGE_INFO[lang].tag, pick(catalogues[lang])])),
	};
}

type PageKey = keyof Catalogue['pages'];
const page = (link: PageKey) => ({ ...label((t) => t.pages[link]), link });

/** The guide's pages, in reading order (labels = the pages' titles, per language), then the support agents' tool. */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
	page('/'),
	page('/add-account/'),
	page('/modify-settings/'),
	page('/troubleshooting/'),
	page('/pop-or-imap/'),
	page('/download-settings/'),
	// A tool, not a page of the guide: its own group, and out of the previous/next chain
	// (`prev: false` / `next: false` in links.mdx and on the guide's last page).
	{ ...label((t) => t.sidebar.support), items: [page('/links/')] },
];
