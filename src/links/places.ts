/**
 * The link registry's data: the guide's pages and every linkable place (see registry.ts, which
 * validates it at build time). No dependencies, so the browser script can import it.
 */
import { codeHeading, codeId, ERROR_CODES } from '../troubleshooting/codes';

/** The guide's pages: route path → source file under content/docs/. */
export const PAGES = {
	'/': { file: 'index.mdx', title: 'Start here' },
	'/add-account/': { file: 'add-account.mdx', title: 'Adding the account' },
	'/modify-settings/': { file: 'modify-settings.mdx', title: 'Modifying existing settings' },
	'/pop-or-imap/': { file: 'pop-or-imap.mdx', title: 'POP or IMAP, what’s the difference?' },
	'/download-settings/': { file: 'download-settings.mdx', title: 'Download your settings' },
	'/troubleshooting/': { file: 'troubleshooting.mdx', title: 'When Outlook can’t send or receive' },
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

export interface RawPlace {
	id: string;
	page: keyof typeof PAGES;
	title: string;
	kind: PlaceKind;
	aliases?: string[];
}

export const rawPlaces = [
	// Start here
	{ id: 'objective', page: '/', title: 'Objective', kind: 'section' },
	{ id: 'requirements', page: '/', title: 'Requirements', kind: 'section' },
	{ id: 'region', page: '/', title: 'Choose your region', kind: 'section' },
	{ id: 'in-this-guide', page: '/', title: 'In this guide', kind: 'section' },
	{ id: 'gofurther', page: '/', title: 'Go further', kind: 'section', aliases: ['go-further'] },
	// Adding the account
	{ id: 'adding-the-account', page: '/add-account/', title: 'Adding the account', kind: 'anchor', aliases: ['add-account'] },
	{ id: 'step-1', page: '/add-account/', title: 'Step 1', kind: 'step' },
	{ id: 'step-2', page: '/add-account/', title: 'Step 2', kind: 'step' },
	{ id: 'step-3', page: '/add-account/', title: 'Step 3', kind: 'step' },
	{ id: 'step-4-imap', page: '/add-account/', title: 'Step 4 - IMAP', kind: 'step' },
	{ id: 'step-4-pop', page: '/add-account/', title: 'Step 4 - POP', kind: 'step' },
	{ id: 'using-your-email-address', page: '/add-account/', title: 'Using your email address', kind: 'section', aliases: ['use-account'] },
	// Modifying existing settings
	{ id: 'backup', page: '/modify-settings/', title: 'Retrieving a backup of your email address', kind: 'section' },
	{ id: 'modifying-existing-settings', page: '/modify-settings/', title: 'Changing the server settings', kind: 'section', aliases: ['modify-settings'] },
	{ id: 'popimap-settings', page: '/modify-settings/', title: 'Reminder of POP, IMAP and SMTP settings', kind: 'section', aliases: ['settings-account', 'imap-pop'] },
	{ id: 'pop-settings', page: '/modify-settings/', title: 'For POP configuration', kind: 'section' },
	{ id: 'imap-settings', page: '/modify-settings/', title: 'For IMAP configuration', kind: 'section' },
	{ id: 'smtp-settings', page: '/modify-settings/', title: 'SMTP configuration', kind: 'section', aliases: ['smtp'] },
	// POP or IMAP
	{ id: 'popimap', page: '/pop-or-imap/', title: 'POP or IMAP, what’s the difference?', kind: 'anchor' },
	// Download your settings
	{ id: 'download-settings', page: '/download-settings/', title: 'Settings files for your region', kind: 'section' },
	{ id: 'install-profile', page: '/download-settings/', title: 'Installing the profile on an iPhone, iPad or Mac', kind: 'section' },
	{ id: 'autoconfig', page: '/download-settings/', title: 'Thunderbird and other apps', kind: 'section' },
	{ id: 'dns-srv', page: '/download-settings/', title: 'DNS records for domain owners', kind: 'section' },
	// When Outlook can't send or receive (error-code ids are the code in lower case: #0x800ccc0e)
	{ id: 'checklist', page: '/troubleshooting/', title: 'Before you change anything', kind: 'section' },
	{ id: 'checker', page: '/troubleshooting/', title: 'Check your settings', kind: 'section' },
	{ id: 'smtp-auth', page: '/troubleshooting/', title: 'Turning on SMTP authentication', kind: 'section' },
	{ id: 'codes', page: '/troubleshooting/', title: 'Outlook’s error codes', kind: 'section' },
	...ERROR_CODES.map((entry) => ({ id: codeId(entry.code), page: '/troubleshooting/' as const, title: codeHeading(entry), kind: 'section' as const })),
	{ id: 'replies', page: '/troubleshooting/', title: 'What the server replies', kind: 'section' },
] satisfies RawPlace[];

/** What the browser needs, compactly: each page's ids, and each alias's canonical id. */
export interface ClientPlaces {
	pages: Record<string, string[]>;
	aliases: Record<string, string>;
	/**
	 * The page of Outlook's error codes. Their ids (`0x` and eight hexadecimal digits, CODE_ID) are
	 * matched by a pattern in src/scripts/guide-links.ts rather than listed: twenty ids would cost
	 * every page's script budget.
	 */
	codes: string;
}

/** Ids of Outlook's error codes: `0x` and eight hexadecimal digits, in lower case (src/scripts/guide-links.ts sends any `0x` and eight letters or digits to CODE_PAGE). */
export const CODE_ID = '0x[0-9a-f]{8}';
const CODE_PAGE = '/troubleshooting/';

export function clientPlaces(): ClientPlaces {
	const data: ClientPlaces = { pages: {}, aliases: {}, codes: CODE_PAGE };
	for (const place of rawPlaces as RawPlace[]) {
		if (new RegExp(`^${CODE_ID}$`).test(place.id) && place.page === CODE_PAGE && !place.aliases?.length) continue;
		(data.pages[place.page] ??= []).push(place.id);
		for (const alias of place.aliases ?? []) data.aliases[alias] = place.id;
	}
	return data;
}
