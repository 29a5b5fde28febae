/**
 * Outlook's error codes that the troubleshooting page explains, in page order: the code as
 * Outlook shows it and its name in the Windows SDK (imnxport.h), where it has one. The page's
 * heading id is the code in lower case (`#0x800ccc0e`); the link registry (src/links/places.ts)
 * lists one place per code from here. Titles and explanations are words, in the catalogues
 * (`errors`). No dependencies: the registry's data imports it.
 */
export interface ErrorCodeEntry {
	/** As Outlook writes it: `0x` and eight upper-case hexadecimal digits. */
	code: string;
	/** The name in the Windows SDK, when it has one. */
	sdk: string | null;
}

export const ERROR_CODES = [
	{ code: '0x800CCC0D', sdk: 'CANT_FIND_HOST' },
	{ code: '0x800CCC0E', sdk: 'FAILED_TO_CONNECT' },
	{ code: '0x800CCC0F', sdk: 'CONNECTION_DROPPED' },
	{ code: '0x800CCC13', sdk: 'SOCKET_WRITE_ERROR' },
	{ code: '0x800CCC18', sdk: 'SICILY_LOGON_FAILED' },
	{ code: '0x800CCC19', sdk: 'TIMEOUT' },
	{ code: '0x800CCC1A', sdk: 'SECURE_CONNECT_FAILED' },
	{ code: '0x800CCC67', sdk: 'SMTP_421_NOT_AVAILABLE' },
	{ code: '0x800CCC78', sdk: 'REJECTED_SENDER' },
	{ code: '0x800CCC79', sdk: 'REJECTED_RECIPIENTS' },
	{ code: '0x800CCC7D', sdk: 'NO_STARTTLS_SUPPORT' },
	{ code: '0x800CCC80', sdk: null },
	{ code: '0x800CCC90', sdk: 'POP3_RESPONSE_ERROR' },
	{ code: '0x800CCC91', sdk: 'POP3_INVALID_USER_NAME' },
	{ code: '0x800CCC92', sdk: 'POP3_INVALID_PASSWORD' },
	{ code: '0x800CCCD1', sdk: 'IMAP_LOGINFAILURE' },
	{ code: '0x80042108', sdk: null },
	{ code: '0x80042109', sdk: null },
	{ code: '0x8004210A', sdk: null },
	{ code: '0x8004210B', sdk: null },
] as const satisfies readonly ErrorCodeEntry[];

export type ErrorCode = (typeof ERROR_CODES)[number]['code'];

/** The heading id of a code: `0x800ccc0e`. */
export const codeId = (code: string) => code.toLowerCase();
