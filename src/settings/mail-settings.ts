/**
 * The one settings module: every server name, port, security type, region and webmail address
 * shown anywhere on the site comes from here. Components read it; pages never type a value.
 *
 * Facts: OVHcloud's public MX Plan guides (see shared/reference/mail-settings.md). Words (region
 * names, zone labels, how to fill a field) are in the message catalogues (src/i18n/), per language.
 * The schema below gives both the TypeScript types and the build-time validation: importing this
 * module validates `rawSettings`, so a wrong value fails `astro build` with a message that names
 * the zone or region and the field.
 */
import { z } from 'astro/zod';
import { LANGUAGES } from '../i18n/languages';

export const ZONE_IDS = ['eu', 'ca', 'apac'] as const;
export const PROTOCOLS = ['imap', 'pop', 'smtp'] as const;
export const SECURITY_VALUES = ['SSL/TLS', 'STARTTLS'] as const;

/** Flags for regions that are not a country: a globe centred on the region. */
export const GLOBE_FLAGS = ['globe-americas', 'globe-asia'] as const;

export type ZoneId = (typeof ZONE_IDS)[number];
export type GlobeFlag = (typeof GLOBE_FLAGS)[number];
export type Protocol = (typeof PROTOCOLS)[number];
export type Security = (typeof SECURITY_VALUES)[number];

/** A DNS host name: dot-separated labels of letters, digits and inner hyphens, with a TLD. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const hostSchema = z
	.string({ error: 'must be a host name' })
	.min(1, { error: 'must not be empty' })
	.regex(HOST_NAME, { error: 'is not a valid host name (lower-case labels separated by dots)' });

const serverSchema = z.object({
	host: hostSchema,
	/** Other names of the same machine (the guide's "2 different host names for the same server"). */
	aliases: z.array(hostSchema).default([]),
	port: z
		.number({ error: 'must be a number' })
		.int({ error: 'must be a whole number' })
		.min(1, { error: 'must be between 1 and 65535' })
		.max(65535, { error: 'must be between 1 and 65535' }),
	security: z.enum(SECURITY_VALUES, {
		error: `must be one of ${SECURITY_VALUES.join(', ')}`,
	}),
});

const zoneSchema = z.object({
	imap: serverSchema,
	pop: serverSchema,
	smtp: serverSchema.extend({
		/** The outgoing server asks for the same user name and password as the incoming one. */
		requiresAuthentication: z.boolean(),
	}),
});

const regionSchema = z.object({
	id: z.string().regex(/^[a-z]{2,12}$/, { error: 'must be 2–12 lower-case letters' }),
	/** ISO 3166-1 alpha-2 code of the flag to draw, or one of GLOBE_FLAGS for regions that are not a country. */
	flag: z.string().regex(new RegExp(`^(?:[a-z]{2}|${GLOBE_FLAGS.join('|')})$`), {
		error: `must be a two-letter country code or one of ${GLOBE_FLAGS.join(', ')}`,
	}),
	zone: z.enum(ZONE_IDS, { error: `must be one of ${ZONE_IDS.join(', ')}` }),
	/** The languages the region's readers read, most used first: the guide offers its translation in them. */
	languages: z
		.array(z.enum(LANGUAGES, { error: `must be one of the guide's languages (${LANGUAGES.join(', ')})` }))
		.min(1, { error: 'must list at least one language' }),
	webmail: z.url({
		protocol: /^https$/,
		error: (issue) =>
			issue.input === undefined ? 'is missing: every region needs its webmail address' : 'must be an https:// address',
	}),
});

