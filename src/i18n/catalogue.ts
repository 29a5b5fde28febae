/**
 * The message catalogues: every string the site's components and scripts show, one typed module
 * per language (src/i18n/<lang>/). English (`en`) is the reference: every other language has
 * exactly its keys, the same `{placeholders}` in each string, and in rich text the same values,
 * labels, codes and links (src/i18n/rich.ts), in any order. `catalogueProblems` says what is
 * wrong, naming the language and the key; the build runs it for every language
 * (src/integrations/i18n-check.ts) and TypeScript checks the same shape (`satisfies Catalogue`).
 *
 * The browser never gets a catalogue: components render the words into the page, and the few
 * a script needs travel as data attributes.
 */
import en from './en';
import { partKey, type RichPart } from './rich';

type Shape<T> = T extends string ? string : T extends readonly unknown[] ? T : { [K in keyof T]: Shape<T[K]> };
/** What every language's catalogue must look like: the English one's keys, with any words. */
export type Catalogue = Shape<typeof en>;

const TOKEN = /\{(\w+)\}|\[(\w+)\]/g;
/** The placeholders of a template, sorted: `{name}` and `[code]` alike. */
export const placeholders = (text: string) => [...text.matchAll(TOKEN)].map((m) => m[0]).sort();

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRich = (value: readonly unknown[]) => value.every((part) => typeof part === 'string' || isObject(part));
const richKeys = (parts: readonly RichPart[]) => parts.map(partKey).filter((key): key is string => key !== null).sort();

/** Every difference between a language's catalogue and the reference, as `lang: key: problem` lines. */
export function catalogueProblems(lang: string, candidate: unknown, reference: unknown = en): string[] {
	const problems: string[] = [];
	const say = (path: string, problem: string): void => void problems.push(`catalogue "${lang}": ${path || '(root)'}: ${problem}`);
	function walk(ref: unknown, got: unknown, path: string): void {
		const list = (value: unknown): readonly unknown[] | null => (Array.isArray(value) ? value : null);
		const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
		if (typeof ref === 'string') {
			if (typeof got !== 'string') return say(path, got === undefined ? 'missing key' : 'must be text');
			if (!got.trim()) return say(path, 'is empty');
			const want = placeholders(ref).join(' ');
			const have = placeholders(got).join(' ');
			if (want !== have) say(path, `placeholders ${have || '(none)'} differ from English ${want || '(none)'}`);
			return;
		}
		const refs = list(ref);
		if (refs) {
			const gots = list(got);
			if (!gots) return say(path, got === undefined ? 'missing key' : 'must be a list');
			if (isRich(refs)) {
				if (!isRich(gots)) return say(path, 'must be rich text (strings and parts)');
				const want = richKeys(refs as RichPart[]).join(', ');
				const have = richKeys(gots as RichPart[]).join(', ');
				if (want !== have) say(path, `rich text carries [${have}] where English carries [${want}]`);
				if (!gots.some((part) => typeof part === 'string' && part.trim())) say(path, 'has no words');
				return;
			}
			if (gots.length !== refs.length) return say(path, `has ${gots.length} entries where English has ${refs.length}`);
			refs.forEach((item, i) => walk(item, gots[i], at(i)));
			return;
		}
		if (isObject(ref)) {
			if (!isObject(got)) return say(path, got === undefined ? 'missing key' : 'must be a group of keys');
			for (const key of Object.keys(ref)) {
				if (!Object.hasOwn(got, key)) say(at(key), 'missing key');
				else walk(ref[key], got[key], at(key));
			}
			for (const key of Object.keys(got)) if (!Object.hasOwn(ref, key)) say(at(key), 'unknown key (not in the English catalogue)');
		}
	}
	walk(reference, candidate, '');
	return problems;
}
