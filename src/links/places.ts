/**
 * The link registry's data: the guide's pages and every linkable place (see registry.ts, which
 * validates it at build time). No dependencies, so the browser script can import it.
 */
import { codeId, ERROR_CODES } from '../troubleshooting/codes';

/**
 * The guide's pages: the page's key (its address in English, the root language) → its source file
 * under content/docs/ (and content/docs/<lang>/ in every other language). Titles are in the
 * message catalogues (`pages`).
 */
export const PAGES = {
	'/': { file: 'index.mdx' },
	'/add-account/': { file: 'add-account.mdx' },
	'/modify-settings/': { file: 'modify-settings.mdx' },
	'/pop-or-imap/': { file: 'pop-or-imap.mdx' },
	'/download-settings/': { file: 'download-settings.mdx' },
	'/troubleshooting/': { file: 'troubleshooting.mdx' },
} as const;

/**
 * What carries a place's id on its page:
 * - `section`: an h2/h3 (`## Title {#id}` in the MDX);
 * - `step`: a step of adding the account (StepTabs renders its anchor inside the step's tab);
 * - `anchor`: the page itself, for a source anchor whose section became a whole page (so its
 *   title is the page's title, not a heading): the link plugin puts an element with the id at
 *   the top of the page's content. At most one per page.
 */
export type PlaceKind = 'section' | 'step' | 'anchor';

/** The sets of step tabs (StepTabs renders one set): the source guide's, the older classic window's, the new Outlook's. */
export const STEP_SETS = ['classic', 'classic-manual', 'new'] as const;
export type StepSet = (typeof STEP_SETS)[number];

export interface RawPlace {
	id: string;
	page: keyof typeof PAGES;
	kind: PlaceKind;
	aliases?: string[];
	/** A step's set of tabs. */
	steps?: StepSet;
	/**
	 * The reader choice value the place belongs to (`{ outlook: 'new' }`): it is shown only with
	 * that value, and a link to it shows that value (src/scripts/choices-head.js). Absent: every value.
	 */
	only?: Record<string, string>;
}

const CLASSIC = { outlook: 'classic' } as const;
const NEW = { outlook: 'new' } as const;

