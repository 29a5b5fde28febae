/**
 * The settings checker's logic (src/checker/check.ts) and words (src/checker/messages.ts): every
 * mistake class for a region of every zone. Inputs are built from the settings module (or from the
 * reference facts, e.g. `ssl0.ovh.ca` does not exist); expected values come from the module too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, checkAnyZone, distance, indexSettings, type CheckerInput, type Finding } from '../../src/checker/check';
import { message, plain, words } from '../../src/checker/messages';
import { byName, parseRegistry, rawPlaces } from '../../src/links/registry';
import { clientPlaces } from '../../src/links/places';
import { regions, zones, ZONE_IDS, type ZoneId } from '../../src/settings/mail-settings';
import { ERROR_CODES } from '../../src/troubleshooting/codes';
import en from '../../src/i18n/en';
import { regionName, zoneName } from '../../src/i18n';

const index = indexSettings(zones);
const w = words(en);
/** One region of each zone. */
const sample = ZONE_IDS.map((zone) => regions.find((region) => region.zone === zone)!);
/** A zone whose servers differ from `zone`'s. */
const otherZone = (zone: ZoneId) => ZONE_IDS.find((z) => zones[z].imap.host !== zones[zone].imap.host)!;

/** Everything right for a zone, as Outlook would show it. */
function correct(zone: ZoneId, accountType: 'imap' | 'pop' = 'imap'): CheckerInput {
	const z = zones[zone];
	return {
		accountType,
		incomingServer: z[accountType].host,
		incomingPort: String(z[accountType].port),
		incomingEncryption: z[accountType].security,
		outgoingServer: z.smtp.host,
		outgoingPort: String(z.smtp.port),
		outgoingEncryption: z.smtp.security,
		userName: 'someone@example.org',
		smtpAuth: true,
	};
}

const kinds = (findings: Finding[]) => findings.map((f) => [f.field, f.kind]);

