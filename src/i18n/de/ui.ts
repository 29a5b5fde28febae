/**
 * Deutsch: die Wörter der Komponenten der Website (Regeln: src/i18n/catalogue.ts). `{name}` ist
 * ein Platzhalter, den die Komponente füllt; jeder bleibt erhalten.
 */
export default {
	site: {
		title: 'MX Plan in Outlook für Windows',
		description: 'Richten Sie Ihre MX Plan E-Mail-Adresse von OVHcloud in Outlook für Windows ein, mit den Servereinstellungen Ihrer Region.',
	},
	/** Seitentitel: Seitenleiste, Gruppen des Link-Verzeichnisses. Der Titel jeder Seite steht in ihrem Frontmatter. */
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
	/** Namen der Regionen (Regions-IDs des Einstellungsmoduls). */
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
	/** Bezeichnungen der Zonen (Zonen-IDs des Einstellungsmoduls). */
	zones: { eu: 'Europa / Afrika', ca: 'Kanada / Amerika', apac: 'Asien / Pazifik' },
	/** Verbindet zwei oder mehr Zonen: „Kanada / Amerika und Asien / Pazifik“. */
	and: ' und ',
	/** Der Doppelpunkt nach einer Bezeichnung („Europa / Afrika: …“), im Deutschen ohne Leerzeichen davor. */
	colon: ':',
	/** Namen der beiden Outlook-Versionen (Werte der Outlook-Auswahl). */
	outlooks: { classic: 'Klassisches Outlook', new: 'Neues Outlook' },
	/** Die Auswahl der Region: Auswahlfeld, Aufforderung, Hinweise, Ansagen. */
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
	/** Die Auswahl von Outlook: Auswahlfeld, Aufforderung, Hilfe, Hinweise, Ansagen. */
	outlookChoice: {
		label: 'Outlook für Windows',
		placeholder: 'Wählen Sie Ihr Outlook',
		promptTitle: 'Welches Outlook verwenden Sie?',
		promptText: 'Das klassische und das neue Outlook fügen ein Konto auf unterschiedliche Weise hinzu. Solange Sie keine Auswahl treffen, wird die Anleitung für beide angezeigt, jeweils gekennzeichnet.',
		/** Wie man sie unterscheidet: `{file}` ist das Menü „Datei“ des klassischen Outlook. */
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
	/** Für eine Region, deren Sprache nicht die der Seite ist: der Link zur deutschen Seite, auf Deutsch. */
	offer: 'Diese Anleitung gibt es auch auf Deutsch: {link}',
	offerLink: 'diese Seite auf Deutsch lesen',
	/** The translation offer's name and its button. */
	offerLabel: 'Andere Sprachen',
	close: 'Schließen',
	/** Die Einstellungstabellen (SettingsTable). */
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
	/** Was in einem Schritt einzugeben ist (ServerStep): „Geben Sie unter Eingehende E-Mail Folgendes ein:“. */
	serverStep: { type: 'Geben Sie unter {block} Folgendes ein:' },
	otherNames: {
		some: 'In den folgenden Einstellungen können Sie für denselben Server (eingehend oder ausgehend) zwei verschiedene Hostnamen eingeben: den angezeigten oder {names}. Beide Werte bezeichnen denselben Server; sie wurden eingerichtet, um die Eingabe zu erleichtern und Verwechslungen zwischen POP, IMAP und SMTP zu vermeiden, die unterschiedliche Ports verwenden.',
		none: 'In den folgenden Einstellungen hat jeder Server (eingehend oder ausgehend) nur einen einzigen Hostnamen: Geben Sie ihn genau so ein, wie er angezeigt wird. POP, IMAP und SMTP haben jeweils einen eigenen Hostnamen und Port, sodass sie sich nicht verwechseln lassen.',
	},
	downloads: {
		imapProfile: 'IMAP-Profil',
		popProfile: 'POP-Profil',
		/** Nach jedem Link unsichtbar: macht die Links der Liste aller Zonen eindeutig. */
		forRegion: ' für die Region {region}',
		dnsZone: 'DNS-Zone von {domain}',
	},
	/** Schritt-Tabs: Name der Tab-Liste, je Schrittfolge. */
	steps: {
		classic: 'Schritte zum Hinzufügen des Kontos',
		'classic-manual': 'Schritte im älteren Fenster „Konto hinzufügen“',
		new: 'Schritte zum Hinzufügen des Kontos im neuen Outlook',
	},
	/** Schaltflächen zum Kopieren von Links und die Ansagen des Link-Skripts. */
	copy: {
		label: 'Link kopieren',
		to: ': {title}',
		copied: 'Kopiert',
		failed: 'Kopieren fehlgeschlagen',
		announceCopied: 'Link kopiert: {title}',
		announceFailed: 'Kopieren fehlgeschlagen: {url}',
	},
	linkIndex: {
		/** Die leere Auswahl: Der Link überlässt die Wahl der Leserin oder dem Leser. */
		none: 'Keine (die Wahl bleibt offen)',
		/** Eine Stelle, die für jeden Wert einer Auswahl gleich ist (beide Outlook-Versionen). */
		every: 'Beide',
		place: 'Stelle',
		id: 'ID',
		link: 'Link',
		copy: 'Kopieren',
		also: 'auch {aliases}',
	},
	errorCode: {
		/** Überschrift eines Fehlercodes (und Titel seiner Stelle): „0x800CCC0E: Verbindung zum Server nicht möglich“. */
		heading: '{code}: {title}',
		also: 'Auch geschrieben als {code}',
		windowsName: 'Name in Windows: {name}',
		means: 'Bedeutung:',
		causes: 'Mögliche Ursachen:',
		fix: 'Lösung:',
		/** Die drei Werte eines Servers in einem Satz: Hostname, „Port“ und Nummer, Sicherheitstyp. */
		server: '{host}, Port {port}, {security}',
	},
	illustration: { badge: 'Abbildung', diagram: 'Diagramm' },
};
