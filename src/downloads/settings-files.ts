/**
 * Machine-readable settings for every region, generated from the settings module at build time:
 * an Apple configuration profile per protocol (IMAP, POP), a Thunderbird autoconfig file, a JSON
 * document (with its JSON Schema) and DNS SRV records. Each function takes the settings as an
 * argument, so tests can show that every file follows a change of the module, and the site's
 * address where a file needs one (`site`, from SITE_URL): without it, what needs the address is
 * left out rather than pointed at a placeholder domain.
 */
import { z } from 'astro/zod';
import { build } from 'plist';
import { create } from 'xmlbuilder2';
import { v5 as uuidv5 } from 'uuid';
import type { parseSettings, Region, Server, Zone, ZoneId } from '../settings/mail-settings';
import en from '../i18n/en';

/**
 * The files' human-readable words are English (one file per region, whatever the page's
 * language; the download page says so): region names and zone labels from the English catalogue,
 * the region or zone id where the catalogue has none (a region added to the settings only).
 */
const regionName = (region: Region) => (en.regions as Record<string, string>)[region.id] ?? region.id;
const zoneLabel = (zoneId: string) => (en.zones as Record<string, string>)[zoneId] ?? zoneId;

type Settings = ReturnType<typeof parseSettings>;
export type IncomingProtocol = 'imap' | 'pop';

/** Where the files are served from (the build writes them under this path). */
export const DOWNLOAD_BASE = '/settings/';
/** The site's address, when known (Astro's `site`, from SITE_URL). */
export type Site = URL | string | undefined;

/**
 * Prefix of the profiles' identifiers. Apple asks for a reverse-DNS style string that is unique,
 * not for a domain you own: with the site's address, its host name reversed
 * (`https://guide.example.com` → `com.example.guide.mxplan-outlook`); without one, a plain name
 * that claims nobody's domain. Same site, same identifiers: reinstalling replaces the profile.
 */
export function identifierPrefix(site: Site): string {
	if (!site) return 'mxplan-outlook-guide';
	return `${new URL(site).hostname.split('.').reverse().join('.')}.mxplan-outlook`;
}
/** Namespace of the name-based (v5) UUIDs: stable per region and protocol. */
const UUID_NAMESPACE = 'f7b5b1a6-6f0c-4b8e-9a57-2d1f4c9e0a11';

export const files = {
	profile: (regionId: string, protocol: IncomingProtocol) =>
		`${DOWNLOAD_BASE}${regionId}${protocol === 'pop' ? '-pop' : ''}.mobileconfig`,
	autoconfig: (regionId: string) => `${DOWNLOAD_BASE}${regionId}/config-v1.1.xml`,
	json: (regionId: string) => `${DOWNLOAD_BASE}${regionId}.json`,
	schema: () => `${DOWNLOAD_BASE}schema.json`,
};

function regionOf(settings: Settings, regionId: string): { region: Region; zone: Zone; zoneId: ZoneId } {
	const region = settings.regions.find((r) => r.id === regionId);
	if (!region) throw new Error(`settings files: unknown region "${regionId}"`);
	return { region, zone: settings.zones[region.zone], zoneId: region.zone };
}

const implicitTls = (server: Server) => server.security === 'SSL/TLS';

/** Apple configuration profile (com.apple.mail.managed) with no address, user name or password. */
export function appleProfile(settings: Settings, regionId: string, protocol: IncomingProtocol, site?: Site): string {
	const { region, zone } = regionOf(settings, regionId);
	const incoming = zone[protocol];
	const label = protocol === 'imap' ? 'IMAP' : 'POP';
	const profileName = `${identifierPrefix(site)}.${region.id}.${protocol}`;
	const payloadName = `${profileName}.mail`;
	const profile = {
		PayloadType: 'Configuration',
		PayloadVersion: 1,
		PayloadIdentifier: profileName,
		PayloadUUID: uuidv5(profileName, UUID_NAMESPACE).toUpperCase(),
		PayloadDisplayName: `MX Plan email (${label}, ${regionName(region)})`,
		PayloadDescription: `Sets up an OVHcloud MX Plan email address (${label}) with the servers for ${regionName(region)}. Your device asks for the address and password.`,
		PayloadOrganization: 'MX Plan in Outlook for Windows (guide)',
		PayloadContent: [
			{
				PayloadType: 'com.apple.mail.managed',
				PayloadVersion: 1,
				PayloadIdentifier: payloadName,
				PayloadUUID: uuidv5(payloadName, UUID_NAMESPACE).toUpperCase(),
				PayloadDisplayName: `MX Plan email (${label})`,
				EmailAccountDescription: `MX Plan (${label})`,
				EmailAccountType: protocol === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP',
				IncomingMailServerHostName: incoming.host,
				IncomingMailServerPortNumber: incoming.port,
				IncomingMailServerUseSSL: implicitTls(incoming),
				IncomingMailServerAuthentication: 'EmailAuthPassword',
				OutgoingMailServerHostName: zone.smtp.host,
				OutgoingMailServerPortNumber: zone.smtp.port,
				OutgoingMailServerUseSSL: implicitTls(zone.smtp),
				OutgoingMailServerAuthentication: zone.smtp.requiresAuthentication ? 'EmailAuthPassword' : 'EmailAuthNone',
				OutgoingPasswordSameAsIncomingPassword: true,
			},
		],
	};
	return build(profile as Parameters<typeof build>[0]);
}

const socketType = (server: Server) => (server.security === 'SSL/TLS' ? 'SSL' : 'STARTTLS');

