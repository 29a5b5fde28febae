import { describe, expect, it } from 'vitest';
import { parseRegistry, rawPlaces, places, stepsOf, placeTitle, PAGES } from '../../src/links/registry';
import { STEP_SETS } from '../../src/links/places';
import { CHOICES } from '../../src/choices/choices';
import { catalogues } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';
import en from '../../src/i18n/en';

const plant = (edit: (list: any[]) => void) => {
	const copy = structuredClone(rawPlaces) as any[];
	edit(copy);
	return copy;
};

describe('link registry', () => {
	it('keeps the source guide’s anchors and OVHcloud’s later names', () => {
		const id = (name: string) => places.find((p) => p.id === name || p.aliases.includes(name))?.id;
		// The source guide's explicit anchors (seed/mx-plan-outlook-windows.en-ca.md) are ids.
		expect(['popimap', 'popimap-settings', 'gofurther'].map(id)).toEqual(['popimap', 'popimap-settings', 'gofurther']);
		// OVHcloud's rewrite (reference/mail-settings.md) lands on the same sections.
		expect(id('add-account')).toBe('adding-the-account');
		expect(id('use-account')).toBe('using-your-email-address');
		expect(id('modify-settings')).toBe('modifying-existing-settings');
		expect(id('settings-account')).toBe('popimap-settings');
		expect(id('imap-pop')).toBe('popimap-settings');
		expect(id('smtp')).toBe('smtp-settings');
		expect(id('go-further')).toBe('gofurther');
	});

	it('keeps the source guide’s five steps, in order, with their ids and labels, as classic Outlook’s', () => {
		expect(stepsOf('classic').map((s) => [s.id, placeTitle(s, en), s.only])).toEqual([
			['step-1', 'Step 1', { outlook: 'classic' }],
			['step-2', 'Step 2', { outlook: 'classic' }],
			['step-3', 'Step 3', { outlook: 'classic' }],
			['step-4-imap', 'Step 4 - IMAP', { outlook: 'classic' }],
			['step-4-pop', 'Step 4 - POP', { outlook: 'classic' }],
		]);
	});

	it('gives every step a set of tabs and every set at least two steps of one Outlook', () => {
		for (const set of STEP_SETS) {
			const steps = stepsOf(set);
			expect(steps.length, set).toBeGreaterThan(1);
			expect(new Set(steps.map((s) => s.only.outlook)).size, set).toBe(1);
		}
		expect(places.filter((p) => p.kind === 'step').every((p) => p.steps)).toBe(true);
	});

	it('records the Outlook of every place of the new Outlook’s and the older window’s steps', () => {
		const outlookOf = (id: string) => places.find((p) => p.id === id)!.only.outlook;
		expect(['new-outlook', 'new-step-1', 'new-step-2', 'new-step-3', 'new-modify-settings', 'new-remove-account', 'new-add-again'].map(outlookOf)).toEqual(Array(7).fill('new'));
		expect(['classic-outlook', 'classic-manual', 'manual-step-5', 'modifying-existing-settings', 'classic-modify-manual'].map(outlookOf)).toEqual(Array(5).fill('classic'));
		// Places both Outlooks share have none.
		expect(['popimap-settings', 'using-your-email-address', 'smtp-auth', 'checker', 'which-outlook'].map(outlookOf)).toEqual(Array(5).fill(undefined));
		const values = new Set<string>(CHOICES.find((c) => c.id === 'outlook')!.values.map((v) => v.id));
		for (const place of places) for (const value of Object.values(place.only)) expect(values.has(value), place.id).toBe(true);
	});

	it('has a title for every place in every language', () => {
		for (const lang of LANGUAGES) for (const place of places) expect(placeTitle(place, catalogues[lang]), `${lang} ${place.id}`).toMatch(/\S/);
	});

	it('places every place on a known page', () => {
		for (const place of places) expect(Object.keys(PAGES)).toContain(place.page);
	});

	it.each([
		['two places sharing an id', (l: any[]) => l.push({ ...l[0] }), /place "objective" field "id": two places share the id "objective"/],
		['an alias equal to another place’s id', (l: any[]) => (l[0].aliases = ['popimap']), /place "popimap" field "id": "popimap" \(id of "popimap"\) is already the alias of "objective"/],
		['an alias used twice', (l: any[]) => (l[1].aliases = ['go-further']), /place "gofurther" field "aliases": "go-further" \(alias of "gofurther"\) is already the alias of "requirements"/],
		['an id with a capital or a space', (l: any[]) => (l[2].id = 'Choose region'), /place "Choose region" field "id": must be lower-case letters, digits and hyphens/],
		['a place on an unknown page', (l: any[]) => (l[4].page = '/nowhere/'), /place "in-this-guide" field "page"/],
		['a step without its set of tabs', (l: any[]) => delete l.find((p) => p.id === 'step-2').steps, /place "step-2" field "steps": a step needs its set of tabs/],
		['a place of an unknown choice', (l: any[]) => (l[0].only = { browser: 'edge' }), /place "objective" field "only.browser": unknown choice/],
		['a place of an unknown Outlook', (l: any[]) => (l[0].only = { outlook: 'web' }), /place "objective" field "only.outlook": "web" is not a value of the outlook choice/],
		['two page anchors on one page', (l: any[]) => (l[0].kind = 'anchor') && (l[1].kind = 'anchor'), /place "requirements" field "kind": \/ already has its page anchor "objective"/],
	])('rejects %s, naming the place', (_name, edit, message) => {
		expect(() => parseRegistry(plant(edit))).toThrow(message);
	});
});
