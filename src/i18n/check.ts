/**
 * Everything the build checks about the catalogues: each language against English
 * (catalogue.ts), and English against the data its keys name — the settings module's regions and
 * zones, the link registry's places and pages, the error codes — and every Outlook label and
 * place that rich text refers to. One line per problem, naming the language and the key.
 */
import { catalogueProblems, type Catalogue } from './catalogue';
import { LANGUAGES, type Lang } from './languages';
import type { Rich, RichPart } from './rich';

export interface CheckData {
	regionIds: readonly string[];
	zoneIds: readonly string[];
	placeIds: readonly string[];
	pageKeys: readonly string[];
	codes: readonly string[];
}

const sameKeys = (what: string, keys: string[], expected: readonly string[]) => {
	const missing = expected.filter((key) => !keys.includes(key)).map((key) => `catalogue "en": ${what}.${key}: missing key`);
	const unknown = keys.filter((key) => !expected.includes(key)).map((key) => `catalogue "en": ${what}.${key}: unknown key (no such id in the data)`);
	return [...missing, ...unknown];
};

/** Every rich-text part of a catalogue, with its key path. */
function richParts(value: unknown, path: string, out: Array<[string, RichPart]> = []): Array<[string, RichPart]> {
	if (Array.isArray(value)) {
		if (value.every((part) => typeof part === 'string' || (typeof part === 'object' && part !== null && !Array.isArray(part)))) {
			for (const part of value as Rich) out.push([path, part]);
		} else value.forEach((item, i) => richParts(item, `${path}.${i}`, out));
	} else if (typeof value === 'object' && value !== null) {
		for (const [key, child] of Object.entries(value)) richParts(child, path ? `${path}.${key}` : key, out);
	}
	return out;
}

export function i18nProblems(catalogues: Record<Lang, Catalogue>, data: CheckData): string[] {
	const en = catalogues.en;
	const problems = [
		...sameKeys('regions', Object.keys(en.regions), data.regionIds),
		...sameKeys('zones', Object.keys(en.zones), data.zoneIds),
		...sameKeys('places', Object.keys(en.places), data.placeIds),
		...sameKeys('pages', Object.keys(en.pages), data.pageKeys),
		...sameKeys('errors.titles', Object.keys(en.errors.titles), data.codes),
		...sameKeys('errors.explanations', Object.keys(en.errors.explanations), data.codes),
	];
	for (const lang of LANGUAGES) {
		const catalogue = catalogues[lang];
		if (lang !== 'en') problems.push(...catalogueProblems(lang, catalogue));
		for (const [path, part] of richParts(catalogue, '')) {
			if (typeof part === 'string') continue;
			if ('ui' in part) {
				const [version, name] = part.ui.split('.');
				const labels = (catalogue.outlook as Record<string, Record<string, string>>)[version ?? ''];
				if (!labels || !name || !Object.hasOwn(labels, name)) problems.push(`catalogue "${lang}": ${path}: Outlook label "${part.ui}" is not in the outlook section`);
			}
			if ('page' in part && !data.pageKeys.includes(part.page)) problems.push(`catalogue "${lang}": ${path}: "${part.page}" is not a page`);
			if ('place' in part && !data.placeIds.includes(part.place) && !data.codes.some((code) => code.toLowerCase() === part.place)) {
				problems.push(`catalogue "${lang}": ${path}: "${part.place}" is not a registered place`);
			}
		}
	}
	return problems;
}
