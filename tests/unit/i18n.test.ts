/**
 * The message catalogues (src/i18n/): the check that every language has exactly the English keys
 * (planted mistakes, each named by language and key), the cross-check of English against the data
 * its keys name, and what every language must resolve: region names, zone labels, Outlook names,
 * every place's title, every Outlook label the pages quote.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueProblems, placeholders } from '../../src/i18n/catalogue';
import { i18nProblems, type CheckData } from '../../src/i18n/check';
import { catalogues, langOf, outlookLabel, regionName, templateParts, zoneName, type Catalogue } from '../../src/i18n';
import { LANGUAGES, localePath, splitLocalePath, starlightLocales } from '../../src/i18n/languages';
import { currentPage, places, placeTitle, PAGES } from '../../src/links/registry';
import { regions, ZONE_IDS } from '../../src/settings/mail-settings';
import { ERROR_CODES } from '../../src/troubleshooting/codes';
import { CHOICES, choiceWords } from '../../src/choices/choices';

const root = join(import.meta.dirname, '../..');
const en = catalogues.en;
const data: CheckData = {
	regionIds: regions.map((r) => r.id),
	zoneIds: ZONE_IDS,
	placeIds: places.map((p) => p.id).filter((id) => !id.startsWith('0x')),
	pageKeys: [...Object.keys(PAGES), '/links/'],
	codes: ERROR_CODES.map((e) => e.code),
};
/** A deep copy of a catalogue, changed by `plant`. */
const planted = (lang: keyof typeof catalogues, plant: (c: any) => void) => {
	const copy = structuredClone(catalogues[lang]) as any;
	plant(copy);
	return copy;
};

describe('the catalogue check', () => {
	it('finds nothing wrong with the real catalogues', () => {
		expect(i18nProblems(catalogues, data)).toEqual([]);
	});

	it.each([
		['a missing key', (c: any) => delete c.regions.gb, ['catalogue "de": regions.gb: missing key']],
		['an unknown key', (c: any) => (c.regions.uk = 'Vereinigtes Königreich'), ['catalogue "de": regions.uk: unknown key (not in the English catalogue)']],
		['a missing group of keys', (c: any) => delete c.checker.form, ['catalogue "de": checker.form: missing key']],
		['an empty string', (c: any) => (c.copy.label = ' '), ['catalogue "de": copy.label: is empty']],
		['a dropped placeholder', (c: any) => (c.copy.to = ' an den Abschnitt'), ['catalogue "de": copy.to: placeholders (none) differ from English {title}']],
		['a renamed placeholder', (c: any) => (c.checker.ui.many = '{count} Fehler gefunden'), ['catalogue "de": checker.ui.many: placeholders {count} differ from English {n}']],
		['a code placeholder written as text', (c: any) => (c.checker.findings.typo = '{got} ist falsch: [expected]'), ['catalogue "de": checker.findings.typo: placeholders [expected] {got} differ from English [expected] [got] {protocol}']],
		['a value dropped from rich text', (c: any) => (c.errors.explanations['0x800CCC7D'].fix = ['Wählen Sie die richtige Verschlüsselung.']), [expect.stringContaining('catalogue "de": errors.explanations.0x800CCC7D.fix: rich text carries [] where English carries')]],
		['a cause dropped', (c: any) => c.errors.explanations['0x800CCC0D'].causes.pop(), ['catalogue "de": errors.explanations.0x800CCC0D.causes: has 2 entries where English has 3']],
		['a text where a group is expected', (c: any) => (c.table = 'Tabelle'), ['catalogue "de": table: must be a group of keys']],
	])('names the language and the key: %s', (_name, plant, expected) => {
		const problems = catalogueProblems('de', planted('de', plant));
		expect(problems).toEqual(expected);
	});

	it('allows a language to reorder the parts of rich text and change a link’s words', () => {
		const fix = en.errors.explanations['0x800CCC90'].fix;
		const reordered = planted('fr', (c) => (c.errors.explanations['0x800CCC90'].fix = [{ place: '0x800ccc92', text: 'autre texte' }, ' : voir ci-dessus.']));
		expect(fix.some((part) => typeof part !== 'string')).toBe(true);
		expect(catalogueProblems('fr', reordered)).toEqual([]);
	});

	it('cross-checks English against the data: regions, zones, places, pages, codes', () => {
		const wrong = { ...catalogues, en: planted('en', (c) => {
			delete c.regions.asia;
			c.zones.us = 'United States';
			delete c.places['new-step-3'];
			c.errors.titles['0x800CCC00'] = 'made up';
		}) as Catalogue };
		const problems = i18nProblems(wrong, data);
		expect(problems).toEqual(expect.arrayContaining([
			'catalogue "en": regions.asia: missing key',
			'catalogue "en": zones.us: unknown key (no such id in the data)',
			'catalogue "en": places.new-step-3: missing key',
			'catalogue "en": errors.titles.0x800CCC00: unknown key (no such id in the data)',
		]));
	});

	it('names an Outlook label, a place or a page that rich text refers to and that does not exist', () => {
		const wrong = { ...catalogues, it: planted('it', (c) => {
			c.errors.explanations['0x800CCC18'].causes[0] = [{ ui: 'classic.noSuchLabel' }, ' …'];
			c.errors.explanations['0x800CCC19'].fix = ['Vedi ', { place: 'no-such-place' }, '.'];
			c.errors.explanations['0x800CCC13'].fix = ['Vedi ', { page: '/nowhere/' }, '.'];
		}) as Catalogue };
		const problems = i18nProblems(wrong, data).filter((p) => !p.includes('rich text carries'));
		expect(problems).toEqual([
			'catalogue "it": errors.explanations.0x800CCC18.causes.0: Outlook label "classic.noSuchLabel" is not in the outlook section',
			'catalogue "it": errors.explanations.0x800CCC13.fix: "/nowhere/" is not a page',
			'catalogue "it": errors.explanations.0x800CCC19.fix: "no-such-place" is not a registered place',
		].sort((a, b) => problems.indexOf(a) - problems.indexOf(b)));
	});

	it('reads placeholders of both kinds, and cuts templates for components', () => {
		expect(placeholders('[got] is the {gotZones} server; for {where} use [expected].')).toEqual(['[expected]', '[got]', '{gotZones}', '{where}']);
		expect(templateParts('Settings shown for {icon} {name} · {group}')).toEqual(['Settings shown for ', { slot: 'icon' }, ' ', { slot: 'name' }, ' · ', { slot: 'group' }]);
	});
});