describe.each(sample)('checker, region $id (zone $zone)', (region) => {
	const zone = region.zone;
	const z = zones[zone];
	const other = otherZone(zone);
	const run = (edit: Partial<CheckerInput>, accountType: 'imap' | 'pop' = 'imap') => check({ ...correct(zone, accountType), ...edit }, index, zone);

	it('finds nothing when every value is right (IMAP and POP)', () => {
		for (const type of ['imap', 'pop'] as const) expect(check(correct(zone, type), index, zone)).toMatchObject({ findings: [], empty: 0 });
	});

	it('tolerates case, spaces, a final dot and ports with spaces', () => {
		const result = run({
			incomingServer: `  ${z.imap.host.toUpperCase()}. `,
			incomingPort: ` ${z.imap.port} `,
			outgoingServer: `\t${z.smtp.host.replace(/^./, (c) => c.toUpperCase())}`,
			userName: '  Someone@Example.ORG ',
		});
		expect(result.findings).toEqual([]);
	});

	it('names the other zone’s server and this zone’s', () => {
		const result = run({ incomingServer: zones[other].imap.host });
		expect(result.findings).toHaveLength(1);
		const finding = result.findings[0]!;
		expect(finding).toMatchObject({ kind: 'other-zone', field: 'incomingServer', got: zones[other].imap.host, expected: z.imap.host });
		const text = plain(message(w, finding, regionName(en, region.id)));
		expect(text).toContain(zones[other].imap.host);
		expect(text).toContain(zoneName(en, other));
		expect(text).toContain(`for ${regionName(en, region.id)} use ${z.imap.host}`);
		// The outgoing server too.
		expect(run({ outgoingServer: zones[other].smtp.host }).findings[0]).toMatchObject({ kind: 'other-zone', expected: z.smtp.host });
	});

	it('accepts the Europe alias ssl0.ovh.net only in Europe', () => {
		const result = run({ incomingServer: 'ssl0.ovh.net', outgoingServer: 'SSL0.OVH.NET' });
		if (zone === 'eu') expect(result.findings).toEqual([]);
		else {
			expect(kinds(result.findings)).toEqual([
				['incomingServer', 'other-zone'],
				['outgoingServer', 'other-zone'],
			]);
			expect(result.findings.map((f) => 'expected' in f && f.expected)).toEqual([z.imap.host, z.smtp.host]);
			expect(plain(message(w, result.findings[0]!, regionName(en, region.id)))).toContain(zoneName(en, 'eu'));
		}
	});

	it('says ssl0.ovh.ca does not exist', () => {
		const finding = run({ incomingServer: 'ssl0.ovh.ca' }).findings[0]!;
		expect(finding).toMatchObject({ kind: 'no-such-host', realIn: ['eu'], expected: z.imap.host });
		expect(plain(message(w, finding, regionName(en, region.id)))).toMatch(/does not exist/);
	});

	it('spots a typo close to the zone’s host, and one close to another zone’s', () => {
		const misspelt = z.imap.host.replace('mail', 'mial');
		expect(run({ incomingServer: misspelt }).findings).toEqual([
			expect.objectContaining({ kind: 'typo', near: z.imap.host, expected: z.imap.host }),
		]);
		const dropped = z.smtp.host.slice(0, -1);
		expect(run({ outgoingServer: dropped }).findings[0]).toMatchObject({ kind: 'typo', expected: z.smtp.host });
		const otherTypo = `${zones[other].imap.host}x`;
		const finding = run({ incomingServer: otherTypo }).findings[0]!;
		expect(finding).toMatchObject({ kind: 'typo-zone', near: zones[other].imap.host, expected: z.imap.host });
		expect(plain(message(w, finding, regionName(en, region.id)))).toContain(zoneName(en, other));
	});

	it('spots a host of the wrong protocol', () => {
		expect(run({ incomingServer: z.pop.host }).findings[0]).toMatchObject({ kind: 'wrong-protocol', gotProtocol: 'pop', expected: z.imap.host });
		expect(run({ incomingServer: z.imap.host }, 'pop').findings[0]).toMatchObject({ kind: 'wrong-protocol', gotProtocol: 'imap', expected: z.pop.host });
		expect(run({ outgoingServer: z.imap.host }).findings[0]).toMatchObject({ kind: 'wrong-protocol', field: 'outgoingServer', expected: z.smtp.host });
	});

	it('names a host that is no server at all, or an address with a scheme', () => {
		for (const host of ['outlook.office365.com', `https://${z.imap.host}`, `${z.imap.host}:${z.imap.port}`])
			expect(run({ incomingServer: host }).findings[0]).toMatchObject({ kind: 'unknown-host', expected: z.imap.host });
	});

	it('names the IMAP port on a POP account, and other wrong ports, text included', () => {
		const finding = run({ incomingPort: String(z.imap.port) }, 'pop').findings[0]!;
		expect(finding).toMatchObject({ kind: 'other-port', gotProtocol: 'imap', expected: z.pop.port });
		expect(plain(message(w, finding, regionName(en, region.id)))).toBe(`Port ${z.imap.port} is the IMAP port; the POP port is ${z.pop.port}.`);
		expect(run({ outgoingPort: String(z.imap.port) }).findings[0]).toMatchObject({ kind: 'other-port', field: 'outgoingPort', expected: z.smtp.port });
		for (const port of ['587', 'nine nine three', `${z.imap.port}0`])
			expect(run({ incomingPort: port }).findings[0]).toMatchObject({ kind: 'wrong-port', got: port.trim(), expected: z.imap.port });
	});

	it('wants SSL/TLS: STARTTLS, None and Auto are named', () => {
		expect(kinds(run({ incomingEncryption: 'STARTTLS', outgoingEncryption: 'None' }).findings)).toEqual([
			['incomingEncryption', 'encryption-starttls'],
			['outgoingEncryption', 'encryption-none'],
		]);
		const auto = run({ outgoingEncryption: 'Auto' }).findings[0]!;
		expect(auto).toMatchObject({ kind: 'encryption-auto', expected: z.smtp.security });
		expect(plain(message(w, auto, regionName(en, region.id)))).toContain(z.smtp.security);
	});

	it('wants the full email address as user name, and SMTP authentication on', () => {
		expect(kinds(run({ userName: 'someone', smtpAuth: false }).findings)).toEqual([
			['userName', 'user-name'],
			['smtpAuth', 'smtp-auth-off'],
		]);
		expect(run({ userName: 'someone@' }).findings[0]?.kind).toBe('user-name');
	});

	it('says nothing about empty fields, and counts them', () => {
		const result = check({ ...correct(zone), incomingServer: ' ', incomingPort: '', incomingEncryption: '', userName: '' }, index, zone);
		expect(result).toMatchObject({ findings: [], empty: 4 });
	});

	it('links each fix to the step or table for the account type', () => {
		const all = run({ incomingServer: zones[other].pop.host, outgoingPort: '1', userName: 'x', smtpAuth: false }, 'pop').findings;
		expect(all.map((f) => f.fix)).toEqual(['step-4-pop', 'step-4-pop', 'pop-settings', 'smtp-auth']);
		for (const f of all) expect(byName.get(f.fix)?.id).toBe(f.fix);
	});
});

describe('the acceptance scenario', () => {
	it('Canada: the Europe IMAP server, user "jean", authentication off → exactly three findings', () => {
		const ca = regions.find((r) => r.id === 'ca')!;
		const input: CheckerInput = {
			accountType: 'imap',
			incomingServer: zones.eu.imap.host,
			incomingPort: String(zones.ca.imap.port),
			incomingEncryption: zones.ca.imap.security,
			outgoingServer: '',
			outgoingPort: '',
			outgoingEncryption: '',
			userName: 'jean',
			smtpAuth: false,
		};
		const { findings } = check(input, index, ca.zone);
		expect(findings.map((f) => [f.kind, f.fix])).toEqual([
			['other-zone', 'step-4-imap'],
			['user-name', 'imap-settings'],
			['smtp-auth-off', 'smtp-auth'],
		]);
		const texts = findings.map((f) => plain(message(w, f, regionName(en, ca.id))));
		expect(texts[0]).toBe(`${zones.eu.imap.host} is the ${zoneName(en, 'eu')} server; for Canada use ${zones.ca.imap.host}.`);
		expect(texts[1]).toMatch(/full email address/);
		expect(texts[2]).toMatch(/requires authentication/);
		for (const text of texts) expect(text).not.toMatch(/\bjean\b/);
	});
});

