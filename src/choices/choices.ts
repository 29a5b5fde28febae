/**
 * The reader's choices: the region (which mail servers) and the Outlook (classic or new). Each is
 * one entry of CHOICES — its URL parameter, storage key, values (with their group and icon), and
 * where its words are in the message catalogues — and one mechanism applies them all:
 *
 * - src/scripts/choices-head.js, inline in <head>, decides every choice before the first paint
 *   and marks <html> (`data-<choice>`, `data-<choice>-state`, derived attributes such as
 *   `data-zone`); the stylesheet generated from this list (src/styles/choice-visibility.ts) hides
 *   the other values' variants;
 * - src/components/choices/ renders pickers, prompts, notices and variants for any choice;
 * - src/scripts/choices.ts switches, stores, keeps the address and the links between pages, and
 *   follows other tabs.
 *
 * Adding a choice is an entry here, its words in every catalogue, and its icons: no code.
 */
import { regions, ZONE_IDS } from '../settings/mail-settings';
import type { Catalogue } from '../i18n/catalogue';
import type { PAGES } from '../links/places';

export interface ChoiceValue {
	id: string;
	/** The group the value is listed under (an <optgroup>), and the derived attribute's value. */
	group?: string;
	/** Its icon: a flag code of src/components/choices/icons.ts. */
	icon: string;
}

/** The words of a choice in a catalogue (`catalogue[words]`). */
export interface ChoiceWords {
	/** The picker's accessible name. */
	label: string;
	/** The picker's empty choice. */
	placeholder: string;
	promptTitle: string;
	promptText: string;
	/** A `?param=` value that is not a value: `{value}` is the value, shown as text. */
	unknown: string;
	/** Said (politely) after a switch: `{name}` and `{group}`. */
	announce: string;
	/** For a choice that places belong to: a link's #id decided the value (`{name}`), … */
	linkNotice?: string;
	/** … and its button to another value (`{name}`). */
	back?: string;
}

export interface Choice {
	id: string;
	/** The URL parameter that carries it in links: `?region=ca`. */
	param: string;
	/** The localStorage key of the reader's last choice. */
	storageKey: string;
	values: readonly ChoiceValue[];
	/** Group ids in display order (the values' `group`s). */
	groups?: readonly string[];
	/** The <html> attribute that carries the chosen value's group (`data-zone`). */
	derive?: string;
	/** Catalogue keys: the choice's words, its values' names, its groups' names. */
	words: 'region' | 'outlookChoice';
	names: 'regions' | 'outlooks';
	groupNames?: 'zones';
	/** The pages whose content depends on it (its prompt is shown there); every page when absent. */
	pages?: readonly (keyof typeof PAGES)[];
}

export const CHOICES = [
	{
		id: 'region',
		param: 'region',
		storageKey: 'mxplan-region',
		values: regions.map((region) => ({ id: region.id, group: region.zone, icon: region.flag })),
		groups: ZONE_IDS,
		derive: 'zone',
		words: 'region',
		names: 'regions',
		groupNames: 'zones',
	},
	{
		id: 'outlook',
		param: 'outlook',
		storageKey: 'mxplan-outlook',
		values: [
			{ id: 'classic', icon: 'outlook-classic' },
			{ id: 'new', icon: 'outlook-new' },
		],
		words: 'outlookChoice',
		names: 'outlooks',
		pages: ['/', '/add-account/', '/modify-settings/', '/troubleshooting/'],
	},
] as const satisfies readonly Choice[];

export type ChoiceId = (typeof CHOICES)[number]['id'];
export type OutlookId = (typeof CHOICES)[1]['values'][number]['id'];

export const choice = (id: ChoiceId): Choice => CHOICES.find((c) => c.id === id)!;

/** A choice's words, its values' names and its groups' names in a catalogue. */
export function choiceWords(c: Choice, catalogue: Catalogue) {
	return {
		...(catalogue[c.words] as ChoiceWords),
		name: (value: string) => (catalogue[c.names] as Record<string, string>)[value]!,
		group: (group: string) => (c.groupNames ? (catalogue[c.groupNames] as Record<string, string>)[group]! : ''),
	};
}

/** Whether a choice's prompt belongs on a page (by its language-independent key). */
export const choiceOnPage = (c: Choice, page: string | undefined) => !c.pages || (page !== undefined && (c.pages as readonly string[]).includes(page));