export const rawPlaces = [
	// Start here (titles: the catalogues' `places`; error codes': `errors.titles`)
	{ id: 'objective', page: '/', kind: 'section' },
	{ id: 'requirements', page: '/', kind: 'section' },
	{ id: 'region', page: '/', kind: 'section' },
	{ id: 'which-outlook', page: '/', kind: 'section' },
	{ id: 'in-this-guide', page: '/', kind: 'section' },
	{ id: 'gofurther', page: '/', kind: 'section', aliases: ['go-further'] },
	// Adding the account
	{ id: 'adding-the-account', page: '/add-account/', kind: 'anchor', aliases: ['add-account'] },
	{ id: 'classic-outlook', page: '/add-account/', kind: 'section', only: CLASSIC },
	{ id: 'classic-advanced', page: '/add-account/', kind: 'section', only: CLASSIC },
	{ id: 'step-1', page: '/add-account/', kind: 'step', steps: 'classic', only: CLASSIC },
	{ id: 'step-2', page: '/add-account/', kind: 'step', steps: 'classic', only: CLASSIC },
	{ id: 'step-3', page: '/add-account/', kind: 'step', steps: 'classic', only: CLASSIC },
	{ id: 'step-4-imap', page: '/add-account/', kind: 'step', steps: 'classic', only: CLASSIC },
	{ id: 'step-4-pop', page: '/add-account/', kind: 'step', steps: 'classic', only: CLASSIC },
	{ id: 'classic-manual', page: '/add-account/', kind: 'section', only: CLASSIC },
	{ id: 'manual-step-1', page: '/add-account/', kind: 'step', steps: 'classic-manual', only: CLASSIC },
	{ id: 'manual-step-2', page: '/add-account/', kind: 'step', steps: 'classic-manual', only: CLASSIC },
	{ id: 'manual-step-3', page: '/add-account/', kind: 'step', steps: 'classic-manual', only: CLASSIC },
	{ id: 'manual-step-4', page: '/add-account/', kind: 'step', steps: 'classic-manual', only: CLASSIC },
	{ id: 'manual-step-5', page: '/add-account/', kind: 'step', steps: 'classic-manual', only: CLASSIC },
	{ id: 'new-outlook', page: '/add-account/', kind: 'section', only: NEW },
	{ id: 'new-step-1', page: '/add-account/', kind: 'step', steps: 'new', only: NEW },
	{ id: 'new-step-2', page: '/add-account/', kind: 'step', steps: 'new', only: NEW },
	{ id: 'new-step-3', page: '/add-account/', kind: 'step', steps: 'new', only: NEW },
	{ id: 'using-your-email-address', page: '/add-account/', kind: 'section', aliases: ['use-account'] },
	// Modifying existing settings
	{ id: 'backup', page: '/modify-settings/', kind: 'section' },
	{ id: 'modifying-existing-settings', page: '/modify-settings/', kind: 'section', aliases: ['modify-settings'], only: CLASSIC },
	{ id: 'classic-modify-manual', page: '/modify-settings/', kind: 'section', only: CLASSIC },
	{ id: 'new-modify-settings', page: '/modify-settings/', kind: 'section', only: NEW },
	{ id: 'new-remove-account', page: '/modify-settings/', kind: 'section', only: NEW },
	{ id: 'new-add-again', page: '/modify-settings/', kind: 'section', only: NEW },
	{ id: 'popimap-settings', page: '/modify-settings/', kind: 'section', aliases: ['settings-account', 'imap-pop'] },
	{ id: 'pop-settings', page: '/modify-settings/', kind: 'section' },
	{ id: 'imap-settings', page: '/modify-settings/', kind: 'section' },
	{ id: 'smtp-settings', page: '/modify-settings/', kind: 'section', aliases: ['smtp'] },
	// POP or IMAP
	{ id: 'popimap', page: '/pop-or-imap/', kind: 'anchor' },
	// Download your settings
	{ id: 'download-settings', page: '/download-settings/', kind: 'section' },
	{ id: 'install-profile', page: '/download-settings/', kind: 'section' },
	{ id: 'autoconfig', page: '/download-settings/', kind: 'section' },
	{ id: 'dns-srv', page: '/download-settings/', kind: 'section' },
	// When Outlook can't send or receive (error-code ids are the code in lower case: #0x800ccc0e)
	{ id: 'checklist', page: '/troubleshooting/', kind: 'section' },
	{ id: 'checker', page: '/troubleshooting/', kind: 'section' },
	{ id: 'smtp-auth', page: '/troubleshooting/', kind: 'section' },
	{ id: 'codes', page: '/troubleshooting/', kind: 'section' },
	...ERROR_CODES.map((entry) => ({ id: codeId(entry.code), page: '/troubleshooting/' as const, kind: 'section' as const })),
	{ id: 'replies', page: '/troubleshooting/', kind: 'section' },
] satisfies RawPlace[];

/**
 * What the browser needs (src/scripts/guide-links.ts, as data in the page): every id and alias →
 * [page, canonical id], and the page of Outlook's error codes. Their ids (`0x` and eight
 * hexadecimal digits, CODE_ID) are matched by a pattern rather than listed: twenty more entries
 * on every page.
 */
export interface ClientPlaces {
	names: Record<string, [page: string, id: string]>;
	codes: string;
}

/** Ids of Outlook's error codes: `0x` and eight hexadecimal digits, in lower case (src/scripts/guide-links.ts sends any `0x` and eight letters or digits to CODE_PAGE). */
export const CODE_ID = '0x[0-9a-f]{8}';
const CODE_PAGE = '/troubleshooting/';

export function clientPlaces(): ClientPlaces {
	const data: ClientPlaces = { names: {}, codes: CODE_PAGE };
	for (const place of rawPlaces as RawPlace[]) {
		if (new RegExp(`^${CODE_ID}$`).test(place.id) && place.page === CODE_PAGE && !place.aliases?.length) continue;
		for (const name of [place.id, ...(place.aliases ?? [])]) data.names[name] = [place.page, place.id];
	}
	return data;
}
