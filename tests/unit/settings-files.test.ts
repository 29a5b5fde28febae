/** The downloadable settings files, parsed back with real parsers and checked against the module. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parsePlist } from 'plist';
import { XMLParser } from 'fast-xml-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { parseSettings, rawSettings, regions, settings, zones } from '../../src/settings/mail-settings';
import { appleProfile, autoconfig, files, identifierPrefix, jsonSchema, settingsJson, srvRecords } from '../../src/downloads/settings-files';
import en from '../../src/i18n/en';
import { regionName, zoneName } from '../../src/i18n';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['incomingServer', 'domain'].includes(name) });
const SITE = 'https://guide.example.net/';
type Dict = Record<string, any>;

describe('Apple configuration profiles', () => {
	for (const region of regions)
		for (const protocol of ['imap', 'pop'] as const)
			it(`${region.id} ${protocol}: the zone's servers, SSL, no personal data`, () => {
				const profile = parsePlist(appleProfile(settings, region.id, protocol)) as Dict;
				const zone = zones[region.zone];
				expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1 });
				const [mail, ...rest] = profile.PayloadContent as Dict[];
				expect(rest).toEqual([]);
				expect(mail).toMatchObject({
					PayloadType: 'com.apple.mail.managed',
					PayloadVersion: 1,
					EmailAccountType: protocol === 'imap' ? 'EmailTypeIMAP' : 'EmailTypePOP',
					IncomingMailServerHostName: zone[protocol].host,
					IncomingMailServerPortNumber: zone[protocol].port,
					IncomingMailServerUseSSL: true,
					IncomingMailServerAuthentication: 'EmailAuthPassword',
					OutgoingMailServerHostName: zone.smtp.host,
					OutgoingMailServerPortNumber: zone.smtp.port,
					OutgoingMailServerUseSSL: true,
					OutgoingMailServerAuthentication: 'EmailAuthPassword',
					OutgoingPasswordSameAsIncomingPassword: true,
				});
				const keys = Object.keys(mail);
				expect(keys.filter((key) => /EmailAddress|UserName|Password$/.test(key))).toEqual(['OutgoingPasswordSameAsIncomingPassword']);
				expect(JSON.stringify(profile)).not.toMatch(/@/);
				expect(mail.PayloadIdentifier).not.toBe(profile.PayloadIdentifier);
				expect(mail.PayloadUUID).not.toBe(profile.PayloadUUID);
				for (const id of [profile.PayloadUUID, mail.PayloadUUID]) {
					expect(isUuid(id)).toBe(true);
					expect(uuidVersion(id)).toBe(5);
				}
			});

	it('has stable identifiers, unique per region and protocol', () => {
		const ids = regions.flatMap((region) =>
			(['imap', 'pop'] as const).map((protocol) => {
				const first = parsePlist(appleProfile(settings, region.id, protocol)) as Dict;
				const again = parsePlist(appleProfile(settings, region.id, protocol)) as Dict;
				expect(again.PayloadUUID).toBe(first.PayloadUUID);
				expect(again.PayloadIdentifier).toBe(first.PayloadIdentifier);
				return [first.PayloadIdentifier, first.PayloadUUID, first.PayloadContent[0].PayloadUUID];
			}),
		);
		const flat = ids.flat();
		expect(new Set(flat).size).toBe(flat.length);
	});
});

describe('Thunderbird autoconfig', () => {
	for (const region of regions)
		it(`${region.id}: IMAP, then POP leaving mail on the server, then SMTP, with every required element`, () => {
			const text = autoconfig(settings, region.id, SITE);
			const config = xml.parse(text).clientConfig as Dict;
			const zone = zones[region.zone];
			expect(config['@version']).toBe('1.1');
			const provider = config.emailProvider as Dict;
			expect(provider.domain.length).toBeGreaterThan(0);
			expect(provider.displayName).toContain(zoneName(en, region.zone));
			expect(provider.incomingServer.map((s: Dict) => s['@type'])).toEqual(['imap', 'pop3']);
			const expected = [
				[provider.incomingServer[0], zone.imap],
				[provider.incomingServer[1], zone.pop],
				[provider.outgoingServer, zone.smtp],
			] as const;
			for (const [server, want] of expected) {
				expect(server).toMatchObject({
					hostname: want.host,
					port: want.port,
					socketType: 'SSL',
					authentication: 'password-cleartext',
					username: '%EMAILADDRESS%',
				});
			}
			expect(provider.outgoingServer['@type']).toBe('smtp');
			expect(provider.incomingServer[1].pop3.leaveMessagesOnServer).toBe(true);
			expect(provider.documentation['@url']).toBe(`https://guide.example.net/add-account/?region=${region.id}`);
			// Written by an XML library: well-formed, declared, no stray markup from values.
			expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
			expect(text).not.toMatch(/@(?!EMAILADDRESS)|password(?!-cleartext)/i);
		});
});

describe('JSON and its schema', () => {
	const ajv = new Ajv2020({ strict: true });
	const validate = ajv.compile(JSON.parse(jsonSchema(SITE)));
	for (const region of regions)
		it(`${region.id}: valid against the schema, with the zone's servers and the region's webmail`, () => {
			const data = JSON.parse(settingsJson(settings, region.id));
			expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
			const zone = zones[region.zone];
			expect(data.region).toEqual({ id: region.id, name: regionName(en, region.id), zone: region.zone, webmail: region.webmail });
			expect(data.incoming.imap).toEqual(zone.imap);
			expect(data.incoming.pop).toEqual(zone.pop);
			expect(data.outgoing.smtp).toEqual(zone.smtp);
		});

	it('rejects data that breaks the format', () => {
		const data = JSON.parse(settingsJson(settings, 'ca'));
		data.incoming.imap.port = 'nine-nine-three';
		expect(validate(data)).toBe(false);
	});
});

describe('DNS SRV records', () => {
	for (const zoneId of ['eu', 'ca', 'apac'] as const)
		it(`${zoneId}: imaps, pop3s and submissions to the zone's servers and ports`, () => {
			const lines = srvRecords(settings, zoneId, 'example.org').split('\n').map((line) => line.split(/\s+/));
			const zone = zones[zoneId];
			expect(lines).toEqual([
				['_imaps._tcp.example.org.', '3600', 'IN', 'SRV', '0', '1', String(zone.imap.port), `${zone.imap.host}.`],
				['_pop3s._tcp.example.org.', '3600', 'IN', 'SRV', '10', '1', String(zone.pop.port), `${zone.pop.host}.`],
				['_submissions._tcp.example.org.', '3600', 'IN', 'SRV', '0', '1', String(zone.smtp.port), `${zone.smtp.host}.`],
			]);
		});
});

describe('one source: every file follows a change of the settings module', () => {
	it('a changed copy of the module changes every file, and nothing else carries the old value', () => {
		const changed = structuredClone(rawSettings) as any;
		changed.zones.eu.imap.host = 'imap.changed.example';
		changed.zones.eu.smtp.port = 2465;
		const copy = parseSettings(changed);
		const profile = parsePlist(appleProfile(copy, 'fr', 'imap')) as Dict;
		expect(profile.PayloadContent[0].IncomingMailServerHostName).toBe('imap.changed.example');
		expect(profile.PayloadContent[0].OutgoingMailServerPortNumber).toBe(2465);
		const config = xml.parse(autoconfig(copy, 'fr', SITE)).clientConfig.emailProvider;
		expect(config.incomingServer[0].hostname).toBe('imap.changed.example');
		expect(config.outgoingServer.port).toBe(2465);
		const data = JSON.parse(settingsJson(copy, 'fr'));
		expect(data.incoming.imap.host).toBe('imap.changed.example');
		expect(data.outgoing.smtp.port).toBe(2465);
		expect(srvRecords(copy, 'eu')).toContain(` 2465 ${copy.zones.eu.smtp.host}.`);
		expect(srvRecords(copy, 'eu')).toContain(' imap.changed.example.');
		for (const text of [appleProfile(copy, 'fr', 'imap'), autoconfig(copy, 'fr', SITE), settingsJson(copy, 'fr')]) {
			expect(text).not.toContain(zones.eu.imap.host);
		}
	});
});

describe('serving', () => {
	it('public/_headers gives every profile the media type Apple devices need', () => {
		const rules = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')
			.split(/\n(?=\/)/)
			.map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
			.filter((lines) => lines.length > 1)
			.map(([pattern, ...headers]) => ({ pattern: new RegExp(`^${pattern!.trim().replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`), headers: headers.map((h) => h.trim()) }));
		const typeOf = (path: string) => rules.find((rule) => rule.pattern.test(path))?.headers.find((h) => h.startsWith('Content-Type:'));
		for (const region of regions) {
			expect(typeOf(files.profile(region.id, 'imap'))).toBe('Content-Type: application/x-apple-aspen-config');
			expect(typeOf(files.profile(region.id, 'pop'))).toBe('Content-Type: application/x-apple-aspen-config');
			expect(typeOf(files.autoconfig(region.id))).toMatch(/^Content-Type: application\/xml/);
			expect(typeOf(files.json(region.id))).toMatch(/^Content-Type: application\/json/);
		}
	});
});

describe('with and without the site’s address (SITE_URL)', () => {
	const without = {
		imap: appleProfile(settings, 'ca', 'imap'),
		pop: appleProfile(settings, 'ca', 'pop'),
		autoconfig: autoconfig(settings, 'ca'),
		schema: jsonSchema(),
	};
	const withSite = {
		imap: appleProfile(settings, 'ca', 'imap', 'https://mail-guide.example.net/'),
		pop: appleProfile(settings, 'ca', 'pop', 'https://mail-guide.example.net/'),
		autoconfig: autoconfig(settings, 'ca', 'https://mail-guide.example.net/'),
		schema: jsonSchema('https://mail-guide.example.net/'),
	};

	it('without it, leaves out what needs it: no documentation link, no $id, identifiers that claim no domain', () => {
		for (const text of Object.values(without)) expect(text).not.toMatch(/example\.|add-account/);
		expect(xml.parse(without.autoconfig).clientConfig.emailProvider.documentation).toBeUndefined();
		expect(JSON.parse(without.schema).$id).toBeUndefined();
		const profile = parsePlist(without.imap) as Dict;
		expect(profile.PayloadIdentifier).toBe('mxplan-outlook-guide.ca.imap');
		expect(profile.PayloadContent[0].PayloadIdentifier).toBe('mxplan-outlook-guide.ca.imap.mail');
		expect((parsePlist(without.pop) as Dict).PayloadIdentifier).toBe('mxplan-outlook-guide.ca.pop');
	});

	it('with it, everything is there and uses it', () => {
		expect(xml.parse(withSite.autoconfig).clientConfig.emailProvider.documentation['@url']).toBe('https://mail-guide.example.net/add-account/?region=ca');
		expect(JSON.parse(withSite.schema).$id).toBe('https://mail-guide.example.net/settings/schema.json');
		const profile = parsePlist(withSite.imap) as Dict;
		expect(profile.PayloadIdentifier).toBe('net.example.mail-guide.mxplan-outlook.ca.imap');
		expect(profile.PayloadUUID).not.toBe((parsePlist(without.imap) as Dict).PayloadUUID);
		expect(identifierPrefix(new URL('https://guide.example.net/sub/'))).toBe('net.example.guide.mxplan-outlook');
	});

	it('the DNS records use a placeholder nobody can take for a real domain', () => {
		expect(srvRecords(settings, 'eu').split('\n')[0]).toMatch(/^_imaps\._tcp\.<your-domain>\. /);
	});
});
