/**
 * English: what each of Outlook's error codes means for an MX Plan account (the troubleshooting
 * page). Rich text (src/i18n/rich.ts): plain strings, and parts the page fills in:
 * `{ server: 'imap' }` (host, port and security of the reader's zone), `{ value: 'smtp', field: 'port' }`,
 * `{ ui: 'classic.spa' }` (an Outlook label from outlook.ts, in bold), `{ code: 'ssl0' }` and
 * `{ place: 'imap-settings' }` (a link to a registered place, with its title, or `text`) and
 * `{ page: '/modify-settings/' }` (a link to a page, with its title). A language may
 * reorder the parts, but keeps every one that is not a string.
 */
import type { Rich } from '../rich';

/** "for IMAP …; for POP …": the incoming servers of the reader's zone. */
const INCOMING: Rich = ['for IMAP ', { server: 'imap' }, '; for POP ', { server: 'pop' }];
const FIREWALL: Rich = [
	'A firewall, antivirus or company network blocks the ports (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Try another network, such as a phone’s connection.',
];
const CREDENTIALS: Rich = ['The user name must be the full email address, and the password the email account’s own password (see ', { place: 'imap-settings', text: 'the IMAP settings' }, ').'];
const SPAM: Rich = ['The account is blocked for spam: the OVHcloud Control Panel shows it in the email accounts’ list (see ', { place: 'checklist', text: 'the checklist' }, ').'];

