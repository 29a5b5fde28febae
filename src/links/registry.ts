/**
 * The link registry: every place of the guide that a support agent can link to — each h2/h3
 * section and each step — with its page, its title and a stable id that does not depend on the
 * heading's text. Headings carry these ids (`## Title {#id}` in content/docs/), and a check at
 * build time fails when the pages and this list disagree.
 *
 * Renaming an id? Keep the old one as an alias here, so links already pasted into tickets land.
 */
import { z } from 'astro/zod';
import { PAGES, rawPlaces } from './places';

export { PAGES, rawPlaces };

export type PagePath = keyof typeof PAGES;

/** Lower-case letters, digits and hyphens; may start with a digit (Outlook's codes: `0x800ccc0e`, valid HTML ids). */
const ID = /^[a-z0-9][a-z0-9-]*$/;
const placeSchema = z.object({
	id: z.string().regex(ID, { error: 'must be lower-case letters, digits and hyphens' }),
	page: z.enum(Object.keys(PAGES) as [PagePath, ...PagePath[]]),
	title: z.string().min(1),
	kind: z.enum(['section', 'step', 'anchor']),
	/** Other names that must land here: OVHcloud's later anchors, ids we renamed. */
	aliases: z.array(z.string().regex(ID, { error: 'must be lower-case letters, digits and hyphens' })).default([]),
});

export const registrySchema = z.array(placeSchema).superRefine((places, ctx) => {
	const owner = new Map<string, string>();
	const anchorOf = new Map<string, string>();
	places.forEach((place, i) => {
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

/** The steps of adding the account, in order (StepTabs renders one tab each). */
export const steps = places.filter((place) => place.kind === 'step');

/** Every id and alias → the place it names. */
export const byName = new Map(places.flatMap((place) => [place.id, ...place.aliases].map((name) => [name, place] as const)));

