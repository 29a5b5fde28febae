/**
 * The pre-paint script of a page (src/scripts/choices-head.js, minified) with its data: every
 * choice of CHOICES — its parameter, storage key, values with their derived value (a region's
 * zone) and derived attribute — and the page's places that belong to one value (a link to a
 * new-Outlook step shows the new Outlook). ChoiceHead.astro puts it inline in <head>; the unit
 * tests run the same text.
 */
import source from '../scripts/choices-head.js?raw';
import { CHOICES, type Choice } from './choices';
import { pageChoicePlaces } from '../links/registry';
import { minifyInline } from '../scripts/inline';

/** The data the head script is called with, for the page with this key (`/add-account/`). */
export function headData(page: string | undefined) {
	const placesOf = pageChoicePlaces(page);
	return CHOICES.map((entry) => {
		const c = entry as Choice;
		return [
			c.id,
			c.param,
			c.storageKey,
			Object.fromEntries(c.values.map((v) => [v.id, c.derive ? v.group! : 0])),
			c.derive ?? '',
			Object.fromEntries(Object.entries(placesOf[c.id] ?? {}).map(([value, ids]) => [value, ids.join(' ')])),
		] as const;
	});
}

/** The minified head script for a page, called with its data. */
export const headScript = (page: string | undefined) => minifyInline(`${source.trim().replace(/;$/, '')}(${JSON.stringify(headData(page))});`);