export const settingsSchema = z
	.object({
		zones: z.record(z.string(), zoneSchema),
		regions: z.array(regionSchema).min(1, { error: 'must list at least one region' }),
	})
	.superRefine((settings, ctx) => {
		for (const zoneId of Object.keys(settings.zones)) {
			if (!(ZONE_IDS as readonly string[]).includes(zoneId)) {
				ctx.addIssue({
					code: 'custom',
					path: ['zones', zoneId],
					message: `unknown zone (known zones: ${ZONE_IDS.join(', ')})`,
				});
			}
		}
		for (const zoneId of ZONE_IDS) {
			const zone = settings.zones[zoneId];
			if (!zone) {
				ctx.addIssue({ code: 'custom', path: ['zones', zoneId], message: 'is missing' });
				continue;
			}
			for (const protocol of PROTOCOLS) {
				zone[protocol].aliases.forEach((alias, i) => {
					// ssl0.ovh.net exists only for Europe; ssl0.ovh.ca does not resolve.
					if (alias.startsWith('ssl0.') && zoneId !== 'eu') {
						ctx.addIssue({
							code: 'custom',
							path: ['zones', zoneId, protocol, 'aliases', i],
							message: `"${alias}": an ssl0 alias exists only in the eu zone`,
						});
					}
				});
			}
		}
		const seen = new Set<string>();
		settings.regions.forEach((region, i) => {
			if (seen.has(region.id)) {
				ctx.addIssue({ code: 'custom', path: ['regions', i, 'id'], message: `duplicate region id "${region.id}"` });
			}
			seen.add(region.id);
		});
	});

export type MailSettingsInput = z.input<typeof settingsSchema>;

/** The value at a path of the raw input, where there is one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const key of path) {
		if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** A bad value as it appears in the message: JSON, at most 60 characters. */
