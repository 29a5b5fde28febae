/**
 * Filling the settings checker's words (the catalogues' `checker` section, src/i18n/<lang>/checker.ts):
 * messages are typed templates, one per finding kind: `{name}` is replaced by a finding's value as
 * text, `[name]` as code. `{where}` is the region's name (or the zones' labels without a region),
 * zone lists become their labels, protocols their names. The page hands the words of its language
 * to its script as data, so the script carries no words; `message` is the one function that fills
 * them, on the page and in the tests.
 */
import type { ZoneId } from '../settings/mail-settings';
import type { Catalogue } from '../i18n/catalogue';
import type { Finding } from './check';

/** A filled message: text, and values to show as code. */
export type Part = string | { code: string };

/** What the page's script gets: the templates and the names to fill them with. */
export interface Words {
	findings: Record<string, string>;
	ui: Catalogue['checker']['ui'];
	protocols: Record<string, string>;
	zones: Record<string, string>;
	/** Joins zone labels ("Canada / Americas and Asia / Pacific"). */
	and: string;
}

export const words = (t: Catalogue): Words => ({
	findings: t.checker.findings,
	ui: t.checker.ui,
	protocols: t.checker.protocols,
	zones: t.zones,
	and: t.and,
});

/**
 * Fills a template: `{name}` with text, `[name]` as code. A value that is a list of zone ids
 * becomes their labels ("Canada / Americas and Asia / Pacific"); a protocol id its name.
 */
export function fill(w: Words, template: string, values: Record<string, unknown>): Part[] {
	return template.split(/(\{\w+\}|\[\w+\])/).map((piece, i) => {
		if (i % 2 === 0) return piece;
		const name = piece.slice(1, -1);
		const value = values[name];
		const text = Array.isArray(value)
			? value.map((zone: ZoneId) => w.zones[zone]).join(w.and)
			: /rotocol$/.test(name)
				? w.protocols[value as string]!
				: String(value);
		return piece[0] === '[' ? { code: text } : text;
	});
}

/** A finding in plain words; `where` is the region's name, or the zones' labels. */
export const message = (w: Words, finding: Finding, where: string) => fill(w, w.findings[finding.kind]!, { ...finding, where });

/** Parts as plain text (the announcement and the copied summary). */
export const plain = (parts: Part[]) => parts.map((part) => (typeof part === 'string' ? part : part.code)).join('');
