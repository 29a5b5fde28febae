/**
 * Rich text in the catalogues: sentences with the reader's values, Outlook's labels, code and
 * links to registered places in them (rendered by src/components/i18n/Rich.astro).
 */
import type { Protocol } from '../settings/mail-settings';

export type RichPart =
	| string
	/** A server's host, port and security type in the reader's zone. */
	| { server: Protocol }
	/** One setting in the reader's zone. */
	| { value: Protocol; field: 'host' | 'port' | 'security' }
	/** An Outlook label, by its key in the catalogue's `outlook` section (`classic.spa`), in bold. */
	| { ui: string }
	| { code: string }
	/** A link to a registered place (`step-4-imap`); its text is the place's title unless `text` says otherwise. */
	| { place: string; text?: string }
	/** A link to a page (its key, `/modify-settings/`), with its title. */
	| { page: string };
export type Rich = readonly RichPart[];

/** What a part is, whatever its words: two languages' versions of a sentence must carry the same of these. */
export function partKey(part: RichPart): string | null {
	if (typeof part === 'string') return null;
	if ('place' in part) return `place:${part.place}`;
	if ('page' in part) return `page:${part.page}`;
	return JSON.stringify(part);
}
