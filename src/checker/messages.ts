/**
 * Every word the settings checker shows or copies (English; a language catalogue can replace this
 * module whole). Messages are typed templates, one per finding kind: `{name}` is replaced by a
 * finding's value as text, `[name]` as code. `{where}` is the region's name (or the zones' labels
 * without a region), zone lists become their labels, protocols their names. The page hands the
 * templates to its script as data, so the script carries no words; `message` is the one function
 * that fills them, on the page and in the tests.
 *
 * Host names, ports and security types are never typed here: they come in through the findings,
 * from the settings module. No template has a user-name slot: the user name never appears in a
 * message or in the copied summary.
 */
import type { Protocol, ZoneId } from '../settings/mail-settings';
import type { Encryption, Field, Finding, FindingKind, SettingsIndex } from './check';

/** One finding's template per kind. */
export const FINDINGS: Record<FindingKind, string> = {
	'other-zone': '[got] is the {gotZones} server; for {where} use [expected].',
	'no-such-host': '[got] does not exist: that name is used only in {realIn}. For {where} use [expected].',
	typo: '[got] looks like a misspelling: the {protocol} server is [expected].',
	'typo-zone': '[got] looks like a misspelling of [near], a {nearZones} server; for {where} use [expected].',
	'wrong-protocol': '[got] is the {gotProtocol} server; the {protocol} server is [expected].',
	'unknown-host': '[got] is not an OVHcloud MX Plan server name (type the name only, without “https://” or a port); for {where}, the {protocol} server is [expected].',
	'other-port': 'Port [got] is the {gotProtocol} port; the {protocol} port is [expected].',
	'wrong-port': 'Port [got] is not the {protocol} port: use [expected].',
	'encryption-none': '“None” would send your password unencrypted, and the server refuses it. Choose [expected] for the {protocol} server.',
	'encryption-starttls': 'STARTTLS does not work on port [port]: the connection is encrypted from the start. Choose [expected] for the {protocol} server.',
	'encryption-auto': '“Auto” lets Outlook pick a method that may not work. Choose [expected] for the {protocol} server.',
	'user-name': 'The user name must be the full email address (name@your-domain), not only the part before the @.',
	'smtp-auth-off': 'Turn SMTP authentication on: tick “My outgoing server (SMTP) requires authentication” and “Use same settings as my incoming mail server”.',
};

export const PROTOCOL_NAMES: Record<Protocol, string> = { imap: 'IMAP', pop: 'POP', smtp: 'outgoing (SMTP)' };

/** The page's other words; `{n}`, `{where}` and `{zones}` are filled in the same way. */
export const UI = {
	start: 'Type what your Outlook shows: the findings appear here as you type.',
	one: '1 mistake found',
	many: '{n} mistakes found',
	allGood: 'Everything matches the settings for {where}. If Outlook still fails, check the password (try it in the webmail), then the checklist.',
	soFar: 'No mistakes so far; some fields are still empty.',
	checkedAgainst: 'Checked against the settings for {where}.',
	guessed: 'No region chosen: your values fit {where} best, so they are checked against it. Choose your region with the flag at the top right to be sure.',
	askRegion: 'No region chosen: choose yours with the flag at the top right, or type a server, to check the server names.',
	fixLink: 'How to fix it: {title}',
	copy: 'Copy findings',
	copied: 'Findings copied',
	copyFailed: 'Copy failed',
	/** The copied summary's first line; then the region line, the status, each finding and its link. */
	summaryTitle: 'Outlook settings check (MX Plan)',
} as const;

/** The form's labels (the wording) and Outlook's choices. */
export const LABELS: Record<Field, string> = {
	accountType: 'Account type',
	incomingServer: 'Incoming server',
	incomingPort: 'Incoming port',
	incomingEncryption: 'Incoming encryption',
	outgoingServer: 'Outgoing server',
	outgoingPort: 'Outgoing port',
	outgoingEncryption: 'Outgoing encryption',
	userName: 'User name',
	smtpAuth: 'Outgoing server requires authentication',
};
export const ENCRYPTION_LABELS: Record<Encryption | '', string> = { '': 'Choose…', 'SSL/TLS': 'SSL/TLS', STARTTLS: 'STARTTLS', None: 'None', Auto: 'Auto' };

/** A filled message: text, and values to show as code. */
export type Part = string | { code: string };

/** What the page's script gets: the templates and the names to fill them with. */
export interface Words {
	findings: Record<string, string>;
	ui: Record<keyof typeof UI, string>;
	protocols: Record<string, string>;
	zones: Record<string, string>;
}

export const words = (index: SettingsIndex): Words => ({
	findings: FINDINGS,
	ui: UI,
	protocols: PROTOCOL_NAMES,
	zones: Object.fromEntries(Object.entries(index.zones).map(([id, zone]) => [id, zone.label])),
});

/**
 * Fills a template: `{name}` with text, `[name]` as code. A value that is a list of zone ids
 * becomes their labels ("Canada / Americas and Asia / Pacific"); a protocol id its name.
 */
export function fill(w: Words, template: string, values: Record<string, unknown>): Part[] {
	return template.split(/(\{\w+\}|\[\w+\])/).map((piece, i) => {
		if (i % 2 === 0) return piece;
		const name = piece.slice(1, -1);
		const value = values[name];
		const text = Array.isArray(value)
			? value.map((zone: ZoneId) => w.zones[zone]).join(' and ')
			: /rotocol$/.test(name)
				? w.protocols[value as string]!
				: String(value);
		return piece[0] === '[' ? { code: text } : text;
	});
}

/** A finding in plain words; `where` is the region's name, or the zones' labels. */
export const message = (w: Words, finding: Finding, where: string) => fill(w, w.findings[finding.kind]!, { ...finding, where });

/** Parts as plain text (the announcement and the copied summary). */
export const plain = (parts: Part[]) => parts.map((part) => (typeof part === 'string' ? part : part.code)).join('');
