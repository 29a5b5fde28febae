/**
 * English: every word the settings checker shows or copies. Messages are templates, one per
 * finding kind: `{name}` is replaced by a finding's value as text, `[name]` as code. `{where}` is
 * the region's name (or the zones' labels without a region), zone lists become their labels,
 * protocols their names (src/checker/messages.ts fills them, on the page and in the tests).
 * Host names, ports and security types are never typed here: they come in through the findings.
 * No template has a user-name slot: the user name never appears in a message or the summary.
 */
export default {
	findings: {
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
	},
	protocols: { imap: 'IMAP', pop: 'POP', smtp: 'outgoing (SMTP)' },
	ui: {
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
	},
	/** The form's fields. */
	labels: {
		accountType: 'Account type',
		incomingServer: 'Incoming server',
		incomingPort: 'Incoming port',
		incomingEncryption: 'Incoming encryption',
		outgoingServer: 'Outgoing server',
		outgoingPort: 'Outgoing port',
		outgoingEncryption: 'Outgoing encryption',
		userName: 'User name',
		smtpAuth: 'Outgoing server requires authentication',
	},
	/** The encryption choices (Outlook's own names; "Choose…" is the empty choice). */
	encryption: { choose: 'Choose…', none: 'None', auto: 'Auto' },
	form: {
		label: 'Your Outlook settings',
		incoming: 'Incoming mail',
		outgoing: 'Outgoing mail',
		results: 'Findings',
	},
	noJs: {
		intro: 'The checker needs JavaScript. Compare what your Outlook shows with these values; each zone is labelled: find yours.',
		imap: 'IMAP (incoming)',
		pop: 'POP (incoming)',
		smtp: 'SMTP (outgoing)',
		auth: 'The outgoing server requires authentication with the same user name and password.',
	},
};
