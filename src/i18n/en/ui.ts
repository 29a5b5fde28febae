/**
 * English: the words of the site's own components (see src/i18n/catalogue.ts for the rules every
 * language's catalogue follows). `{name}` is a placeholder the component fills; keep each one.
 */
export default {
	site: {
		title: 'MX Plan in Outlook for Windows',
		description: 'Configure your OVHcloud MX Plan email address in Outlook for Windows, with the server settings of your region.',
	},
	/** Page titles: the sidebar, the link index's groups. Each page's own title is in its frontmatter. */
	pages: {
		'/': 'Start here',
		'/add-account/': 'Adding the account',
		'/modify-settings/': 'Modifying existing settings',
		'/troubleshooting/': 'When Outlook can’t send or receive',
		'/pop-or-imap/': 'POP or IMAP, what’s the difference?',
		'/download-settings/': 'Download your settings',
		'/links/': 'Links for support agents',
	},
	sidebar: { support: 'For support agents' },
	/** Region names (the settings module's region ids). */
	regions: {
		ca: 'Canada',
		world: 'International (Americas and other countries)',
		fr: 'France',
		gb: 'United Kingdom',
		ie: 'Ireland',
		de: 'Germany',
		es: 'Spain',
		it: 'Italy',
		pl: 'Poland',
		pt: 'Portugal',
		au: 'Australia',
		sg: 'Singapore',
		asia: 'Asia',
	},
	/** Zone labels (the settings module's zone ids). */
	zones: { eu: 'Europe / Africa', ca: 'Canada / Americas', apac: 'Asia / Pacific' },
	/** Joins two or more zone labels: "Canada / Americas and Asia / Pacific". */
	and: ' and ',
	/** The colon after a label (“Europe / Africa: …”), with the language’s spacing. */
	colon: ':',
	/** Outlook names (the Outlook choice's values). */
	outlooks: { classic: 'Classic Outlook', new: 'New Outlook' },
	/** The region choice: picker, prompt, notices, announcements. */
	region: {
		label: 'Region for the mail settings',
		placeholder: 'Choose your region',
		promptTitle: 'Choose your country or region',
		promptText: 'The mail servers depend on where your MX Plan service was ordered. Until you choose, every value on this page is shown for every zone, labelled with the zone.',
		unknown: 'This address asks for the region “{value}”, which this guide does not know. Choose your region below.',
		announce: 'Showing the settings for {name} ({group}).',
		noJs: '{strong}, so this page cannot follow your region: every setting is shown for every zone, labelled with the zone. Your zone:',
		noJsStrong: 'JavaScript is off',
		noJsLabel: 'Region',
		currentNone: 'No region chosen yet: every value is shown for every zone, labelled.',
		currentChosen: 'Settings shown for {icon} {name} · {group}',
		currentChange: 'Not your region? Change it with the flag at the top right.',
		/** The warning before the steps: check the flag (with JavaScript), or find your zone in the list at the top (without). */
		checkTitle: 'Check the flag first',
		checkText: 'Before you start configuring your services using this guide, make sure that the flag at the top right of this page matches your country or region, as the settings depend on your location.',
		checkTitleNoJs: 'Use your zone’s settings',
		checkTextNoJs: 'Before you start configuring your services using this guide, find your country or region in the list at the top of this page, then use only the settings labelled with its zone: the settings depend on your location.',
		printLabel: 'Printed settings',
		printChosen: 'These settings are for {name} ({zone} servers). Check that this is the country or region where your MX Plan service was ordered.',
		printNone: 'No region chosen: every value is printed for every zone, labelled with its zone.',
	},
	/** The Outlook choice: picker, prompt, help, notices, announcements. */
	outlookChoice: {
		label: 'Outlook for Windows',
		placeholder: 'Choose your Outlook',
		promptTitle: 'Which Outlook do you use?',
		promptText: 'Classic Outlook and the new Outlook add an account in different ways. Until you choose, the instructions for both are shown, each labelled.',
		/** How to tell them apart: `{file}` is classic Outlook's File menu. */
		help: 'Not sure? Type “Outlook” in the Windows search bar: classic Outlook is listed as “Outlook (classic)”, the new one as “Outlook” alone. The new Outlook also has no {file} menu.',
		unknown: 'This address asks for the Outlook “{value}”, which this guide does not know. Choose your Outlook.',
		announce: 'Showing the instructions for {name}.',
		linkNotice: 'This link leads to instructions for {name}, so those are shown.',
		back: 'Show {name} instead',
		noJs: 'The instructions for classic Outlook and for the new Outlook are both shown, each labelled.',
		currentNone: 'No Outlook chosen yet: the instructions for both are shown, each labelled.',
		currentChosen: 'Instructions shown for {icon} {name}',
		currentChange: 'Not your Outlook? Change it at the top right, beside the flag.',
		printChosen: 'These instructions are for {name}.',
		printNone: 'No Outlook chosen: the instructions for classic Outlook and the new Outlook are both printed, each labelled.',
	},
	/** A region whose language is not the page's: the link to this language's page, written in this language. */
	offer: 'This guide is also in English: {link}',
	offerLink: 'read this page in English',
	/** The translation offer's name and its button. */
	offerLabel: 'Other languages',
	close: 'Close',
	/** The settings tables (SettingsTable). */
	table: {
		information: 'Information',
		description: 'Description',
		userName: 'User name',
		userNameValue: 'Enter {value}',
		fullAddress: 'the full email address',
		password: 'Password',
		passwordValue: 'Enter the password for the email account',
		serverIncoming: 'Server (incoming)',
		serverOutgoing: 'Server (outgoing)',
		otherName: 'Other name of the same server',
		otherNameNone: 'none (use the server name above)',
		port: 'Port',
		security: 'Security type',
		none: 'none',
	},
	/** What to type in a step (ServerStep): "In Incoming mail, type:". */
	serverStep: { type: 'In {block}, type:' },
	otherNames: {
		some: 'In the following settings, you can enter 2 different host names for the same server (incoming or outgoing): the one shown, or {names}. These values refer to the same server, and have been set up to facilitate typing and avoid confusion between POP, IMAP and SMTP protocols that use different ports.',
		none: 'In the following settings, each server (incoming or outgoing) has one host name only: type it exactly as shown. POP, IMAP and SMTP each have their own host name and port, which avoids confusion between them.',
	},
	downloads: {
		imapProfile: 'IMAP profile',
		popProfile: 'POP profile',
		/** Visually hidden after each link: makes the all-zones list's links unique. */
		forRegion: ' for {region}',
		dnsZone: 'DNS zone of {domain}',
	},
	/** Step tabs: the tab list's name, per set of steps. */
	steps: { classic: 'Steps of adding the account', 'classic-manual': 'Steps in the older Add Account window', new: 'Steps of adding the account in the new Outlook' },
	/** Copy-link buttons and the announcements of the link script. */
	copy: {
		label: 'Copy link',
		to: ' to “{title}”',
		copied: 'Copied',
		failed: 'Copy failed',
		announceCopied: 'Link to “{title}” copied',
		announceFailed: 'Copy failed: {url}',
	},
	linkIndex: {
		/** The pickers' empty choice: the link leaves it to the reader. */
		none: 'None (the reader chooses)',
		/** A place that is the same for every value of a choice (both Outlooks). */
		every: 'Both',
		place: 'Place',
		id: 'Id',
		link: 'Link',
		copy: 'Copy',
		also: 'also {aliases}',
	},
	errorCode: {
		/** An error code’s heading (and its place’s title): “0x800CCC0E: cannot connect to the server”. */
		heading: '{code}: {title}',
		also: 'Also written {code}',
		windowsName: 'Windows name {name}',
		means: 'What Outlook means.',
		causes: 'Likely causes',
		fix: 'Fix.',
		/** A server's three values in a sentence: "<host>, port <port>, <security>". */
		server: '{host}, port {port}, {security}',
	},
	illustration: { badge: 'Illustration', diagram: 'Diagram' },
};
