/**
 * What each of Outlook's error codes means for an MX Plan account, as rich text that the page
 * renders (src/components/troubleshooting/ErrorCode.astro): plain strings, the reader's zone's
 * values (`{ server: 'imap' }` → host, port and security from the settings module, every zone
 * labelled without a region), Outlook's labels (`{ ui }`), codes and links to the exact step.
 * English only for now; one object per code, so a language catalogue can replace it whole.
 */
import type { Protocol } from '../settings/mail-settings';
import type { ErrorCode } from './codes';

export type RichPart =
	| string
	/** A server's host, port and security type in the reader's zone. */
	| { server: Protocol }
	/** One setting in the reader's zone. */
	| { value: Protocol; field: 'host' | 'port' | 'security' }
	/** A label of Outlook's, in bold. */
	| { ui: string }
	| { code: string }
	/** A link: a path with a registered #id on this site, or an absolute address. */
	| { link: string; text: string };
export type Rich = readonly RichPart[];

export interface Explanation {
	/** The name in the Windows SDK (imnxport.h), when it has one. */
	sdk: string | null;
	/** What Outlook means. */
	means: Rich;
	/** Likely causes for an MX Plan account, most likely first. */
	causes: readonly Rich[];
	/** What to do, with a link to the step or table that fixes it. */
	fix: Rich;
}

const STEP_IMAP = { link: '/add-account/#step-4-imap', text: 'Step 4 - IMAP' } as const;
const STEP_POP = { link: '/add-account/#step-4-pop', text: 'Step 4 - POP' } as const;
const IMAP_TABLE = { link: '/modify-settings/#imap-settings', text: 'the IMAP settings' } as const;
const POP_TABLE = { link: '/modify-settings/#pop-settings', text: 'the POP settings' } as const;
const SMTP_TABLE = { link: '/modify-settings/#smtp-settings', text: 'the SMTP settings' } as const;
const CHECKER = { link: '/troubleshooting/#checker', text: 'the settings checker' } as const;
const CHECKLIST = { link: '/troubleshooting/#checklist', text: 'the checklist' } as const;
const SMTP_AUTH = { link: '/troubleshooting/#smtp-auth', text: 'Turning on SMTP authentication' } as const;
const CHANGE = { link: '/modify-settings/#modifying-existing-settings', text: 'Modifying existing settings' } as const;
const LIMITS = { link: '/troubleshooting/#replies', text: 'Sending limits' } as const;

/** "IMAP: …; POP: …" — the incoming servers of the reader's zone. */
const INCOMING: Rich = ['for IMAP ', { server: 'imap' }, '; for POP ', { server: 'pop' }];
const OUTGOING: Rich = [{ server: 'smtp' }];
const FIREWALL: Rich = [
	'A firewall, antivirus or company network blocks the ports (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Try another network, such as a phone’s connection.',
];
const CREDENTIALS: Rich = [
	'The user name must be the full email address, and the password the email account’s own password (see ',
	IMAP_TABLE,
	').',
];
const SPAM: Rich = [
	'The account is blocked for spam: the OVHcloud Control Panel shows it in the email accounts’ list (see ',
	CHECKLIST,
	').',
];

