import { describe, expect, it } from 'vitest';
import { parseRegistry, rawPlaces, places, steps, PAGES } from '../../src/links/registry';

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

	it('lists the five steps in order', () => {
		expect(steps.map((s) => [s.id, s.title])).toEqual([
			['step-1', 'Step 1'],
			['step-2', 'Step 2'],
			['step-3', 'Step 3'],
			['step-4-imap', 'Step 4 - IMAP'],
			['step-4-pop', 'Step 4 - POP'],
		]);
	});

	it('places every place on a known page', () => {
		for (const place of places) expect(Object.keys(PAGES)).toContain(place.page);
	});

	it.each([
		['two places sharing an id', (l: any[]) => l.push({ ...l[0], title: 'Again' }), /place "objective" field "id": two places share the id "objective"/],
		['an alias equal to another place’s id', (l: any[]) => (l[0].aliases = ['popimap']), /place "popimap" field "id": "popimap" \(id of "popimap"\) is already the alias of "objective"/],
		['an alias used twice', (l: any[]) => (l[1].aliases = ['go-further']), /place "gofurther" field "aliases": "go-further" \(alias of "gofurther"\) is already the alias of "requirements"/],
		['an id with a capital or a space', (l: any[]) => (l[2].id = 'Choose region'), /place "Choose region" field "id": must be lower-case letters, digits and hyphens/],
		['a place on an unknown page', (l: any[]) => (l[3].page = '/nowhere/'), /place "in-this-guide" field "page"/],
		['two page anchors on one page', (l: any[]) => (l[0].kind = 'anchor') && (l[1].kind = 'anchor'), /place "requirements" field "kind": \/ already has its page anchor "objective"/],
	])('rejects %s, naming the place', (_name, edit, message) => {
		expect(() => parseRegistry(plant(edit))).toThrow(message);
	});
});
