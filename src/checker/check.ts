/**
 * The settings checker's logic: pure, typed functions over the settings module's data (no DOM).
 * The reader types what their Outlook shows; `check` names every mistake against a zone's values,
 * as data (`Finding`); the words are in messages.ts.
 *
 * `indexSettings` turns the settings into the few lookups the checks need. The page computes it
 * at build time and hands it to its script as data, so the script stays small (no zod, no
 * settings module); the unit tests run the same functions on the same index.
 *
 * No region chosen: `checkAnyZone` checks against every zone and reports the zone the values fit
 * best (the fewest findings), with every zone that gives the same result; with no server typed,
 * the page asks for the region.
 */
import type { Protocol, Security, Zone, ZoneId } from '../settings/mail-settings';

export type AccountType = 'imap' | 'pop';
/** Outlook's choices for the encryption method (classic Outlook also offers "Auto"). */
export const ENCRYPTIONS = ['SSL/TLS', 'STARTTLS', 'None', 'Auto'] as const;
export type Encryption = (typeof ENCRYPTIONS)[number];

export interface CheckerInput {
	accountType: AccountType;
	incomingServer: string;
	incomingPort: string;
	/** '' while not chosen. */
	incomingEncryption: Encryption | '';
	outgoingServer: string;
	outgoingPort: string;
	outgoingEncryption: Encryption | '';
	userName: string;
	smtpAuth: boolean;
}
export type Field = keyof CheckerInput;

export interface ServerIndex {
	/** The host first, then its other names. */
	names: string[];
	port: number;
	security: Security;
}
export interface SettingsIndex {
	zones: Record<ZoneId, { auth: boolean } & Record<Protocol, ServerIndex>>;
	/** Every real server name → the zones that use it. */
	owners: Record<string, ZoneId[]>;
	/**
	 * Names that look real but do not exist → the zones where the real one is used: a zone's alias
	 * that other zones lack, under another zone's top-level domain (the Europe-only `ssl0` name
	 * under Canada's domain). Derived from the data, so the settings module stays the one source.
	 */
	missing: Record<string, ZoneId[]>;
}

const PROTOCOLS: Protocol[] = ['imap', 'pop', 'smtp'];

export function indexSettings(zones: Record<ZoneId, Zone>): SettingsIndex {
	const ids = Object.keys(zones) as ZoneId[];
	const index: SettingsIndex = { zones: {} as SettingsIndex['zones'], owners: {}, missing: {} };
	for (const id of ids) {
		const zone = zones[id];
		const server = (p: Protocol): ServerIndex => ({ names: [zone[p].host, ...zone[p].aliases], port: zone[p].port, security: zone[p].security });
		index.zones[id] = { auth: zone.smtp.requiresAuthentication, imap: server('imap'), pop: server('pop'), smtp: server('smtp') };
		for (const p of PROTOCOLS) for (const name of index.zones[id][p].names) if (!(index.owners[name] ??= []).includes(id)) index.owners[name].push(id);
	}
	const tld = (id: ZoneId) => zones[id].imap.host.split('.').pop()!;
	for (const id of ids)
		for (const p of PROTOCOLS)
			for (const alias of zones[id][p].aliases)
				for (const other of ids) {
					const name = alias.replace(/[^.]+$/, tld(other));
					if (!index.owners[name]) index.missing[name] = index.owners[alias]!;
				}
	return index;
}

/** Where a finding's fix is explained: a registered id (its page comes from the link registry). */
export type Fix = 'step-4-imap' | 'step-4-pop' | 'imap-settings' | 'pop-settings' | 'smtp-auth';

interface HostFinding {
	got: string;
	protocol: Protocol;
	expected: string;
}
export type Finding = { field: Field; fix: Fix } & (
	| ({ kind: 'other-zone'; gotZones: ZoneId[] } & HostFinding)
	| ({ kind: 'no-such-host'; realIn: ZoneId[] } & HostFinding)
	/** A misspelling of one of the zone's names (`near`). */
	| ({ kind: 'typo'; near: string } & HostFinding)
	/** A misspelling of another zone's name. */
	| ({ kind: 'typo-zone'; near: string; nearZones: ZoneId[] } & HostFinding)
	| ({ kind: 'wrong-protocol'; gotProtocol: Protocol } & HostFinding)
	/** Anything else, including an address with a scheme or a port (`https://…`, `…:993`). */
	| ({ kind: 'unknown-host' } & HostFinding)
	/** Another protocol's port of the same zone. */
	| { kind: 'other-port'; got: string; gotProtocol: Protocol; protocol: Protocol; expected: number }
	/** Any other port, or text that is not a number. */
	| { kind: 'wrong-port'; got: string; protocol: Protocol; expected: number }
	| { kind: 'encryption-none' | 'encryption-starttls' | 'encryption-auto'; got: Encryption; protocol: Protocol; port: number; expected: Security }
	| { kind: 'user-name' }
	| { kind: 'smtp-auth-off' }
);
export type FindingKind = Finding['kind'];