export const EXPLANATIONS: Record<ErrorCode, Explanation> = {
	'0x800CCC0D': {
		sdk: 'CANT_FIND_HOST',
		means: ['Outlook cannot find the server: the name typed in the server field does not lead anywhere.'],
		causes: [
			['The server name is misspelt, or it is another zone’s. The incoming server is ', ...INCOMING, '; the outgoing server is ', ...OUTGOING, '.'],
			['The name ', { code: 'ssl0' }, ' exists only in Europe; outside Europe, use the names above.'],
			['The computer has no internet connection, or its DNS does not answer.'],
		],
		fix: ['Correct the server names as in ', STEP_IMAP, ' or ', STEP_POP, ', or let ', CHECKER, ' compare them.'],
	},
	'0x800CCC0E': {
		sdk: 'FAILED_TO_CONNECT',
		means: ['Outlook found the server but could not open a connection to it.'],
		causes: [
			['A wrong server or port: the incoming server is ', ...INCOMING, '; the outgoing server is ', ...OUTGOING, '.'],
			['The encryption does not match the port: every OVHcloud port here expects ', { value: 'imap', field: 'security' }, '.'],
			FIREWALL,
		],
		fix: ['Check the server, port and encryption in ', STEP_IMAP, ' or ', STEP_POP, '; ', CHECKER, ' names the wrong one.'],
	},
	'0x800CCC0F': {
		sdk: 'CONNECTION_DROPPED',
		means: ['The connection was open, then the server or the network ended it.'],
		causes: [
			['With POP (', { server: 'pop' }, '), Outlook checks for new mail more often than once a minute: OVHcloud cuts such connections off.'],
			['A message is larger than the size allowed, so sending stops halfway.'],
			['Network equipment (router, proxy, antivirus scanning mail) closes long connections.'],
		],
		fix: [
			'Check for new mail every few minutes at most (',
			{ ui: 'Send/Receive' },
			' → ',
			{ ui: 'Define Send/Receive Groups' },
			'), send large files another way, and try another network.',
		],
	},
	'0x800CCC13': {
		sdk: 'SOCKET_WRITE_ERROR',
		means: ['Outlook cannot read from or write to the network.'],
		causes: [['The local network or the Windows network stack, not the account settings.'], FIREWALL],
		fix: ['Restart the computer and the router, then try again; if it persists, try another network.'],
	},
	'0x800CCC18': {
		sdk: 'SICILY_LOGON_FAILED',
		means: ['Logging on failed with Microsoft’s own authentication method.'],
		causes: [[{ ui: 'Require logon using Secure Password Authentication (SPA)' }, ' is ticked: OVHcloud’s servers do not use SPA.']],
		fix: ['In the account’s settings (', CHANGE, '), untick ', { ui: 'Require logon using Secure Password Authentication (SPA)' }, '.'],
	},
	'0x800CCC19': {
		sdk: 'TIMEOUT',
		means: ['The server did not answer in time.'],
		causes: [['A slow or blocked network path.'], FIREWALL],
		fix: ['Check ', CHECKLIST, ' (the status page), then try again on another network.'],
	},
	'0x800CCC1A': {
		sdk: 'SECURE_CONNECT_FAILED',
		means: ['Outlook could not set up the encrypted connection.'],
		causes: [
			[
				'The encryption does not match the port: IMAP uses ',
				{ value: 'imap', field: 'port' },
				' with ',
				{ value: 'imap', field: 'security' },
				', POP ',
				{ value: 'pop', field: 'port' },
				' with ',
				{ value: 'pop', field: 'security' },
				', SMTP ',
				{ value: 'smtp', field: 'port' },
				' with ',
				{ value: 'smtp', field: 'security' },
				'.',
			],
			['An antivirus that scans encrypted mail gets in the way.'],
		],
		fix: ['Choose ', { value: 'imap', field: 'security' }, ' for each server, with the ports in ', STEP_IMAP, ' or ', STEP_POP, '.'],
	},
	'0x800CCC67': {
		sdk: 'SMTP_421_NOT_AVAILABLE',
		means: ['The outgoing server refused to take messages for now (server reply 421).'],
		causes: [['A temporary refusal: most often the sending limits were reached (see ', LIMITS, ').'], ['Maintenance or an incident (see ', CHECKLIST, ').']],
		fix: ['Wait, then send again; spread large mailings over several hours.'],
	},
	'0x800CCC78': {
		sdk: 'REJECTED_SENDER',
		means: ['The outgoing server refused the sender’s address.'],
		causes: [
			['The message is sent from an address that is not the account’s own (a ', { ui: 'From' }, ' field set to another address).'],
			['SMTP authentication is off, so the server does not know who is sending.'],
		],
		fix: ['Send from the account’s own address, and turn on SMTP authentication (', SMTP_AUTH, ').'],
	},
	'0x800CCC79': {
		sdk: 'REJECTED_RECIPIENTS',
		means: ['The outgoing server refused one or more recipients.'],
		causes: [
			['SMTP authentication is off: without it, the server relays nothing.'],
			['Some firewalls remove the authentication from the connection.'],
			['A recipient address is misspelt.'],
		],
		fix: ['Turn on SMTP authentication (', SMTP_AUTH, ') and check the outgoing server: ', ...OUTGOING, '.'],
	},
	'0x800CCC7D': {
		sdk: 'NO_STARTTLS_SUPPORT',
		means: ['Outlook asked the server to switch to encryption (STARTTLS) and the server does not offer it on that port.'],
		causes: [['STARTTLS is chosen for the outgoing server: on port ', { value: 'smtp', field: 'port' }, ' the connection is encrypted from the start.']],
		fix: ['Choose ', { value: 'smtp', field: 'security' }, ' for the outgoing server (', SMTP_TABLE, ').'],
	},
	'0x800CCC80': {
		sdk: null,
		means: ['“None of the authentication methods supported by this client are supported by your server.”'],
		causes: [['SMTP authentication is off.']],
		fix: [
			'Tick ',
			{ ui: 'My outgoing server (SMTP) requires authentication' },
			' and ',
			{ ui: 'Use same settings as my incoming mail server' },
			' (',
			SMTP_AUTH,
			').',
		],
	},
	'0x800CCC90': {
		sdk: 'POP3_RESPONSE_ERROR',
		means: ['The POP server answered with an error, often together with 0x800CCC92.'],
		causes: [CREDENTIALS, SPAM],
		fix: ['See ', { link: '/troubleshooting/#0x800ccc92', text: '0x800CCC92' }, '.'],
	},
	'0x800CCC91': {
		sdk: 'POP3_INVALID_USER_NAME',
		means: ['The POP server rejected the user name.'],
		causes: [['The user name is not the full email address (only the part before @, or another address).']],
		fix: ['Type the full email address as the user name (', POP_TABLE, ').'],
	},
	'0x800CCC92': {
		sdk: 'POP3_INVALID_PASSWORD',
		means: ['The POP server rejected the password.'],
		causes: [['The password is wrong, or was changed in the OVHcloud Control Panel since.'], SPAM],
		fix: ['Try the password in the webmail (see ', CHECKLIST, '), then type the same one in Outlook.'],
	},
	'0x800CCCD1': {
		sdk: 'IMAP_LOGINFAILURE',
		means: ['The IMAP server refused the login.'],
		causes: [CREDENTIALS, ['The password is wrong.'], SPAM],
		fix: ['Type the full email address and the password you use in the webmail (', IMAP_TABLE, ').'],
	},
	'0x80042108': {
		sdk: null,
		means: ['Outlook cannot connect to the incoming (POP) server.'],
		causes: [['A wrong server, port or encryption: POP is ', { server: 'pop' }, '.'], FIREWALL],
		fix: ['Check the incoming server in ', STEP_POP, ', or let ', CHECKER, ' compare it.'],
	},
	'0x80042109': {
		sdk: null,
		means: ['Outlook cannot connect to the outgoing (SMTP) server.'],
		causes: [['A wrong server, port or encryption: the outgoing server is ', ...OUTGOING, '.'], FIREWALL],
		fix: ['Check the outgoing server in ', SMTP_TABLE, ', or let ', CHECKER, ' compare it.'],
	},
	'0x8004210A': {
		sdk: null,
		means: ['Outlook timed out waiting for the incoming (POP) server.'],
		causes: [['A slow network.'], ['An antivirus that scans incoming mail holds the connection.']],
		fix: [
			'Raise the ',
			{ ui: 'Server Timeouts' },
			' slider (',
			{ ui: 'More Settings…' },
			' → ',
			{ ui: 'Advanced' },
			'), or turn off the antivirus’s mail scanning to test.',
		],
	},
	'0x8004210B': {
		sdk: null,
		means: ['Outlook timed out waiting for the outgoing (SMTP) server.'],
		causes: [['A slow network.'], ['A message stuck in the Outbox, for example a read receipt: delete it and send again.'], FIREWALL],
		fix: ['Empty the Outbox, then check the outgoing server: ', ...OUTGOING, ' (', SMTP_TABLE, ').'],
	},
};