describe('every language resolves', () => {
	it.each([...LANGUAGES])('%s: region names, zone labels and Outlook names, each distinct', (lang) => {
		const t = catalogues[lang];
		const names = regions.map((r) => regionName(t, r.id));
		expect(names.every((n) => n && n.trim() === n)).toBe(true);
		expect(new Set(names).size).toBe(names.length);
		const zones = ZONE_IDS.map((z) => zoneName(t, z));
		expect(new Set(zones).size).toBe(zones.length);
		for (const c of CHOICES) {
			const words = choiceWords(c, t);
			const values = c.values.map((v) => words.name(v.id));
			expect(new Set(values).size, c.id).toBe(values.length);
			expect(words.promptTitle && words.label && words.placeholder, c.id).toBeTruthy();
		}
	});

	it.each([...LANGUAGES])('%s: every place has a title, and the titles of one page are distinct', (lang) => {
		const t = catalogues[lang];
		for (const page of Object.keys(PAGES)) {
			const titles = places.filter((p) => p.page === page).map((p) => placeTitle(p, t));
			expect(titles.every((title) => title.trim().length > 0), page).toBe(true);
			expect(new Set(titles).size, `${lang} ${page}: ${titles.join(' | ')}`).toBe(titles.length);
		}
	});

	it('every Outlook label a page quotes (`<UI k="…" />`) exists in every language', () => {
		const files = readdirSync(join(root, 'content/docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
		const keys = new Set(files.flatMap((file) => [...readFileSync(join(root, 'content/docs', file), 'utf8').matchAll(/<UI k="([\w.]+)" \/>/g)].map((m) => m[1]!)));
		expect(keys.size).toBeGreaterThan(30);
		for (const lang of LANGUAGES) for (const key of keys) expect(() => outlookLabel(catalogues[lang], key), `${lang} ${key}`).not.toThrow();
		expect(() => outlookLabel(en, 'classic.nope')).toThrow('Outlook label "classic.nope" is not in the catalogue');
	});

	it('the same pages exist in every language, and quote the same Outlook labels as the English', () => {
		const labelsOf = (file: string) => new Set([...readFileSync(join(root, 'content/docs', file), 'utf8').matchAll(/<UI k="([\w.]+)" \/>/g)].map((m) => m[1]!));
		for (const file of readdirSync(join(root, 'content/docs')).filter((f) => f.endsWith('.mdx')))
			for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
				const english = labelsOf(file);
				const here = labelsOf(`${lang}/${file}`);
				const label = (key: string) => outlookLabel(catalogues[lang], key);
				// A language may leave out a label its Outlook writes as another one it quotes (French
				// “Supprimer” is both Delete and Remove), never add one.
				const missing = [...english].filter((key) => !here.has(key) && ![...here].some((other) => label(other) === label(key)));
				expect(missing, `${lang}/${file}`).toEqual([]);
				expect([...here].filter((key) => !english.has(key)), `${lang}/${file}`).toEqual([]);
			}
	});
});

describe('addresses and languages', () => {
	it('English at the root, every other language under its code', () => {
		expect(localePath('en', '/add-account/')).toBe('/add-account/');
		expect(localePath('pl', '/add-account/')).toBe('/pl/add-account/');
		expect(splitLocalePath('/pt/modify-settings/')).toEqual(['pt', '/modify-settings/']);
		expect(splitLocalePath('/add-account/')).toEqual(['en', '/add-account/']);
		expect(Object.keys(starlightLocales())).toEqual(['root', 'fr', 'de', 'es', 'it', 'pl', 'pt']);
		expect(starlightLocales().pt).toEqual({ label: 'Português', lang: 'pt-PT' });
	});

	it('a component knows its page’s language and page from Starlight’s route data', () => {
		expect(langOf({ starlightRoute: { locale: 'de' } })).toBe('de');
		expect(langOf({ starlightRoute: { locale: undefined } })).toBe('en');
		expect(langOf(undefined)).toBe('en');
		expect(currentPage({ starlightRoute: { locale: 'fr', entry: { id: 'fr/add-account' } } })).toEqual({ lang: 'fr', page: '/add-account/', key: '/add-account/' });
		expect(currentPage({ starlightRoute: { locale: undefined, entry: { id: 'index' } } })).toMatchObject({ lang: 'en', page: '/' });
		expect(currentPage({ starlightRoute: { locale: 'it', entry: { id: 'it/links' } } })).toMatchObject({ page: undefined, key: '/links/' });
	});
});