function shorten(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Turns zod issues into one readable message that names the zone or region, the field and the bad value. */
function describeIssues(input: unknown, issues: readonly z.core.$ZodIssue[]): string {
	const regions = (input as { regions?: Array<{ id?: unknown }> } | null)?.regions;
	const lines = issues.map((issue) => {
		const [top, key, ...rest] = issue.path.map(String);
		let where: string;
		if (top === 'zones' && key !== undefined) where = `zone "${key}"${rest.length ? ` field "${rest.join('.')}"` : ''}`;
		else if (top === 'regions' && key !== undefined) {
			const id = regions?.[Number(key)]?.id;
			const name = typeof id === 'string' && id ? `region "${id}"` : `region #${Number(key) + 1}`;
			where = `${name}${rest.length ? ` field "${rest.join('.')}"` : ''}`;
		} else where = `field "${issue.path.map(String).join('.') || '(root)'}"`;
		const got = valueAt(input, issue.path);
		return `  - ${where}: ${issue.message}${got === undefined ? '' : ` (found ${shorten(got)})`}`;
	});
	return `Invalid mail settings (src/settings/mail-settings.ts):\n${lines.join('\n')}`;
}

/** Validates raw settings; throws an Error naming each bad zone/region and field. */
export function parseSettings(input: unknown) {
	const result = settingsSchema.safeParse(input);
	if (!result.success) throw new Error(describeIssues(input, result.error.issues));
	return result.data as Omit<typeof result.data, 'zones'> & { zones: Record<ZoneId, Zone> };
}

export type Zone = z.output<typeof zoneSchema>;
export type Server = z.output<typeof serverSchema>;
export type Region = z.output<typeof regionSchema>;

/** The facts. Change values here and only here. */
export const rawSettings = {
	zones: {
		eu: {
			imap: { host: 'imap.mail.ovh.net', aliases: ['ssl0.ovh.net'], port: 993, security: 'SSL/TLS' },
			pop: { host: 'pop.mail.ovh.net', aliases: ['ssl0.ovh.net'], port: 995, security: 'SSL/TLS' },
			smtp: { host: 'smtp.mail.ovh.net', aliases: ['ssl0.ovh.net'], port: 465, security: 'SSL/TLS', requiresAuthentication: true },
		},
		ca: {
			imap: { host: 'imap.mail.ovh.ca', port: 993, security: 'SSL/TLS' },
			pop: { host: 'pop.mail.ovh.ca', port: 995, security: 'SSL/TLS' },
			smtp: { host: 'smtp.mail.ovh.ca', port: 465, security: 'SSL/TLS', requiresAuthentication: true },
		},
		apac: {
			imap: { host: 'imap.mail.ovh.ca', port: 993, security: 'SSL/TLS' },
			pop: { host: 'pop.mail.ovh.ca', port: 995, security: 'SSL/TLS' },
			smtp: { host: 'smtp.mail.ovh.ca', port: 465, security: 'SSL/TLS', requiresAuthentication: true },
		},
	},
	regions: [
		// The source guide (en-ca) gives the /world/ webmail to Canadian readers. Canada reads English and French.
		{ id: 'ca', flag: 'ca', zone: 'ca', languages: ['en', 'fr'], webmail: 'https://www.ovh.com/world/mail/' },
		{ id: 'world', flag: 'globe-americas', zone: 'ca', languages: ['en'], webmail: 'https://www.ovh.com/world/mail/' },
		{ id: 'fr', flag: 'fr', zone: 'eu', languages: ['fr'], webmail: 'https://www.ovh.com/fr/mail/' },
		{ id: 'gb', flag: 'gb', zone: 'eu', languages: ['en'], webmail: 'https://www.ovh.co.uk/mail/' },
		{ id: 'ie', flag: 'ie', zone: 'eu', languages: ['en'], webmail: 'https://www.ovh.ie/mail/' },
		{ id: 'de', flag: 'de', zone: 'eu', languages: ['de'], webmail: 'https://www.ovh.de/mail/' },
		{ id: 'es', flag: 'es', zone: 'eu', languages: ['es'], webmail: 'https://www.ovh.es/mail/' },
		{ id: 'it', flag: 'it', zone: 'eu', languages: ['it'], webmail: 'https://www.ovh.it/mail/' },
		{ id: 'pl', flag: 'pl', zone: 'eu', languages: ['pl'], webmail: 'https://www.ovh.pl/mail/' },
		{ id: 'pt', flag: 'pt', zone: 'eu', languages: ['pt'], webmail: 'https://www.ovh.pt/mail/' },
		{ id: 'au', flag: 'au', zone: 'apac', languages: ['en'], webmail: 'https://www.ovh.com.au/mail/' },
		{ id: 'sg', flag: 'sg', zone: 'apac', languages: ['en'], webmail: 'https://www.ovh.com/sg/mail/' },
		{ id: 'asia', flag: 'globe-asia', zone: 'apac', languages: ['en'], webmail: 'https://www.ovh.com/asia/mail/' },
	],
} satisfies MailSettingsInput;

/** The validated settings. Importing this module validates them (at build time, in every test). */
export const settings = parseSettings(rawSettings);

export const zones = settings.zones;
export const regions: Region[] = settings.regions;

export function getRegion(id: string): Region | undefined {
	return regions.find((region) => region.id === id);
}

/** Zone ids in display order, with their regions (for grouped pickers). */
export const regionsByZone = ZONE_IDS.map((zone) => ({
	zone,
	regions: regions.filter((region) => region.zone === zone),
}));

/** Every host name (with aliases) of every zone: used by tests to scan pages and output. */
export function allHosts(): string[] {
	const hosts = new Set<string>();
	for (const zone of ZONE_IDS)
		for (const protocol of PROTOCOLS) {
			hosts.add(zones[zone][protocol].host);
			zones[zone][protocol].aliases.forEach((alias) => hosts.add(alias));
		}
	return [...hosts];
}

/**
 * Groups zones that share the same value, in zone order: the unit the value components render.
 * `ca` and `apac` use the same servers, so most values come out as two groups.
 */
export function groupByValue<T>(pick: (zone: Zone, id: ZoneId) => T, key: (value: T) => string = String) {
	const groups: Array<{ zones: ZoneId[]; value: T }> = [];
	for (const id of ZONE_IDS) {
		const value = pick(zones[id], id);
		const existing = groups.find((group) => key(group.value) === key(value));
		if (existing) existing.zones.push(id);
		else groups.push({ zones: [id], value });
	}
	return groups;
}

