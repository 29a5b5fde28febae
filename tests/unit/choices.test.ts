/**
 * One mechanism for the reader's choices (src/choices/choices.ts): the pre-paint head script's
 * rule for which value wins, run in a sandbox with the page's real data, and the stylesheet
 * generated from the choices and the link registry.
 */
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { CHOICES } from '../../src/choices/choices';
import { headScript } from '../../src/choices/head';
import { choiceVisibilityCss } from '../../src/styles/choice-visibility';
import { places } from '../../src/links/registry';
import { regions, ZONE_IDS } from '../../src/settings/mail-settings';

interface Visit {
	page?: string;
	search?: string;
	hash?: string;
	/** The navigation's type, as `performance` reports it. */
	type?: 'navigate' | 'reload' | 'back_forward' | 'prerender';
	stored?: Record<string, string>;
	/** Storage that throws on every use (a privacy mode). */
	throwing?: boolean;
	/** Storage that reads but throws on writing (a full storage). */
	readOnly?: boolean;
}

/** Runs the head script of a page as a browser would before the first paint; returns <html>'s data and the storage. */
function visit({ page = '/add-account/', search = '', hash = '', type = 'navigate', stored = {}, throwing = false, readOnly = false }: Visit) {
	const dataset: Record<string, string> = {};
	const store = { ...stored };
	const localStorage = {
		getItem(key: string) {
			if (throwing) throw new Error('SecurityError');
			return Object.hasOwn(store, key) ? store[key]! : null;
		},
		setItem(key: string, value: string) {
			if (throwing || readOnly) throw new Error('QuotaExceededError');
			store[key] = String(value);
		},
	};
	const window: Record<string, unknown> = { localStorage };
	const sandbox = {
		window,
		document: { documentElement: { dataset } },
		location: { search, hash },
		performance: { getEntriesByType: () => [{ type }] },
		URLSearchParams,
		Object,
		get localStorage() {
			return window.localStorage;
		},
	};
	runInNewContext(headScript(page), sandbox);
	const mx = window.mx as { current: Record<string, string | null> };
	return { data: { ...dataset }, stored: store, current: { ...mx.current }, memory: window.localStorage !== localStorage ? (window.localStorage as typeof localStorage) : null };
}

describe('which value wins (the head script)', () => {
	it('a link opened fresh wins over the stored choice, and becomes it', () => {
		const { data, stored } = visit({ search: '?region=ca&outlook=new', stored: { 'mxplan-region': 'fr', 'mxplan-outlook': 'classic' } });
		expect(data).toMatchObject({ region: 'ca', zone: 'ca', regionState: 'chosen', outlook: 'new', outlookState: 'chosen' });
		expect(stored).toEqual({ 'mxplan-region': 'ca', 'mxplan-outlook': 'new' });
	});

	for (const type of ['reload', 'back_forward'] as const)
		it(`${type}: a choice made since the entry's address wins over it`, () => {
			const { data, stored } = visit({ type, search: '?region=fr&outlook=classic', stored: { 'mxplan-region': 'ca', 'mxplan-outlook': 'new' } });
			expect(data).toMatchObject({ region: 'ca', zone: 'ca', outlook: 'new' });
			expect(data.regionNotice).toBeUndefined();
			expect(stored).toEqual({ 'mxplan-region': 'ca', 'mxplan-outlook': 'new' });
		});

	it('reload with nothing stored (or no storage) keeps the address’s value', () => {
		expect(visit({ type: 'reload', search: '?region=fr' }).data).toMatchObject({ region: 'fr', zone: 'eu' });
		expect(visit({ type: 'back_forward', search: '?outlook=classic', throwing: true }).data).toMatchObject({ outlook: 'classic', outlookState: 'chosen' });
	});

	it('a link to a place of the other Outlook shows that Outlook, says so, and stores it', () => {
		const { data, stored } = visit({ hash: '#new-step-2', stored: { 'mxplan-outlook': 'classic', 'mxplan-region': 'de' } });
		expect(data).toMatchObject({ outlook: 'new', outlookNotice: 'link', region: 'de', zone: 'eu' });
		expect(stored['mxplan-outlook']).toBe('new');
		// The place's Outlook wins over the link's own ?outlook= (the step could not show otherwise).
		expect(visit({ hash: '#step-4-pop', search: '?outlook=new' }).data).toMatchObject({ outlook: 'classic', outlookNotice: 'link' });
		// An alias counts as its place (modify-settings is #modifying-existing-settings, classic Outlook's).
		expect(visit({ page: '/modify-settings/', hash: '#modify-settings', stored: { 'mxplan-outlook': 'new' } }).data).toMatchObject({ outlook: 'classic', outlookNotice: 'link' });
	});

	it('says nothing when the link’s Outlook is the one chosen, and ignores places of other pages', () => {
		expect(visit({ hash: '#new-step-1', stored: { 'mxplan-outlook': 'new' } }).data.outlookNotice).toBeUndefined();
		// #new-step-1 is not on the settings page: the link script sends the reader to its page, where this runs again.
		expect(visit({ page: '/modify-settings/', hash: '#new-step-1', stored: { 'mxplan-outlook': 'classic' } }).data).toMatchObject({ outlook: 'classic' });
	});

	it('Back to a link of the other Outlook keeps the Outlook chosen since', () => {
		expect(visit({ type: 'back_forward', hash: '#new-step-2', stored: { 'mxplan-outlook': 'classic' } }).data).toMatchObject({ outlook: 'classic' });
	});

	it('an odd value is a notice, never an attribute; the case and spaces of a known one are forgiven', () => {
		for (const odd of ['zz', '"><img src=x>', 'constructor', '__proto__', 'toString', '']) {
			const { data, stored } = visit({ search: `?region=${encodeURIComponent(odd)}&outlook=${encodeURIComponent(odd)}`, stored: { 'mxplan-region': 'fr' } });
			expect(data, odd).toEqual({ regionState: 'none', outlookState: 'none', regionNotice: 'unknown', outlookNotice: 'unknown' });
			expect(stored, odd).toEqual({ 'mxplan-region': 'fr' });
		}
		expect(visit({ search: '?region=%20CA%20&outlook=NEW' }).data).toMatchObject({ region: 'ca', outlook: 'new' });
	});

	it('no choice: both states "none", no value, no derived attribute', () => {
		expect(visit({}).data).toEqual({ regionState: 'none', outlookState: 'none' });
	});

	it('storage that throws: the page gets a storage in memory (Starlight’s scripts use it too), and the choice still applies', () => {
		const { data, memory } = visit({ search: '?region=sg', throwing: true });
		expect(data).toMatchObject({ region: 'sg', zone: 'apac' });
		expect(memory?.getItem('mxplan-region')).toBe('sg');
		expect(memory?.getItem('starlight-theme')).toBeNull();
	});

	it('storage that cannot be written: the choice still applies, for this view', () => {
		expect(visit({ search: '?outlook=new&region=au', readOnly: true }).data).toMatchObject({ outlook: 'new', region: 'au', zone: 'apac' });
	});

	it('a malformed #fragment is no place, and breaks nothing', () => {
		expect(visit({ hash: '#%E0%A4%A', search: '?region=it' }).data).toMatchObject({ region: 'it', outlookState: 'none' });
	});

	it('stays within 1.5 KB on every page', () => {
		for (const page of [...new Set(places.map((p) => p.page)), undefined]) expect(Buffer.byteLength(headScript(page)), page).toBeLessThanOrEqual(1536);
	});
});

