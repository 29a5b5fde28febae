import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	parseSettings,
	rawSettings,
	regions,
	zones,
	ZONE_IDS,
	PROTOCOLS,
	type MailSettingsInput,
} from '../../src/settings/mail-settings';
import en from '../../src/i18n/en';
import { regionName, zoneName } from '../../src/i18n';

/** A deep copy of the real settings, changed by `plant`. */
function planted(plant: (settings: MailSettingsInput & Record<string, any>) => void) {
	const copy = structuredClone(rawSettings) as any;
	plant(copy);
	return copy;
}

describe('settings module: validation', () => {
	it('accepts the real settings', () => {
		expect(() => parseSettings(rawSettings)).not.toThrow();
	});

	const cases: Array<[string, (s: any) => void, RegExp]> = [
		['an unknown zone', (s) => (s.zones.us = s.zones.ca), /zone "us".*unknown zone/],
		['a missing zone', (s) => delete s.zones.apac, /zone "apac".*is missing/],
		['an empty host name', (s) => (s.zones.ca.pop.host = ''), /zone "ca" field "pop\.host": must not be empty/],
		['a malformed host name', (s) => (s.zones.eu.smtp.host = 'smtp..mail.ovh.net'), /zone "eu" field "smtp\.host": is not a valid host name/],
		['a host name with a space', (s) => (s.zones.eu.imap.host = 'imap.mail ovh.net'), /zone "eu" field "imap\.host"/],
		['a malformed alias', (s) => (s.zones.eu.imap.aliases = ['-ssl0.ovh.net']), /zone "eu" field "imap\.aliases\.0": is not a valid host name/],
		['port 0', (s) => (s.zones.apac.imap.port = 0), /zone "apac" field "imap\.port": must be between 1 and 65535/],
		['port 65536', (s) => (s.zones.eu.smtp.port = 65536), /zone "eu" field "smtp\.port": must be between 1 and 65535 \(found 65536\)/],
		['a fractional port', (s) => (s.zones.ca.imap.port = 99.5), /zone "ca" field "imap\.port": must be a whole number/],
		['a port given as text', (s) => (s.zones.ca.imap.port = '993'), /zone "ca" field "imap\.port": must be a number \(found "993"\)/],
		['an unknown security value', (s) => (s.zones.ca.smtp.security = 'TLS 1.3'), /zone "ca" field "smtp\.security": must be one of SSL\/TLS, STARTTLS/],
		['a duplicate region id', (s) => s.regions.push({ ...s.regions[2] }), /region "fr" field "id": duplicate region id "fr"/],
		['a region without webmail', (s) => delete s.regions[0].webmail, /region "ca" field "webmail": is missing/],
		['a region with a plain-http webmail', (s) => (s.regions[3].webmail = 'http://www.ovh.co.uk/mail/'), /region "gb" field "webmail": must be an https:\/\/ address/],
		['a region in an unknown zone', (s) => (s.regions[10].zone = 'oceania'), /region "au" field "zone": must be one of eu, ca, apac/],
		['an ssl0 alias outside eu', (s) => (s.zones.ca.imap.aliases = ['ssl0.ovh.ca']), /zone "ca" field "imap\.aliases\.0": "ssl0\.ovh\.ca": an ssl0 alias exists only in the eu zone/],
		['an empty region list', (s) => (s.regions = []), /field "regions": must list at least one region/],
		['the old single globe flag', (s) => (s.regions[1].flag = 'globe'), /region "world" field "flag": must be a two-letter country code or one of globe-americas, globe-asia/],
		['an unknown globe', (s) => (s.regions[12].flag = 'globe-europe'), /region "asia" field "flag": must be a two-letter country code or one of globe-americas, globe-asia/],
		['a three-letter flag code', (s) => (s.regions[2].flag = 'fra'), /region "fr" field "flag": must be a two-letter country code/],
		['a region id with markup', (s) => (s.regions[1].id = '<b>'), /region "<b>" field "id": must be 2–12 lower-case letters/],
		['a region reading a language the guide lacks', (s) => (s.regions[5].languages = ['nl']), /region "de" field "languages\.0": must be one of the guide's languages \(en, fr, de, es, it, pl, pt\)/],
		['a region reading no language', (s) => (s.regions[0].languages = []), /region "ca" field "languages": must list at least one language/],
	];

	it.each(cases)('rejects %s, naming the zone or region and the field', (_name, plant, message) => {
		expect(() => parseSettings(planted(plant))).toThrow(message);
	});

	it('gives regions that are not a country each their own globe', () => {
		const globes = regions.filter((region) => region.flag.startsWith('globe'));
		expect(globes.map((region) => region.id)).toEqual(['world', 'asia']);
		expect(new Set(globes.map((region) => region.flag)).size).toBe(globes.length);
	});

	it('reports every problem at once', () => {
		const input = planted((s) => {
			s.zones.eu.imap.port = -1;
			s.regions[4].webmail = '';
		});
		expect(() => parseSettings(input)).toThrow(/zone "eu" field "imap\.port"[\s\S]*region "ie" field "webmail"/);
	});
});

/**
 * The module against the reference facts (a copy of shared/reference/mail-settings.md, kept in
 * tests/fixtures): an independent source, so a typo in the module fails here.
 */
describe('settings module: matches the reference facts', () => {
	const reference = readFileSync(new URL('../fixtures/mail-settings.reference.md', import.meta.url), 'utf8');
	const rows = (header: string) => {
		const start = reference.indexOf(header);
		return reference
			.slice(start)
			.split('\n')
			.slice(2)
			.filter((line, i, all) => line.startsWith('|') && all.slice(0, i).every((l) => l.startsWith('|')))
			.map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
	};

	it('has the zones, servers, aliases, ports and security of the reference', () => {
		const zoneRows = rows('| zone id | label |');
		expect(zoneRows.map((row) => row[0]!.replace(/`/g, ''))).toEqual([...ZONE_IDS]);
		for (const [idCell, label, ...servers] of zoneRows) {
			const zone = zones[idCell!.replace(/`/g, '') as (typeof ZONE_IDS)[number]];
			expect(zoneName(en, idCell!.replace(/`/g, '')), 'the English catalogue names the zone').toBe(label);
			PROTOCOLS.forEach((protocol, i) => {
				const cell = servers[i]!;
				const names = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
				const [, port, security] = cell.split('·').map((part) => part.trim());
				expect([zone[protocol].host, ...zone[protocol].aliases], `${idCell} ${protocol}`).toEqual(names);
				expect(zone[protocol].port).toBe(Number(port));
				expect(zone[protocol].security).toBe(security);
			});
		}
	});

	it('has the regions of the reference, each in its zone with its webmail', () => {
		const regionRows = rows('| region id | name |');
		expect(regions.map((region) => region.id)).toEqual(regionRows.map((row) => row[0]!.replace(/`/g, '')));
		for (const [id, name, zone, webmail] of regionRows) {
			const region = regions.find((r) => r.id === id!.replace(/`/g, ''))!;
			expect(regionName(en, region.id), 'the English catalogue names the region').toBe(name);
			expect(region.zone).toBe(zone!.replace(/`/g, ''));
			expect(region.webmail).toBe(/`([^`]+)`/.exec(webmail!)![1]);
		}
	});

	it('never gives an ssl0 alias outside eu, and every zone requires SMTP authentication', () => {
		for (const id of ZONE_IDS) {
			expect(zones[id].smtp.requiresAuthentication).toBe(true);
			if (id !== 'eu') for (const p of PROTOCOLS) expect(zones[id][p].aliases).toEqual([]);
		}
	});
});