export default {
	/** Each code's short title: the heading reads "0x800CCC0E: cannot connect to the server". */
	titles: {
		'0x800CCC0D': 'cannot find the server',
		'0x800CCC0E': 'cannot connect to the server',
		'0x800CCC0F': 'the server ended the connection',
		'0x800CCC13': 'cannot read or write on the network',
		'0x800CCC18': 'logon failed',
		'0x800CCC19': 'the server did not answer in time',
		'0x800CCC1A': 'cannot connect using SSL',
		'0x800CCC67': 'the outgoing server refused for now',
		'0x800CCC78': 'sender refused',
		'0x800CCC79': 'recipient refused',
		'0x800CCC7D': 'the server does not offer STARTTLS',
		'0x800CCC80': 'no authentication method in common',
		'0x800CCC90': 'the POP server returned an error',
		'0x800CCC91': 'user name rejected',
		'0x800CCC92': 'password rejected',
		'0x800CCCD1': 'IMAP login failed',
		'0x80042108': 'cannot connect to the incoming (POP) server',
		'0x80042109': 'cannot connect to the outgoing (SMTP) server',
		'0x8004210A': 'timed out waiting for the incoming (POP) server',
		'0x8004210B': 'timed out waiting for the outgoing (SMTP) server',
	},
	explanations: {
		'0x800CCC0D': {
			means: ['Outlook cannot find the server: the name typed in the server field does not lead anywhere.'],
			causes: [
				['The server name is misspelt, or it is another zone’s. The incoming server is ', ...INCOMING, '; the outgoing server is ', { server: 'smtp' }, '.'],
				['The name ', { code: 'ssl0' }, ' exists only in Europe; outside Europe, use the names above.'],
				['The computer has no internet connection, or its DNS does not answer.'],
			],
			fix: ['Correct the server names (', { place: 'imap-settings', text: 'the IMAP settings' }, ', ', { place: 'pop-settings', text: 'the POP settings' }, '), or let ', { place: 'checker', text: 'the settings checker' }, ' compare them.'],
		},
		'0x800CCC0E': {
			means: ['Outlook found the server but could not open a connection to it.'],
			causes: [
				['A wrong server or port: the incoming server is ', ...INCOMING, '; the outgoing server is ', { server: 'smtp' }, '.'],
				['The encryption does not match the port: every OVHcloud port here expects ', { value: 'imap', field: 'security' }, '.'],
				FIREWALL,
			],
			fix: ['Check the server, port and encryption against ', { place: 'imap-settings', text: 'the IMAP settings' }, ' or ', { place: 'pop-settings', text: 'the POP settings' }, '; ', { place: 'checker', text: 'the settings checker' }, ' names the wrong one.'],
		},
		'0x800CCC0F': {
			means: ['The connection was open, then the server or the network ended it.'],
			causes: [
				['With POP (', { server: 'pop' }, '), Outlook checks for new mail more often than once a minute: OVHcloud cuts such connections off.'],
				['A message is larger than the size allowed, so sending stops halfway.'],
				['Network equipment (router, proxy, antivirus scanning mail) closes long connections.'],
			],
			fix: ['Check for new mail every few minutes at most (', { ui: 'classic.sendReceive' }, ' → ', { ui: 'classic.sendReceiveGroups' }, '), send large files another way, and try another network.'],
		},
		'0x800CCC13': {
			means: ['Outlook cannot read from or write to the network.'],
			causes: [['The local network or the Windows network stack, not the account settings.'], FIREWALL],
			fix: ['Restart the computer and the router, then try again; if it persists, try another network.'],
		},
		'0x800CCC18': {
			means: ['Logging on failed with Microsoft’s own authentication method.'],
			causes: [[{ ui: 'classic.spa' }, ' is ticked: OVHcloud’s servers do not use SPA.']],
			fix: ['In the account’s settings (', { page: '/modify-settings/' }, '), untick ', { ui: 'classic.spa' }, '.'],
		},
		'0x800CCC19': {
			means: ['The server did not answer in time.'],
			causes: [['A slow or blocked network path.'], FIREWALL],
			fix: ['Check ', { place: 'checklist', text: 'the checklist' }, ' (the status page), then try again on another network.'],
		},
		'0x800CCC1A': {
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
			fix: ['Choose ', { value: 'imap', field: 'security' }, ' for each server, with the ports of ', { place: 'imap-settings', text: 'the IMAP settings' }, ' or ', { place: 'pop-settings', text: 'the POP settings' }, '.'],
		},
		'0x800CCC67': {
			means: ['The outgoing server refused to take messages for now (server reply 421).'],
			causes: [['A temporary refusal: most often the sending limits were reached (see ', { place: 'replies', text: 'Sending limits' }, ').'], ['Maintenance or an incident (see ', { place: 'checklist', text: 'the checklist' }, ').']],
			fix: ['Wait, then send again; spread large mailings over several hours.'],
		},
		'0x800CCC78': {
			means: ['The outgoing server refused the sender’s address.'],
			causes: [
				['The message is sent from an address that is not the account’s own (a ', { ui: 'classic.from' }, ' field set to another address).'],
				['SMTP authentication is off, so the server does not know who is sending.'],
			],
			fix: ['Send from the account’s own address, and turn on SMTP authentication (', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC79': {
			means: ['The outgoing server refused one or more recipients.'],
			causes: [
				['SMTP authentication is off: without it, the server relays nothing.'],
				['Some firewalls remove the authentication from the connection.'],
				['A recipient address is misspelt.'],
			],
			fix: ['Turn on SMTP authentication (', { place: 'smtp-auth' }, ') and check the outgoing server: ', { server: 'smtp' }, '.'],
		},
		'0x800CCC7D': {
			means: ['Outlook asked the server to switch to encryption (STARTTLS) and the server does not offer it on that port.'],
			causes: [['STARTTLS is chosen for the outgoing server: on port ', { value: 'smtp', field: 'port' }, ' the connection is encrypted from the start.']],
			fix: ['Choose ', { value: 'smtp', field: 'security' }, ' for the outgoing server (', { place: 'smtp-settings', text: 'the SMTP settings' }, ').'],
		},
		'0x800CCC80': {
			means: ['“None of the authentication methods supported by this client are supported by your server.”'],
			causes: [['SMTP authentication is off.']],
			fix: ['Tick ', { ui: 'classic.smtpAuth' }, ' and ', { ui: 'classic.sameSettings' }, ' (', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC90': {
			means: ['The POP server answered with an error, often together with 0x800CCC92.'],
			causes: [CREDENTIALS, SPAM],
			fix: ['See ', { place: '0x800ccc92', text: '0x800CCC92' }, '.'],
		},
		'0x800CCC91': {
			means: ['The POP server rejected the user name.'],
			causes: [['The user name is not the full email address (only the part before @, or another address).']],
			fix: ['Type the full email address as the user name (', { place: 'pop-settings', text: 'the POP settings' }, ').'],
		},
		'0x800CCC92': {
			means: ['The POP server rejected the password.'],
			causes: [['The password is wrong, or was changed in the OVHcloud Control Panel since.'], SPAM],
			fix: ['Try the password in the webmail (see ', { place: 'checklist', text: 'the checklist' }, '), then type the same one in Outlook.'],
		},
		'0x800CCCD1': {
			means: ['The IMAP server refused the login.'],
			causes: [CREDENTIALS, ['The password is wrong.'], SPAM],
			fix: ['Type the full email address and the password you use in the webmail (', { place: 'imap-settings', text: 'the IMAP settings' }, ').'],
		},
		'0x80042108': {
			means: ['Outlook cannot connect to the incoming (POP) server.'],
			causes: [['A wrong server, port or encryption: POP is ', { server: 'pop' }, '.'], FIREWALL],
			fix: ['Check the incoming server against ', { place: 'pop-settings', text: 'the POP settings' }, ', or let ', { place: 'checker', text: 'the settings checker' }, ' compare it.'],
		},
		'0x80042109': {
			means: ['Outlook cannot connect to the outgoing (SMTP) server.'],
			causes: [['A wrong server, port or encryption: the outgoing server is ', { server: 'smtp' }, '.'], FIREWALL],
			fix: ['Check the outgoing server in ', { place: 'smtp-settings', text: 'the SMTP settings' }, ', or let ', { place: 'checker', text: 'the settings checker' }, ' compare it.'],
		},
		'0x8004210A': {
			means: ['Outlook timed out waiting for the incoming (POP) server.'],
			causes: [['A slow network.'], ['An antivirus that scans incoming mail holds the connection.']],
			fix: ['Raise the ', { ui: 'classic.serverTimeouts' }, ' slider (', { ui: 'classic.moreSettings' }, ' → ', { ui: 'classic.advancedTab' }, '), or turn off the antivirus’s mail scanning to test.'],
		},
		'0x8004210B': {
			means: ['Outlook timed out waiting for the outgoing (SMTP) server.'],
			causes: [['A slow network.'], ['A message stuck in the ', { ui: 'classic.outbox' }, ', for example a read receipt: delete it and send again.'], FIREWALL],
			fix: ['Empty the ', { ui: 'classic.outbox' }, ', then check the outgoing server: ', { server: 'smtp' }, ' (', { place: 'smtp-settings', text: 'the SMTP settings' }, ').'],
		},
	},
} satisfies { titles: Record<string, string>; explanations: Record<string, { means: Rich; causes: Rich[]; fix: Rich }> };