describe('the stylesheet generated from the choices', () => {
	const input = {
		choices: CHOICES.map((c) => c.id),
		attributes: { zone: [...ZONE_IDS], region: regions.map((r) => r.id), outlook: ['classic', 'new'] },
		places: places.filter((p) => Object.keys(p.only).length),
	};
	const css = choiceVisibilityCss(input);

	it('hides, for every value of every attribute, the variants of the others (stacked ones in place)', () => {
		for (const zone of ZONE_IDS) expect(css).toContain(`:root[data-zone="${zone}"] :is(.zv, .rv)[data-zones]:not([data-zones~="${zone}"]) { visibility: hidden !important; }`);
		for (const { id } of regions) expect(css).toContain(`:root[data-region="${id}"] [data-regions]:not([data-regions~="${id}"]):not(:is(.zv, .rv)) { display: none !important; }`);
		expect(css).toContain(':root[data-outlook="new"] [data-outlooks]:not([data-outlooks~="new"]):not(:is(.zv, .rv)) { display: none !important; }');
		expect(css).toMatch(/^\/\*.*\*\/\n@layer starlight, mxplan;\n@layer mxplan \{\n/);
	});

	it('keeps only the chosen Outlook’s entries in the tables of contents', () => {
		const rule = css.split('\n').find((line) => line.startsWith(':root[data-outlook="new"] :is(starlight-toc, mobile-starlight-toc)'))!;
		for (const place of places.filter((p) => p.only.outlook === 'classic')) expect(rule).toContain(`li:has(> a[href$="#${place.id}"])`);
		for (const place of places.filter((p) => p.only.outlook !== 'classic')) expect(rule).not.toContain(`"#${place.id}"`);
	});

	it('shows each choice’s prompt, notices and labels by its state, and the link notice of the value shown', () => {
		expect(css).toContain(':root[data-outlook-state="chosen"] :is(.choice-prompt, .variant-label, .when-none)[data-for="outlook"]');
		expect(css).toContain(':root[data-region-notice="unknown"] .choice-notice[data-for="region"] { display: block; }');
		expect(css).toContain(':root[data-outlook-notice="link"][data-outlook="classic"] .choice-link-notice[data-for="outlook"][data-value="classic"] { display: flex; }');
		expect(css).toContain(':root[data-outlook-state="none"] .choice-skip-link[data-pending~="outlook"] { display: block; }');
	});

	it('refuses an id that is not a plain word (it goes into a selector)', () => {
		expect(() => choiceVisibilityCss({ ...input, attributes: { region: ['fr"]'] } })).toThrow('value "fr"]" is not a plain lower-case word');
		expect(() => choiceVisibilityCss({ ...input, attributes: { region: [] } })).toThrow('"region" has no values');
		expect(() => choiceVisibilityCss({ ...input, places: [{ id: 'x"]', only: { outlook: 'new' } }] })).toThrow('place id "x"]"');
	});
});
