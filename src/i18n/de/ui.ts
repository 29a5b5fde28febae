/**
 * German: the words of the site's own components (see src/i18n/catalogue.ts for the rules every
 * language's catalogue follows). `{name}` is a placeholder the component fills; keep each one.
 */
export default {
	site: {
		title: 'MX Plan in Outlook für Windows',
		description: 'Richten Sie Ihre MX Plan E-Mail-Adresse von OVHcloud in Outlook für Windows ein, mit den Servereinstellungen Ihrer Region.',
	},
	/** Page titles: the sidebar, the link index's groups. Each page's own title is in its frontmatter. */
	pages: {
		'/': 'Einstieg',
		'/add-account/': 'E-Mail-Konto hinzufügen',
		'/modify-settings/': 'Bestehende Einstellungen ändern',
		'/troubleshooting/': 'Wenn Outlook nicht senden oder empfangen kann',
		'/pop-or-imap/': 'POP oder IMAP – was ist der Unterschied?',
		'/download-settings/': 'Einstellungen herunterladen',
		'/links/': 'Links für das Support-Team',
	},
	sidebar: { support: 'Für das Support-Team' },
	/** Region names (the settings module's region ids). */
	regions: {
		ca: 'Kanada',
		world: 'International (Amerika und andere Länder)',
		fr: 'Frankreich',
		gb: 'Vereinigtes Königreich',
		ie: 'Irland',
		de: 'Deutschland',
		es: 'Spanien',
		it: 'Italien',
		pl: 'Polen',
		pt: 'Portugal',
		au: 'Australien',
		sg: 'Singapur',
		asia: 'Asien',
	},
	/** Zone labels (the settings module's zone ids). */
	zones: { eu: 'Europa / Afrika', ca: 'Kanada / Amerika', apac: 'Asien / Pazifik' },
	/** Joins two or more zone labels: „Kanada / Amerika und Asien / Pazifik“. */
	and: ' und ',
	/** The colon after a label („Europa / Afrika: …“), in German with no space before it. */
	colon: ':',
	/** The names of the two Outlook versions (the Outlook choice's values). */
	outlooks: { classic: 'Klassisches Outlook', new: 'Neues Outlook' },
	/** The region choice: picker, prompt, notices, announcements. */
	region: {
		label: 'Region für die E-Mail-Einstellungen',
		placeholder: 'Wählen Sie Ihre Region',
		promptTitle: 'Wählen Sie Ihr Land oder Ihre Region',
		promptText: 'Die E-Mail-Server hängen davon ab, wo Ihr MX Plan Dienst bestellt wurde. Solange Sie keine Auswahl treffen, wird jeder Wert auf dieser Seite für alle Zonen angezeigt, jeweils mit der Zone gekennzeichnet.',
		unknown: 'Die aufgerufene Adresse nennt die Region „{value}“, die diese Anleitung nicht kennt. Wählen Sie unten Ihre Region.',
		announce: 'Angezeigt werden die Einstellungen für die Region {name} ({group}).',
		noJs: '{strong}, daher kann sich diese Seite nicht nach Ihrer Region richten: Jede Einstellung wird für alle Zonen angezeigt, jeweils mit der Zone gekennzeichnet. Ihre Zone:',
		noJsStrong: 'JavaScript ist deaktiviert',
		noJsLabel: 'Region',
		currentNone: 'Noch keine Region ausgewählt: Jeder Wert wird für alle Zonen angezeigt, jeweils gekennzeichnet.',
		currentChosen: 'Angezeigte Einstellungen: {icon} {name} · {group}',
		currentChange: 'Nicht Ihre Region? Ändern Sie sie über die Flagge oben rechts.',
		checkTitle: 'Prüfen Sie zuerst die Flagge',
		checkText: 'Bevor Sie Ihre Dienste mithilfe dieser Anleitung einrichten, vergewissern Sie sich, dass die Flagge oben rechts auf dieser Seite Ihrem Land bzw. Ihrer Region entspricht, denn die Einstellungen hängen von Ihrem Standort ab.',
		checkTitleNoJs: 'Verwenden Sie die Einstellungen Ihrer Zone',
		checkTextNoJs: 'Bevor Sie Ihre Dienste mithilfe dieser Anleitung einrichten, suchen Sie Ihr Land bzw. Ihre Region in der Liste oben auf dieser Seite und verwenden Sie nur die Einstellungen, die mit dieser Zone gekennzeichnet sind, denn die Einstellungen hängen von Ihrem Standort ab.',
		printLabel: 'Gedruckte Einstellungen',
		printChosen: 'Diese Einstellungen gelten für die Region {name} (Server der Zone {zone}). Prüfen Sie, ob Ihr MX Plan Dienst in diesem Land bzw. in dieser Region bestellt wurde.',
		printNone: 'Keine Region ausgewählt: Jeder Wert ist für alle Zonen gedruckt, jeweils mit seiner Zone gekennzeichnet.',
	},
	/** The Outlook choice: picker, prompt, help, notices, announcements. */
	outlookChoice: {
		label: 'Outlook für Windows',
		placeholder: 'Wählen Sie Ihr Outlook',
		promptTitle: 'Welches Outlook verwenden Sie?',
		promptText: 'Das klassische und das neue Outlook fügen ein Konto auf unterschiedliche Weise hinzu. Solange Sie keine Auswahl treffen, wird die Anleitung für beide angezeigt, jeweils gekennzeichnet.',
		/** How to tell them apart: `{file}` is classic Outlook's „Datei“ menu. */
		help: 'Nicht sicher? Geben Sie „Outlook“ in die Windows-Suche ein: Das klassische Outlook erscheint als „Outlook (klassisch)“, das neue nur als „Outlook“. Außerdem hat das neue Outlook kein Menü {file}.',
		unknown: 'Die aufgerufene Adresse nennt die Outlook-Version „{value}“, die diese Anleitung nicht kennt. Wählen Sie Ihr Outlook.',
		announce: 'Angezeigt wird die Anleitung für „{name}“.',
		linkNotice: 'Dieser Link führt zur Anleitung für „{name}“, daher wird diese angezeigt.',
		back: 'Stattdessen „{name}“ anzeigen',
		noJs: 'Die Anleitungen für das klassische und für das neue Outlook werden beide angezeigt, jeweils gekennzeichnet.',
		currentNone: 'Noch kein Outlook ausgewählt: Die Anleitungen für beide werden angezeigt, jeweils gekennzeichnet.',
		currentChosen: 'Angezeigte Anleitung: {icon} {name}',
		currentChange: 'Nicht Ihr Outlook? Ändern Sie es oben rechts neben der Flagge.',
		printChosen: 'Diese Anleitung gilt für „{name}“.',
		printNone: 'Kein Outlook ausgewählt: Die Anleitungen für das klassische und für das neue Outlook sind beide gedruckt, jeweils gekennzeichnet.',
	},
	/** A region whose language is not the page's: the link to the German page, written in German. */
	offer: 'Diese Anleitung gibt es auch auf Deutsch: {link}',
	offerLink: 'diese Seite auf Deutsch lesen',
	/** The translation offer's name and its button. */
	offerLabel: 'Andere Sprachen',
	close: 'Schließen',
	/** The settings tables (SettingsTable). */
	table: {
		information: 'Angabe',
		description: 'Beschreibung',
		userName: 'Benutzername',
		userNameValue: 'Geben Sie {value} ein',
		fullAddress: 'die vollständige E-Mail-Adresse',
		password: 'Kennwort',
		passwordValue: 'Geben Sie das Kennwort des E-Mail-Kontos ein',
		serverIncoming: 'Server (eingehend)',
		serverOutgoing: 'Server (ausgehend)',
		otherName: 'Anderer Name desselben Servers',
		otherNameNone: 'keiner (verwenden Sie den Servernamen darüber)',
		port: 'Port',
		security: 'Sicherheitstyp',
		none: 'keine',
	},
	/** What to type in a step (ServerStep): „Geben Sie unter Eingehende E-Mail Folgendes ein:“. */
	serverStep: { type: 'Geben Sie unter {block} Folgendes ein:' },
	otherNames: {
		some: 'In den folgenden Einstellungen können Sie für denselben Server (eingehend oder ausgehend) zwei verschiedene Hostnamen eingeben: den angezeigten oder {names}. Beide Werte bezeichnen denselben Server; sie wurden eingerichtet, um die Eingabe zu erleichtern und Verwechslungen zwischen POP, IMAP und SMTP zu vermeiden, die unterschiedliche Ports verwenden.',
		none: 'In den folgenden Einstellungen hat jeder Server (eingehend oder ausgehend) nur einen einzigen Hostnamen: Geben Sie ihn genau so ein, wie er angezeigt wird. POP, IMAP und SMTP haben jeweils einen eigenen Hostnamen und Port, sodass sie sich nicht verwechseln lassen.',
	},
	downloads: {
		imapProfile: 'IMAP-Profil',
		popProfile: 'POP-Profil',
		/** Visually hidden after each link: makes the all-zones list's links unique. */
		forRegion: ' für die Region {region}',
		dnsZone: 'DNS-Zone von {domain}',
	},
	/** Step tabs: the tab list's name, per set of steps. */
	steps: {
		classic: 'Schritte zum Hinzufügen des Kontos',
		'classic-manual': 'Schritte im älteren Fenster „Konto hinzufügen“',
		new: 'Schritte zum Hinzufügen des Kontos im neuen Outlook',
	},
	/** Copy-link buttons and the announcements of the link script. */
	copy: {
		label: 'Link kopieren',
		to: ': {title}',
		copied: 'Kopiert',
		failed: 'Kopieren fehlgeschlagen',
		announceCopied: 'Link kopiert: {title}',
		announceFailed: 'Kopieren fehlgeschlagen: {url}',
	},
	linkIndex: {
		/** The empty choice: the link leaves it to the reader. */
		none: 'Keine (die Wahl bleibt offen)',
		/** A place that is the same for every value of a choice (both Outlook versions). */
		every: 'Beide',
		place: 'Stelle',
		id: 'ID',
		link: 'Link',
		copy: 'Kopieren',
		also: 'auch {aliases}',
	},
	errorCode: {
		/** An error code’s heading (and its place’s title): „0x800CCC0E: Verbindung zum Server nicht möglich“. */
		heading: '{code}: {title}',
		also: 'Auch geschrieben als {code}',
		windowsName: 'Name in Windows: {name}',
		means: 'Bedeutung:',
		causes: 'Mögliche Ursachen:',
		fix: 'Lösung:',
		/** A server's three values in a sentence: host name, „Port“ and number, security type. */
		server: '{host}, Port {port}, {security}',
	},
	illustration: { badge: 'Abbildung', diagram: 'Diagramm' },
};