/** The guide's page for adding the account, in a region: where the autoconfig file points. */
export const documentationUrl = (site: URL | string, regionId: string) => new URL(`/add-account/?region=${regionId}`, site).href;

/**
 * Thunderbird autoconfig (clientConfig 1.1): IMAP first, then POP, then SMTP; with the site's
 * address, a link to the guide's page (without one, no `<documentation>`, which is optional).
 * POP asks Thunderbird to leave messages on the server (`leaveMessagesOnServer`, its default
 * too); Thunderbird still deletes them after 14 days and when deleted locally: its reader
 * (accountcreation readFromXML) takes only leaveMessagesOnServer, daysToLeaveMessagesOnServer and
 * downloadOnBiff, and its defaults (AccountConfig) are 14 days, deleteByAgeFromServer and
 * deleteOnServerWhenLocalDelete. Thunderbird for Android (RealAutoconfigParser) skips every
 * incomingServer whose type is not "imap". content/docs/download-settings.mdx says so.
 */
export function autoconfig(settings: Settings, regionId: string, site?: Site): string {
	const { region, zone, zoneId } = regionOf(settings, regionId);
	const server = (s: Server) => ({
		hostname: s.host,
		port: s.port,
		socketType: socketType(s),
		authentication: 'password-cleartext',
		username: '%EMAILADDRESS%',
	});
	// Thunderbird requires at least one <domain>: the zone's mail domain (the IMAP host minus its first label).
	const domain = zone.imap.host.split('.').slice(1).join('.');
	const doc = create({ version: '1.0', encoding: 'UTF-8' })
		.ele('clientConfig', { version: '1.1' })
		.ele('emailProvider', { id: `mxplan-${zoneId}` })
		.com(' Domain owners: serving this file for your own domain, list that domain here. ')
		.ele('domain')
		.txt(domain)
		.up()
		.ele('displayName')
		.txt(`OVHcloud MX Plan (${zoneLabel(zoneId)})`)
		.up()
		.ele('displayShortName')
		.txt('MX Plan')
		.up()
		.ele('incomingServer', { type: 'imap' })
		.ele(server(zone.imap))
		.up()
		.up()
		.ele('incomingServer', { type: 'pop3' })
		.ele(server(zone.pop))
		.up()
		.ele('pop3')
		.ele('leaveMessagesOnServer')
		.txt('true')
		.up()
		.up()
		.up()
		.ele('outgoingServer', { type: 'smtp' })
		.ele(server(zone.smtp))
		.up()
		.up();
	if (site) {
		doc
			.ele('documentation', { url: documentationUrl(site, region.id) })
			.ele('descr', { lang: 'en' })
			.txt(`Setting up your MX Plan email address (${regionName(region)})`);
	}
	return doc.doc().end({ prettyPrint: true });
}

const serverJson = z.object({
	host: z.string(),
	aliases: z.array(z.string()),
	port: z.number().int().min(1).max(65535),
	security: z.enum(['SSL/TLS', 'STARTTLS']),
});

/** The format of `<region>.json`; its JSON Schema is published as `schema.json`. */
export const settingsJsonSchema = z
	.object({
		region: z.object({ id: z.string(), name: z.string(), zone: z.string(), webmail: z.string() }),
		zone: z.object({ id: z.string(), label: z.string() }),
		usernameRule: z.string().describe('What to enter as the user name (never a user name itself)'),
		passwordRule: z.string().describe('What to enter as the password (never a password itself)'),
		incoming: z.object({ imap: serverJson, pop: serverJson }),
		outgoing: z.object({ smtp: serverJson.extend({ requiresAuthentication: z.boolean() }) }),
	})
	.meta({ title: 'MX Plan mail settings for one region' });

export function settingsJson(settings: Settings, regionId: string): string {
	const { region, zone, zoneId } = regionOf(settings, regionId);
	const data: z.input<typeof settingsJsonSchema> = {
		region: { id: region.id, name: regionName(region), zone: region.zone, webmail: region.webmail },
		zone: { id: zoneId, label: zoneLabel(zoneId) },
		usernameRule: en.table.userNameValue.replace('{value}', en.table.fullAddress),
		passwordRule: en.table.passwordValue,
		incoming: { imap: zone.imap, pop: zone.pop },
		outgoing: { smtp: zone.smtp },
	};
	return `${JSON.stringify(settingsJsonSchema.parse(data), null, 2)}\n`;
}

/** The JSON Schema of `<region>.json`; its `$id` (an absolute address) only with the site's address. */
export function jsonSchema(site?: Site): string {
	const schema = z.toJSONSchema(settingsJsonSchema, { target: 'draft-2020-12' });
	return `${JSON.stringify(site ? { $id: new URL(files.schema(), site).href, ...schema } : schema, null, 2)}\n`;
}

/** Stands for the reader's own domain in the DNS records (a placeholder nobody can take literally). */
export const YOUR_DOMAIN = '<your-domain>';

/** DNS SRV records (RFC 6186, RFC 8314) for a domain owner, IMAP preferred over POP. */
export function srvRecords(settings: Settings, zoneId: ZoneId, domain = YOUR_DOMAIN): string {
	const zone = settings.zones[zoneId];
	const rows: Array<[string, number, Server]> = [
		['_imaps._tcp', 0, zone.imap],
		['_pop3s._tcp', 10, zone.pop],
		['_submissions._tcp', 0, zone.smtp],
	];
	return rows
		.map(([service, priority, server]) => `${service}.${domain}. 3600 IN SRV ${priority} 1 ${server.port} ${server.host}.`)
		.join('\n');
}