export interface CheckResult {
	/** The zone checked against first, then every zone that gives the same findings (zones sharing one server set). */
	zones: ZoneId[];
	/** Without a region: whether a server was typed (so the zone was picked from the values). */
	guessed?: boolean;
	findings: Finding[];
	/** How many fields are still empty (the check says nothing about them). */
	empty: number;
}

/** Trimmed, lower case, without a final dot (`" Example.ORG. "` → `example.org`). */
export const normaliseHost = (text: string) => text.trim().toLowerCase().replace(/\.$/, '');

/** Levenshtein distance. */
export function distance(a: string, b: string): number {
	let row = [...Array(b.length + 1).keys()];
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + +(a[i - 1] !== b[j - 1]));
		row = next;
	}
	return row[b.length]!;
}

/** The closest real name within 2 edits (3 for names longer than 12), or undefined. */
export function nearest(index: SettingsIndex, host: string): string | undefined {
	let best: string | undefined;
	let most = host.length > 12 ? 3 : 2;
	for (const name of Object.keys(index.owners)) {
		const d = distance(host, name);
		if (d <= most) [best, most] = [name, d - 1];
	}
	return best;
}

/** Where each field's fix is: step 4 of the account type, its settings table, or this page. */
export function fixFor(field: Field, accountType: AccountType): Fix {
	return field === 'userName' ? `${accountType}-settings` : field === 'smtpAuth' ? 'smtp-auth' : `step-4-${accountType}`;
}

/** Checks the values against one zone. Empty fields are listed, never reported as mistakes. */
export function check(input: CheckerInput, index: SettingsIndex, zone: ZoneId): CheckResult {
	const z = index.zones[zone];
	const findings: Finding[] = [];
	let empty = 0;
	const add = (field: Field, finding: object | false) => finding && findings.push({ field, fix: fixFor(field, input.accountType), ...finding } as Finding);
	for (const [side, protocol] of [
		['incoming', input.accountType],
		['outgoing', 'smtp'],
	] as const) {
		const server = z[protocol];
		const host = normaliseHost(input[`${side}Server`]);
		const port = input[`${side}Port`].trim();
		const encryption = input[`${side}Encryption`];
		const expected = server.names[0]!;
		if (!host) empty++;
		else if (!server.names.includes(host)) {
			const base = { got: host, protocol, expected };
			const other = PROTOCOLS.find((p) => z[p].names.includes(host));
			const near = nearest(index, host);
			add(
				`${side}Server`,
				other
						? { kind: 'wrong-protocol', gotProtocol: other, ...base }
						: index.owners[host]
							? { kind: 'other-zone', gotZones: index.owners[host], ...base }
							: index.missing[host]
								? { kind: 'no-such-host', realIn: index.missing[host], ...base }
								: !near
									? { kind: 'unknown-host', ...base }
									: !index.owners[near]!.includes(zone)
										? { kind: 'typo-zone', near, nearZones: index.owners[near], ...base }
										: { kind: 'typo', near, ...base },
			);
		}
		if (!port) empty++;
		// Text that is not a number is NaN, never equal to a port.
		else if (+port !== server.port) {
			const other = PROTOCOLS.find((p) => z[p].port === +port);
			add(`${side}Port`, { kind: other ? 'other-port' : 'wrong-port', got: port, gotProtocol: other, protocol, expected: server.port });
		}
		if (!encryption) empty++;
		else if (encryption !== server.security)
			add(`${side}Encryption`, { kind: `encryption-${encryption.toLowerCase()}`, got: encryption, protocol, port: server.port, expected: server.security });
	}
	const user = input.userName.trim();
	if (!user) empty++;
	else add('userName', !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(user) && { kind: 'user-name' });
	add('smtpAuth', !input.smtpAuth && z.auth && { kind: 'smtp-auth-off' });
	return { zones: [zone], findings, empty };
}

/**
 * No region chosen: checks against every zone and keeps the zone with the fewest findings (the
 * first in zone order on a tie), with every zone that gives the very same findings. `guessed` says
 * whether a server was typed: without one, nothing tells the zones apart (then, with the same
 * ports and security everywhere, every zone gives the same findings and all are listed).
 */
export function checkAnyZone(input: CheckerInput, index: SettingsIndex): CheckResult {
	const results = (Object.keys(index.zones) as ZoneId[]).map((zone) => check(input, index, zone));
	const key = (result: CheckResult) => JSON.stringify(result.findings);
	const best = results.reduce((a, b) => (b.findings.length < a.findings.length ? b : a));
	return { ...best, zones: results.filter((r) => key(r) === key(best)).map((r) => r.zones[0]!), guessed: !!(input.incomingServer + input.outgoingServer).trim() };
}