describe('no region chosen', () => {
	it('checks against every zone and names the zone the servers belong to', () => {
		const eu = checkAnyZone(correct('eu'), index);
		expect(eu).toMatchObject({ zones: ['eu'], guessed: true, findings: [] });
		const ca = checkAnyZone(correct('ca'), index);
		// Canada / Americas and Asia / Pacific share one server set.
		expect(ca).toMatchObject({ zones: ZONE_IDS.filter((z) => zones[z].imap.host === zones.ca.imap.host), guessed: true, findings: [] });
		const mixed = checkAnyZone({ ...correct('eu'), outgoingServer: zones.ca.smtp.host }, index);
		expect(mixed.findings).toHaveLength(1);
	});

	it('with no server typed, checks what every zone shares and asks for the region', () => {
		const result = checkAnyZone({ ...correct('eu'), incomingServer: '', outgoingServer: '', incomingEncryption: 'None' }, index);
		expect(result).toMatchObject({ guessed: false, zones: [...ZONE_IDS] });
		expect(result.findings.map((f) => f.kind)).toEqual(['encryption-none']);
	});
});

describe('words', () => {
	it('every finding kind has a template whose slots are all filled', () => {
		const finding = { got: 'x', expected: 'y', near: 'z', port: 1, protocol: 'imap', gotProtocol: 'pop', gotZones: ['eu'], realIn: ['eu'], nearZones: ['ca'] };
		for (const [kind, template] of Object.entries(en.checker.findings)) {
			const text = plain(message(w, { kind, field: 'incomingServer', fix: 'step-4-imap', ...finding } as unknown as Finding, 'Canada'));
			expect(text, kind).not.toMatch(/[{[\]}]|undefined/);
			expect(template, kind).not.toMatch(/user ?name\}/i);
		}
		for (const [key, template] of Object.entries(en.checker.ui)) expect(template, key).not.toMatch(/\{(?!n\}|where\}|title\})/);
	});

	it('the edit distance', () => {
		expect([distance('', 'abc'), distance('kitten', 'sitting'), distance('same', 'same')]).toEqual([3, 3, 0]);
	});
});

describe('error codes', () => {
	it('the registry takes ids that start with a digit, still only lower case', () => {
		const base = rawPlaces.find((p) => p.id === 'checklist')!;
		expect(() => parseRegistry([{ ...base, id: '0x800ccc0e' }])).not.toThrow();
		expect(() => parseRegistry([{ ...base, id: '0x800CCC0E' }])).toThrow(/lower-case letters, digits and hyphens/);
		expect(() => parseRegistry([{ ...base, id: '-0x800ccc0e' }])).toThrow(/lower-case letters, digits and hyphens/);
	});
	it('the browser gets the codes as a pattern and a page, not as a list', () => {
		const client = clientPlaces();
		expect(client.codes).toBe('/troubleshooting/');
		const listed = Object.keys(client.names);
		for (const { code } of ERROR_CODES) {
			expect(listed).not.toContain(code.toLowerCase());
			expect(byName.get(code.toLowerCase())?.page).toBe('/troubleshooting/');
			// The pattern src/scripts/guide-links.ts matches.
			expect(code.toLowerCase()).toMatch(/^0x\w{8}$/);
		}
		expect(listed).toContain('checker');
	});

	const page = readFileSync(join(import.meta.dirname, '../../content/docs/troubleshooting.mdx'), 'utf8');
	it('lists at least the reference’s 20 codes, each explained', () => {
		const reference = readFileSync(join(import.meta.dirname, '../fixtures/outlook-errors.reference.md'), 'utf8');
		const codes = [...reference.matchAll(/^\| (0x[0-9A-F]{8}) \|/gm)].map((m) => m[1]);
		expect(codes.length).toBeGreaterThanOrEqual(20);
		expect(ERROR_CODES.map((e) => e.code)).toEqual(expect.arrayContaining(codes));
		for (const { code } of ERROR_CODES) expect(en.errors.explanations[code].causes.length, code).toBeGreaterThan(0);
	});
	it('the page has one heading per code, in order, with the code in lower case as id', () => {
		const headings = [...page.matchAll(/^### (0x[0-9A-F]{8}): (.+) \{#(.+)\}$/gm)].map((m) => [m[1], m[2], m[3]]);
		expect(headings).toEqual(ERROR_CODES.map((e) => [e.code, en.errors.titles[e.code], e.code.toLowerCase()]));
		for (const { code } of ERROR_CODES) expect(page).toContain(`<ErrorCode code="${code}" />`);
	});
});
