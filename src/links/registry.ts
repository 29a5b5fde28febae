/**
 * The link registry: every place of the guide that a support agent can link to — each h2/h3
 * section and each step — with its page, its title and a stable id that does not depend on the
 * heading's text. Headings carry these ids (`## Title {#id}` in content/docs/), and a check at
 * build time fails when the pages and this list disagree.
 *
 * Renaming an id? Keep the old one as an alias here, so links already pasted into tickets land.
 */
import { z } from 'astro/zod';

/** The guide's pages: route path → source file under content/docs/. */
export const PAGES = {
	'/': { file: 'index.mdx', title: 'Start here' },
	'/add-account/': { file: 'add-account.mdx', title: 'Adding the account' },
	'/modify-settings/': { file: 'modify-settings.mdx', title: 'Modifying existing settings' },
	'/pop-or-imap/': { file: 'pop-or-imap.mdx', title: "POP or IMAP, what's the difference?" },
	'/download-settings/': { file: 'download-settings.mdx', title: 'Download your settings' },
} as const;

export type PagePath = keyof typeof PAGES;

const ID = /^[a-z][a-z0-9-]*$/;
const placeSchema = z.object({
	id: z.string().regex(ID, { error: 'must be lower-case letters, digits and hyphens' }),
	page: z.enum(Object.keys(PAGES) as [PagePath, ...PagePath[]]),
	title: z.string().min(1),
	kind: z.enum(['section', 'step']),
	/** Other names that must land here: OVHcloud's later anchors, ids we renamed. */
	aliases: z.array(z.string().regex(ID, { error: 'must be lower-case letters, digits and hyphens' })).default([]),
});

export const registrySchema = z.array(placeSchema).superRefine((places, ctx) => {
	const owner = new Map<string, string>();
	places.forEach((place, i) => {
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

export const rawPlaces = [
	// Start here
	{ id: 'objective', page: '/', title: 'Objective', kind: 'section' },
	{ id: 'requirements', page: '/', title: 'Requirements', kind: 'section' },
	{ id: 'region', page: '/', title: 'Choose your region', kind: 'section' },
	{ id: 'in-this-guide', page: '/', title: 'In this guide', kind: 'section' },
	{ id: 'gofurther', page: '/', title: 'Go further', kind: 'section', aliases: ['go-further'] },
	// Adding the account
	{ id: 'adding-the-account', page: '/add-account/', title: 'Adding the account', kind: 'section', aliases: ['add-account'] },
	{ id: 'step-1', page: '/add-account/', title: 'Step 1', kind: 'step' },
	{ id: 'step-2', page: '/add-account/', title: 'Step 2', kind: 'step' },
	{ id: 'step-3', page: '/add-account/', title: 'Step 3', kind: 'step' },
	{ id: 'step-4-imap', page: '/add-account/', title: 'Step 4 - IMAP', kind: 'step' },
	{ id: 'step-4-pop', page: '/add-account/', title: 'Step 4 - POP', kind: 'step' },
	{ id: 'using-your-email-address', page: '/add-account/', title: 'Using your email address', kind: 'section', aliases: ['use-account'] },
	// Modifying existing settings
	{ id: 'backup', page: '/modify-settings/', title: 'Retrieving a backup of your email address', kind: 'section' },
	{ id: 'modifying-existing-settings', page: '/modify-settings/', title: 'Modifying existing settings', kind: 'section', aliases: ['modify-settings'] },
	{ id: 'popimap-settings', page: '/modify-settings/', title: 'Reminder of POP, IMAP and SMTP settings', kind: 'section', aliases: ['settings-account', 'imap-pop'] },
	{ id: 'pop-settings', page: '/modify-settings/', title: 'For POP configuration', kind: 'section' },
	{ id: 'imap-settings', page: '/modify-settings/', title: 'For IMAP configuration', kind: 'section' },
	{ id: 'smtp-settings', page: '/modify-settings/', title: 'SMTP configuration', kind: 'section', aliases: ['smtp'] },
	// POP or IMAP
	{ id: 'popimap', page: '/pop-or-imap/', title: "POP or IMAP, what's the difference?", kind: 'section' },
	// Download your settings
	{ id: 'download-settings', page: '/download-settings/', title: 'Settings files for your region', kind: 'section' },
	{ id: 'install-profile', page: '/download-settings/', title: 'Installing the profile on an iPhone, iPad or Mac', kind: 'section' },
	{ id: 'autoconfig', page: '/download-settings/', title: 'Thunderbird and other apps', kind: 'section' },
	{ id: 'dns-srv', page: '/download-settings/', title: 'DNS records for domain owners', kind: 'section' },
] satisfies z.input<typeof placeSchema>[];

/** The validated registry. Importing this module validates it (at build time, in every test). */
export const places: Place[] = parseRegistry(rawPlaces);

/** The steps of adding the account, in order (StepTabs renders one tab each). */
export const steps = places.filter((place) => place.kind === 'step');

/** Every id and alias → the place it names. */
export const byName = new Map(places.flatMap((place) => [place.id, ...place.aliases].map((name) => [name, place] as const)));

/** Compact map for the browser: name → [page, canonical id]. */
export function clientMap(): Record<string, [string, string]> {
	return Object.fromEntries([...byName].map(([name, place]) => [name, [place.page, place.id]]));
}
