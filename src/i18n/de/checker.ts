/**
 * German: every word the settings checker shows or copies. Messages are templates, one per finding
 * kind: `{name}` is replaced by a finding's value as text, `[name]` as code. `{where}` is the
 * region's name (or the zones' labels without a region), zone lists become their labels,
 * protocols their names, written as server names (“IMAP-Server”) so that every template can write
 * “der/den {protocol}” (src/checker/messages.ts fills them).
 * Host names, ports and security types are never typed here: they come in through the findings.
 */
export default {
	findings: {
		'other-zone': '[got] ist der Server für {gotZones}; für Ihren Standort ({where}) verwenden Sie [expected].',
		'no-such-host': '[got] gibt es nicht: Dieser Name gilt nur für {realIn}. Für Ihren Standort ({where}) verwenden Sie [expected].',
		typo: '[got] sieht nach einem Tippfehler aus: Der {protocol} heißt [expected].',
		'typo-zone': '[got] sieht nach einem Tippfehler für [near] aus, einen Server für {nearZones}; für Ihren Standort ({where}) verwenden Sie [expected].',
		'wrong-protocol': '[got] ist der {gotProtocol}; der {protocol} heißt [expected].',
		'unknown-host': '[got] ist kein Servername von OVHcloud MX Plan (geben Sie nur den Namen ein, ohne „https://“ und ohne Port); für Ihren Standort ({where}) heißt der {protocol} [expected].',
		'other-port': 'Port [got] gehört zum {gotProtocol}; für den {protocol} ist es Port [expected].',
		'wrong-port': 'Port [got] ist nicht der Port für den {protocol}: Verwenden Sie [expected].',
		'encryption-none': '„Keine“ würde Ihr Kennwort unverschlüsselt senden, und der Server lehnt das ab. Wählen Sie [expected] für den {protocol}.',
		'encryption-starttls': 'STARTTLS funktioniert auf Port [port] nicht: Die Verbindung ist dort von Anfang an verschlüsselt. Wählen Sie [expected] für den {protocol}.',
		'encryption-auto': '„Automatisch“ überlässt Outlook die Wahl einer Methode, die möglicherweise nicht funktioniert. Wählen Sie [expected] für den {protocol}.',
		'user-name': 'Der Benutzername muss die vollständige E-Mail-Adresse sein (name@ihre-domain), nicht nur der Teil vor dem @.',
		'smtp-auth-off': 'Aktivieren Sie die SMTP-Authentifizierung: Setzen Sie den Haken bei „Der Postausgangsserver (SMTP) erfordert Authentifizierung“ und bei „Gleiche Einstellungen wie für Posteingangsserver verwenden“.',
	},
	protocols: { imap: 'IMAP-Server', pop: 'POP-Server', smtp: 'Postausgangsserver (SMTP)' },
	ui: {
		start: 'Geben Sie ein, was Ihr Outlook anzeigt: Die Befunde erscheinen hier schon während der Eingabe.',
		one: '1 Fehler gefunden',
		many: '{n} Fehler gefunden',
		allGood: 'Alles stimmt mit den Einstellungen für Ihren Standort ({where}) überein. Wenn Outlook trotzdem scheitert, prüfen Sie das Kennwort (testen Sie es im Webmail) und danach die Checkliste.',
		soFar: 'Bisher keine Fehler; einige Felder sind noch leer.',
		checkedAgainst: 'Geprüft anhand der Einstellungen für die Region {where}.',
		guessed: 'Keine Region ausgewählt: Ihre Werte passen am besten zu {where}, daher werden sie damit verglichen. Wählen Sie zur Sicherheit Ihre Region über die Flagge oben rechts.',
		askRegion: 'Keine Region ausgewählt: Wählen Sie Ihre Region über die Flagge oben rechts oder geben Sie einen Server ein, damit die Servernamen geprüft werden können.',
		fixLink: 'So beheben Sie den Fehler: {title}',
		copy: 'Befunde kopieren',
		copied: 'Befunde kopiert',
		copyFailed: 'Kopieren fehlgeschlagen',
		/** The copied summary's first line; then the region line, the status, each finding and its link. */
		summaryTitle: 'Prüfung der Outlook-Einstellungen (MX Plan)',
	},
	/** The form's fields. */
	labels: {
		accountType: 'Kontotyp',
		incomingServer: 'Posteingangsserver',
		incomingPort: 'Port (eingehend)',
		incomingEncryption: 'Verschlüsselung (eingehend)',
		outgoingServer: 'Postausgangsserver',
		outgoingPort: 'Port (ausgehend)',
		outgoingEncryption: 'Verschlüsselung (ausgehend)',
		userName: 'Benutzername',
		smtpAuth: 'Postausgangsserver erfordert Authentifizierung',
	},
	/** The encryption choices (Outlook's own names; „Auswählen…“ is the empty choice). */
	encryption: { choose: 'Auswählen…', none: 'Keine', auto: 'Automatisch' },
	form: {
		label: 'Ihre Outlook-Einstellungen',
		incoming: 'Eingehende E-Mail',
		outgoing: 'Ausgehende E-Mail',
		results: 'Befunde',
	},
	noJs: {
		intro: 'Die Einstellungsprüfung benötigt JavaScript. Vergleichen Sie, was Ihr Outlook anzeigt, mit diesen Werten; jede Zone ist gekennzeichnet: Suchen Sie Ihre heraus.',
		imap: 'IMAP (eingehend)',
		pop: 'POP (eingehend)',
		smtp: 'SMTP (ausgehend)',
		auth: 'Der Postausgangsserver erfordert eine Authentifizierung mit demselben Benutzernamen und Kennwort.',
	},
};
