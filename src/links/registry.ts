/**
 * The link registry: every place of the guide that a support agent can link to — each h2/h3
 * section and each step — with its page, its title and a stable id that does not depend on the
 * heading's text. Headings carry these ids (`## Title {#id}` in content/docs/), and a check at
 * build time fails when the pages and this list disagree.
 *
 * Renaming an id? Keep the old one as an alias here, so links already pasted into tickets land.
 */
import { z } from 'astro/zod';
import { PAGES, rawPlaces, STEP_SETS, type StepSet } from './places';
import { CHOICES } from '../choices/choices';
import type { Catalogue } from '../i18n/catalogue';
import { format } from '../i18n';
import { langOfLocale, type Lang } from '../i18n/languages';

export { PAGES, rawPlaces };

export type PagePath = keyof typeof PAGES;

/** Lower-case letters, digits and hyphens; may start with a digit (Outlook's codes: `0x800ccc0e`, valid HTML ids). */
const ID = /^[a-z0-9][a-z0-9-]*$/;
const placeSchema = z.object({
	id: z.string().regex(ID, { error: 'must be lower-case letters, digits and hyphens' }),
	page: z.enum(Object.keys(PAGES) as [PagePath, ...PagePath[]]),
	kind: z.enum(['section', 'step', 'anchor']),
	/** Other names that must land here: OVHcloud's later anchors, ids we renamed. */
	aliases: z.array(z.string().regex(ID, { error: 'must be lower-case letters, digits and hyphens' })).default([]),
	steps: z.enum(STEP_SETS).optional(),
	/** The choice values the place belongs to (checked against src/choices/choices.ts). */
	only: z.record(z.string(), z.string()).default({}),
});

export const registrySchema = z.array(placeSchema).superRefine((places, ctx) => {
	const owner = new Map<string, string>();
	const anchorOf = new Map<string, string>();
	places.forEach((place, i) => {
		if ((place.kind === 'step') !== (place.steps !== undefined)) {
			ctx.addIssue({ code: 'custom', path: [i, 'steps'], message: place.kind === 'step' ? 'a step needs its set of tabs (steps)' : 'only a step has a set of tabs' });
		}
		for (const [id, value] of Object.entries(place.only)) {
			const c = CHOICES.find((entry) => entry.id === id);
			if (!c) ctx.addIssue({ code: 'custom', path: [i, 'only', id], message: `unknown choice (choices: ${CHOICES.map((entry) => entry.id).join(', ')})` });
			else if (!c.values.some((v) => v.id === value)) ctx.addIssue({ code: 'custom', path: [i, 'only', id], message: `"${value}" is not a value of the ${id} choice` });
		}
		if (place.kind === 'anchor') {
			const previous = anchorOf.get(place.page);
			if (previous !== undefined) {
				ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: `${place.page} already has its page anchor "${previous}" (one per page)` });
			} else anchorOf.set(place.page, place.id);
		}
		for (const [j, name] of [place.id, ...place.aliases].entries()) {
			const previous = owner.get(name);
			if (previous !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [i, j === 0 ? 'id' : 'aliases'],
					message:
						j === 0 && previous === `id of ${name}`
							? `two places share the id "${name}"`
							: `"${name}" (${j === 0 ? 'id' : 'alias'} of "${place.id}") is already the ${previous}`,
				});
			} else owner.set(name, j === 0 ? `id of ${name}` : `alias of "${place.id}"`);
		}
	});
});

export type Place = z.output<typeof placeSchema>;

/** Validates a registry; throws one message naming every bad place. */
export function parseRegistry(input: unknown): Place[] {
	const result = registrySchema.safeParse(input);
	if (result.success) return result.data;
	const list = input as Array<{ id?: unknown }>;
	const lines = result.error.issues.map((issue) => {
		const [index, ...field] = issue.path;
		const id = list?.[Number(index)]?.id;
		return `  - place "${String(id ?? index)}"${field.length ? ` field "${field.join('.')}"` : ''}: ${issue.message}`;
	});
	throw new Error(`Invalid link registry (src/links/registry.ts):\n${lines.join('\n')}`);
}

/** The validated registry. Importing this module validates it (at build time, in every test). */
export const places: Place[] = parseRegistry(rawPlaces);

/** Each page's anchor (kind `anchor`): the element at the top of its content carries this id. */
export const pageAnchors = new Map(places.filter((place) => place.kind === 'anchor').map((place) => [place.page, place] as const));

/** The steps of a set of tabs, in order (StepTabs renders one tab each). */
export const stepsOf = (set: StepSet) => places.filter((place) => place.steps === set);

/** A place's title in a language: its heading's or tab's text (catalogue `places`, or the error code's heading). */
export function placeTitle(place: Pick<Place, 'id'>, catalogue: Catalogue): string {
	const titles = catalogue.places as Record<string, string>;
	if (Object.hasOwn(titles, place.id)) return titles[place.id]!;
	const code = Object.keys(catalogue.errors.titles).find((c) => c.toLowerCase() === place.id);
	if (code) return format(catalogue.errorCode.heading, { code, title: (catalogue.errors.titles as Record<string, string>)[code]! });
	throw new Error(`link registry: no title for "${place.id}" in the catalogue`);
}

/** Every id and alias → the place it names. */
export const byName = new Map(places.flatMap((place) => [place.id, ...place.aliases].map((name) => [name, place] as const)));


/**
 * The language and the page key (`/add-account/`) of the page being rendered, from Starlight's
 * route data (entry id `fr/add-account` → ['fr', '/add-account/']); the page key is undefined for
 * a page outside the registry (the 404 page, the link index).
 */
export function currentPage(locals: App.Locals | Record<string, unknown> | undefined): { lang: Lang; page: PagePath | undefined; key: string } {
	const route = (locals as { starlightRoute?: { locale?: string; entry?: { id: string } } } | undefined)?.starlightRoute;
	const lang = langOfLocale(route?.locale);
	const id = route?.entry?.id ?? '';
	const slug = lang === 'en' || !id.startsWith(`${lang}/`) ? id : id.slice(lang.length + 1);
	const key = slug === 'index' || slug === '' ? '/' : `/${slug}/`;
	return { lang, page: Object.hasOwn(PAGES, key) ? (key as PagePath) : undefined, key };
}

/** Each choice's values → the ids and aliases of a page's places that belong to that value. */
export function pageChoicePlaces(page: string | undefined): Record<string, Record<string, string[]>> {
	const out: Record<string, Record<string, string[]>> = {};
	for (const place of places) {
		if (place.page !== page) continue;
		for (const [choiceId, value] of Object.entries(place.only)) ((out[choiceId] ??= {})[value] ??= []).push(place.id, ...place.aliases);
	}
	return out;
}
