/**
 * Outlook's error codes that the troubleshooting page explains, in page order: the code as
 * Outlook shows it and a short title. The page's heading id is the code in lower case
 * (`#0x800ccc0e`); the link registry (src/links/places.ts) lists one place per code from here.
 * No dependencies: the registry's data imports it.
 */
export interface ErrorCodeEntry {
	/** As Outlook writes it: `0x` and eight upper-case hexadecimal digits. */
	code: string;
	/** What Outlook means, short: the heading reads "0x800CCC0E: cannot connect to the server". */
	title: string;
}

export const ERROR_CODES = [
	{ code: '0x800CCC0D', title: 'cannot find the server' },
	{ code: '0x800CCC0E', title: 'cannot connect to the server' },
	{ code: '0x800CCC0F', title: 'the server ended the connection' },
	{ code: '0x800CCC13', title: 'cannot read or write on the network' },
	{ code: '0x800CCC18', title: 'logon failed' },
	{ code: '0x800CCC19', title: 'the server did not answer in time' },
	{ code: '0x800CCC1A', title: 'cannot connect using SSL' },
	{ code: '0x800CCC67', title: 'the outgoing server refused for now' },
	{ code: '0x800CCC78', title: 'sender refused' },
	{ code: '0x800CCC79', title: 'recipient refused' },
	{ code: '0x800CCC7D', title: 'the server does not offer STARTTLS' },
	{ code: '0x800CCC80', title: 'no authentication method in common' },
	{ code: '0x800CCC90', title: 'the POP server returned an error' },
	{ code: '0x800CCC91', title: 'user name rejected' },
	{ code: '0x800CCC92', title: 'password rejected' },
	{ code: '0x800CCCD1', title: 'IMAP login failed' },
	{ code: '0x80042108', title: 'cannot connect to the incoming (POP) server' },
	{ code: '0x80042109', title: 'cannot connect to the outgoing (SMTP) server' },
	{ code: '0x8004210A', title: 'timed out waiting for the incoming (POP) server' },
	{ code: '0x8004210B', title: 'timed out waiting for the outgoing (SMTP) server' },
] as const satisfies readonly ErrorCodeEntry[];

export type ErrorCode = (typeof ERROR_CODES)[number]['code'];

/** The heading id of a code: `0x800ccc0e`. */
export const codeId = (code: string) => code.toLowerCase();

/** The heading text of a code, also the link registry's title. */
export const codeHeading = (entry: ErrorCodeEntry) => `${entry.code}: ${entry.title}`;
