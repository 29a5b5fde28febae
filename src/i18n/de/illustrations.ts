/**
 * German: the illustrations' captions and the words they draw that are not Outlook's labels
 * (Outlook's labels are in outlook.ts), and the POP/IMAP diagrams' text and descriptions.
 */
export default {
	yourAddress: 'Ihre E-Mail-Adresse',
	yourPassword: 'Ihr Kennwort, verborgen',
	yourName: 'Ihr Name',
	recommended: 'empfohlen',
	/** The new Outlook's password field, where the reader types nothing. */
	leaveEmpty: 'leer lassen',
	/** The new Outlook's settings button, drawn as a gear. */
	gear: 'Einstellungen (Zahnradsymbol)',
	addAccountWizard: {
		caption: 'Das Fenster zum Hinzufügen eines Kontos: Geben Sie Ihre Adresse ein, öffnen Sie „Erweiterte Optionen“, setzen Sie den Haken bei „Ich möchte mein Konto manuell einrichten“ und klicken Sie dann auf „Verbinden“.',
	},
	accountTypeChoice: { caption: 'Schritt 1: Wählen Sie IMAP (empfohlen) oder POP.' },
	passwordPrompt: { caption: 'Schritt 2: Geben Sie das Kennwort Ihres E-Mail-Kontos ein und klicken Sie dann auf „Verbinden“.' },
	changeAccountSettings: { caption: 'Schritt 3: Wenn Outlook Ihr Konto nicht selbst einrichten konnte, klicken Sie auf „Kontoeinstellungen ändern“.' },
	serverSettingsForm: {
		caption: 'Schritt 4 ({type}): das Formular der Kontoeinstellungen in Outlook, in das Sie Posteingangs- und Postausgangsserver, Ports und Verschlüsselungsmethode eingeben.',
	},
	accountSettingsPath: {
		title: 'Outlook — Datei',
		caption: 'Bestehende Einstellungen ändern: „Datei“ (1), das Konto auswählen, „Kontoeinstellungen“ (2), dann „Servereinstellungen“ (3).',
	},
	manualSetup: { caption: 'Das ältere Fenster „Konto hinzufügen“: Wählen Sie „Manuelle Konfiguration oder zusätzliche Servertypen“ und klicken Sie dann auf „Weiter“.' },
	serviceChoice: { caption: 'Wählen Sie „POP oder IMAP“ und klicken Sie dann auf „Weiter“.' },
	accountDetails: { caption: 'Die Angaben zum Konto, für IMAP: Ihr Name und Ihre Adresse, Kontotyp und Server, Ihre Adresse als Benutzername; danach „Weitere Einstellungen“.' },
	outgoingServerTab: { caption: 'Die Registerkarte „Postausgangsserver“: SMTP-Authentifizierung aktivieren und die Einstellungen des Posteingangsservers übernehmen.' },
	advancedTab: { caption: 'Die Registerkarte „Erweitert“, für IMAP: die Ports für eingehende und ausgehende E-Mails, jeweils mit verschlüsselter Verbindung; dann „OK“.' },
	accountSettingsDialog: { caption: 'Das Fenster „Kontoeinstellungen“: Wählen Sie Ihr Konto aus (1) und klicken Sie dann auf „Ändern“ (2).' },
	newAddAccount: { caption: 'Das neue Outlook: Klicken Sie in der linken Spalte auf „Konto hinzufügen“.' },
	newSignIn: { caption: 'Geben Sie Ihre Adresse ein und klicken Sie auf „Weiter“ (1); geben Sie das Kennwort ein und klicken Sie dann auf „Mehr anzeigen“ (2).' },
	newServerForm: { caption: 'Die Servereinstellungen im neuen Outlook, für IMAP: Posteingangs- und Postausgangsserver, Ports und sicherer Verbindungstyp; Ihre Adresse als SMTP-Benutzername; das Kennwortfeld bleibt leer.' },
	newRemoveAccount: { caption: 'Das Konto im neuen Outlook entfernen: die Einstellungen (1), Ihre Konten (2), „Verwalten“ (3), dann „Löschen“ (4).' },
	incomingOutgoing: {
		caption: 'Das Fenster der Servereinstellungen besteht aus zwei Teilen: „Eingehende E-Mail“ und „Ausgehende E-Mail“. Klicken Sie auf einen Teil, um ihn zu bearbeiten.',
	},
	overview: {
		title: 'E-Mails senden und empfangen',
		desc: 'Der E-Mail-Client auf Ihrem Gerät sendet E-Mails per SMTP an den Postausgangsserver und empfängt E-Mails per POP oder IMAP vom Posteingangsserver.',
		device: 'Ihr Gerät',
		client: 'E-Mail-Client',
		outgoing: 'Ausgehender',
		incoming: 'Eingehender',
		server: 'Server',
		popOrImap: 'POP oder IMAP',
		caption: 'Gesendet wird immer per SMTP; für den Empfang wählen Sie POP oder IMAP.',
	},
	devices: {
		computer: 'Computer',
		phone: 'Telefon',
		tablet: 'Tablet',
		server: 'E-Mail-Server',
		kept: '✉ Nachricht gespeichert',
		deleted: '✉ Nachricht gelöscht',
		sees: '✉ sichtbar',
		nothing: 'nichts',
		imapSummary: 'Die Nachricht bleibt auf dem Server und wird als gelesen markiert: Jedes Gerät zeigt sie an.',
		imapDesc: 'Mit IMAP bleibt die Nachricht auf dem E-Mail-Server. Computer, Telefon und Tablet zeigen sie alle an; sobald sie auf einem Gerät gelesen wurde, erscheint sie auch auf den anderen als gelesen, bis ein Gerät sie löscht.',
		popSummary: 'Das erste Gerät lädt die Nachricht herunter, und sie wird vom Server gelöscht: Die anderen Geräte sehen sie nie.',
		popDesc: 'Mit POP lädt standardmäßig der Computer die Nachricht herunter, und sie wird vom E-Mail-Server gelöscht. Telefon und Tablet sehen sie daher nie.',
	},
};
