/**
 * German: what each of Outlook's error codes means for an MX Plan account (the troubleshooting
 * page). Rich text (src/i18n/rich.ts): plain strings, and parts the page fills in (server, value,
 * Outlook label, code, link to a place or a page). The order may differ from language to
 * language; every part that is not a string is kept.
 */
import type { Rich } from '../rich';

/** „für IMAP …; für POP …“: the incoming servers of the reader's zone. */
const INCOMING: Rich = ['für IMAP ', { server: 'imap' }, '; für POP ', { server: 'pop' }];
const FIREWALL: Rich = [
	'Eine Firewall, ein Virenschutzprogramm oder ein Firmennetzwerk blockiert die Ports (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Versuchen Sie es über ein anderes Netzwerk, etwa die mobile Datenverbindung eines Smartphones.',
];
const CREDENTIALS: Rich = [
	'Als Benutzername ist die vollständige E-Mail-Adresse anzugeben, als Kennwort das Kennwort des E-Mail-Kontos selbst (siehe ',
	{ place: 'imap-settings', text: 'IMAP-Einstellungen' },
	').',
];
const SPAM: Rich = [
	'Das Konto ist wegen Spam gesperrt: Im OVHcloud Kundencenter ist das in der Liste der E-Mail-Konten zu sehen (siehe ',
	{ place: 'checklist', text: 'Checkliste' },
	').',
];

export default {
	/** Each code's short title: the heading reads „0x800CCC0E: Verbindung zum Server nicht möglich“. */
	titles: {
		'0x800CCC0D': 'Server nicht gefunden',
		'0x800CCC0E': 'Verbindung zum Server nicht möglich',
		'0x800CCC0F': 'Server hat die Verbindung beendet',
		'0x800CCC13': 'Lesen oder Schreiben im Netzwerk nicht möglich',
		'0x800CCC18': 'Anmeldung fehlgeschlagen',
		'0x800CCC19': 'Server hat nicht rechtzeitig geantwortet',
		'0x800CCC1A': 'SSL-Verbindung nicht möglich',
		'0x800CCC67': 'Postausgangsserver lehnt vorerst ab',
		'0x800CCC78': 'Absender abgelehnt',
		'0x800CCC79': 'Empfänger abgelehnt',
		'0x800CCC7D': 'Server bietet kein STARTTLS an',
		'0x800CCC80': 'Keine gemeinsame Authentifizierungsmethode',
		'0x800CCC90': 'POP-Server meldet einen Fehler',
		'0x800CCC91': 'Benutzername abgelehnt',
		'0x800CCC92': 'Kennwort abgelehnt',
		'0x800CCCD1': 'IMAP-Anmeldung fehlgeschlagen',
		'0x80042108': 'Verbindung zum Posteingangsserver (POP) nicht möglich',
		'0x80042109': 'Verbindung zum Postausgangsserver (SMTP) nicht möglich',
		'0x8004210A': 'Zeitüberschreitung beim Posteingangsserver (POP)',
		'0x8004210B': 'Zeitüberschreitung beim Postausgangsserver (SMTP)',
	},
	explanations: {
		'0x800CCC0D': {
			means: ['Outlook findet den Server nicht: Der Name im Serverfeld führt nirgendwohin.'],
			causes: [
				['Der Servername ist falsch geschrieben oder gehört zu einer anderen Zone. Der Posteingangsserver ist ', ...INCOMING, '; der Postausgangsserver ist ', { server: 'smtp' }, '.'],
				['Den Namen ', { code: 'ssl0' }, ' gibt es nur in Europa; verwenden Sie außerhalb Europas die oben genannten Namen.'],
				['Der Computer hat keine Internetverbindung, oder sein DNS antwortet nicht.'],
			],
			fix: [
				'Korrigieren Sie die Servernamen (',
				{ place: 'imap-settings', text: 'IMAP-Einstellungen' },
				', ',
				{ place: 'pop-settings', text: 'POP-Einstellungen' },
				') oder lassen Sie sie von ',
				{ place: 'checker', text: 'der Einstellungsprüfung' },
				' vergleichen.',
			],
		},
		'0x800CCC0E': {
			means: ['Outlook hat den Server gefunden, konnte aber keine Verbindung zu ihm herstellen.'],
			causes: [
				['Falscher Server oder Port: Der Posteingangsserver ist ', ...INCOMING, '; der Postausgangsserver ist ', { server: 'smtp' }, '.'],
				['Die Verschlüsselung passt nicht zum Port: Alle OVHcloud-Ports hier erwarten ', { value: 'imap', field: 'security' }, '.'],
				FIREWALL,
			],
			fix: [
				'Vergleichen Sie Server, Port und Verschlüsselung mit den ',
				{ place: 'imap-settings', text: 'IMAP-Einstellungen' },
				' oder den ',
				{ place: 'pop-settings', text: 'POP-Einstellungen' },
				'; ',
				{ place: 'checker', text: 'die Einstellungsprüfung' },
				' nennt den falschen Wert.',
			],
		},
		'0x800CCC0F': {
			means: ['Die Verbindung stand bereits, dann hat der Server oder das Netzwerk sie beendet.'],
			causes: [
				['Mit POP (', { server: 'pop' }, ') sucht Outlook öfter als einmal pro Minute nach neuen E-Mails: OVHcloud trennt solche Verbindungen.'],
				['Eine Nachricht ist größer als erlaubt, daher bricht das Senden mittendrin ab.'],
				['Netzwerkgeräte (Router, Proxy, ein Virenschutz, der E-Mails prüft) schließen lange Verbindungen.'],
			],
			fix: [
				'Lassen Sie Outlook höchstens alle paar Minuten nach neuen E-Mails suchen (',
				{ ui: 'classic.sendReceive' },
				' → ',
				{ ui: 'classic.sendReceiveGroups' },
				'), senden Sie große Dateien auf anderem Weg und versuchen Sie es in einem anderen Netzwerk.',
			],
		},
		'0x800CCC13': {
			means: ['Outlook kann weder aus dem Netzwerk lesen noch in das Netzwerk schreiben.'],
			causes: [['Die Ursache liegt im lokalen Netzwerk oder im Netzwerkstack von Windows, nicht in den Kontoeinstellungen.'], FIREWALL],
			fix: ['Starten Sie Computer und Router neu und versuchen Sie es dann erneut; bleibt der Fehler bestehen, versuchen Sie es in einem anderen Netzwerk.'],
		},
		'0x800CCC18': {
			means: ['Die Anmeldung mit Microsofts eigenem Authentifizierungsverfahren ist fehlgeschlagen.'],
			causes: [['Die Option ', { ui: 'classic.spa' }, ' ist aktiviert: Die Server von OVHcloud verwenden kein SPA.']],
			fix: ['Deaktivieren Sie in den Einstellungen des Kontos (', { page: '/modify-settings/' }, ') die Option ', { ui: 'classic.spa' }, '.'],
		},
		'0x800CCC19': {
			means: ['Der Server hat nicht rechtzeitig geantwortet.'],
			causes: [['Der Weg durch das Netzwerk ist langsam oder blockiert.'], FIREWALL],
			fix: ['Prüfen Sie die Punkte der ', { place: 'checklist', text: 'Checkliste' }, ' (auch die Statusseite) und versuchen Sie es dann in einem anderen Netzwerk erneut.'],
		},
		'0x800CCC1A': {
			means: ['Outlook konnte die verschlüsselte Verbindung nicht aufbauen.'],
			causes: [
				[
					'Die Verschlüsselung passt nicht zum Port: IMAP verwendet Port ',
					{ value: 'imap', field: 'port' },
					' mit ',
					{ value: 'imap', field: 'security' },
					', POP Port ',
					{ value: 'pop', field: 'port' },
					' mit ',
					{ value: 'pop', field: 'security' },
					', SMTP Port ',
					{ value: 'smtp', field: 'port' },
					' mit ',
					{ value: 'smtp', field: 'security' },
					'.',
				],
				['Ein Virenschutz, der verschlüsselte E-Mails prüft, stört die Verbindung.'],
			],
			fix: [
				'Wählen Sie für jeden Server ',
				{ value: 'imap', field: 'security' },
				' und verwenden Sie die Ports aus den ',
				{ place: 'imap-settings', text: 'IMAP-Einstellungen' },
				' oder den ',
				{ place: 'pop-settings', text: 'POP-Einstellungen' },
				'.',
			],
		},
		'0x800CCC67': {
			means: ['Der Postausgangsserver nimmt vorerst keine Nachrichten an (Serverantwort 421).'],
			causes: [
				['Eine vorübergehende Ablehnung: Meist wurden die Versandlimits erreicht (siehe ', { place: 'replies', text: 'Versandlimits' }, ').'],
				['Wartungsarbeiten oder eine Störung (siehe ', { place: 'checklist', text: 'Checkliste' }, ').'],
			],
			fix: ['Warten Sie und senden Sie dann erneut; verteilen Sie größere Versandaktionen auf mehrere Stunden.'],
		},
		'0x800CCC78': {
			means: ['Der Postausgangsserver hat die Absenderadresse abgelehnt.'],
			causes: [
				['Die Nachricht wird von einer anderen Adresse als der des Kontos gesendet (im Feld ', { ui: 'classic.from' }, ' steht eine andere Adresse).'],
				['Die SMTP-Authentifizierung ist deaktiviert, daher weiß der Server nicht, wer sendet.'],
			],
			fix: ['Senden Sie von der Adresse des Kontos selbst und aktivieren Sie die SMTP-Authentifizierung (siehe ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC79': {
			means: ['Der Postausgangsserver hat einen oder mehrere Empfänger abgelehnt.'],
			causes: [
				['Die SMTP-Authentifizierung ist deaktiviert: Ohne sie leitet der Server nichts weiter.'],
				['Manche Firewalls entfernen die Authentifizierung aus der Verbindung.'],
				['Eine Empfängeradresse ist falsch geschrieben.'],
			],
			fix: ['Aktivieren Sie die SMTP-Authentifizierung (siehe ', { place: 'smtp-auth' }, ') und prüfen Sie den Postausgangsserver: ', { server: 'smtp' }, '.'],
		},
		'0x800CCC7D': {
			means: ['Outlook hat den Server aufgefordert, auf eine verschlüsselte Verbindung umzuschalten (STARTTLS), doch der Server bietet das auf diesem Port nicht an.'],
			causes: [['Für den Postausgangsserver ist STARTTLS gewählt: Auf Port ', { value: 'smtp', field: 'port' }, ' ist die Verbindung von Anfang an verschlüsselt.']],
			fix: ['Wählen Sie für den Postausgangsserver ', { value: 'smtp', field: 'security' }, ' (siehe ', { place: 'smtp-settings', text: 'SMTP-Einstellungen' }, ').'],
		},
		'0x800CCC80': {
			means: ['Outlook meldet, dass keine der Authentifizierungsmethoden, die es selbst unterstützt, auch vom Server unterstützt wird.'],
			causes: [['Die SMTP-Authentifizierung ist deaktiviert.']],
			fix: ['Setzen Sie den Haken bei ', { ui: 'classic.smtpAuth' }, ' und bei ', { ui: 'classic.sameSettings' }, ' (siehe ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC90': {
			means: ['Der POP-Server hat mit einem Fehler geantwortet, oft zusammen mit 0x800CCC92.'],
			causes: [CREDENTIALS, SPAM],
			fix: ['Siehe ', { place: '0x800ccc92', text: '0x800CCC92' }, '.'],
		},
		'0x800CCC91': {
			means: ['Der POP-Server hat den Benutzernamen abgelehnt.'],
			causes: [['Der Benutzername ist nicht die vollständige E-Mail-Adresse (nur der Teil vor dem @ oder eine andere Adresse).']],
			fix: ['Geben Sie als Benutzernamen die vollständige E-Mail-Adresse ein (siehe ', { place: 'pop-settings', text: 'POP-Einstellungen' }, ').'],
		},
		'0x800CCC92': {
			means: ['Der POP-Server hat das Kennwort abgelehnt.'],
			causes: [['Das Kennwort ist falsch oder wurde inzwischen im OVHcloud Kundencenter geändert.'], SPAM],
			fix: ['Testen Sie das Kennwort im Webmail (siehe ', { place: 'checklist', text: 'Checkliste' }, ') und geben Sie dann dasselbe Kennwort in Outlook ein.'],
		},
		'0x800CCCD1': {
			means: ['Der IMAP-Server hat die Anmeldung abgelehnt.'],
			causes: [CREDENTIALS, ['Das Kennwort ist falsch.'], SPAM],
			fix: ['Geben Sie die vollständige E-Mail-Adresse und das Kennwort ein, das Sie im Webmail verwenden (siehe ', { place: 'imap-settings', text: 'IMAP-Einstellungen' }, ').'],
		},
		'0x80042108': {
			means: ['Outlook kann keine Verbindung zum Posteingangsserver (POP) herstellen.'],
			causes: [['Server, Port oder Verschlüsselung sind falsch: Der POP-Server ist ', { server: 'pop' }, '.'], FIREWALL],
			fix: [
				'Prüfen Sie den Posteingangsserver anhand der ',
				{ place: 'pop-settings', text: 'POP-Einstellungen' },
				' oder lassen Sie ihn von ',
				{ place: 'checker', text: 'der Einstellungsprüfung' },
				' vergleichen.',
			],
		},
		'0x80042109': {
			means: ['Outlook kann keine Verbindung zum Postausgangsserver (SMTP) herstellen.'],
			causes: [['Server, Port oder Verschlüsselung sind falsch: Der Postausgangsserver ist ', { server: 'smtp' }, '.'], FIREWALL],
			fix: [
				'Prüfen Sie den Postausgangsserver anhand der ',
				{ place: 'smtp-settings', text: 'SMTP-Einstellungen' },
				' oder lassen Sie ihn von ',
				{ place: 'checker', text: 'der Einstellungsprüfung' },
				' vergleichen.',
			],
		},
		'0x8004210A': {
			means: ['Beim Warten auf den Posteingangsserver (POP) ist eine Zeitüberschreitung aufgetreten.'],
			causes: [['Das Netzwerk ist langsam.'], ['Ein Virenschutz, der eingehende E-Mails prüft, hält die Verbindung auf.']],
			fix: [
				'Stellen Sie den Regler ',
				{ ui: 'classic.serverTimeouts' },
				' auf einen längeren Wert (',
				{ ui: 'classic.moreSettings' },
				' → ',
				{ ui: 'classic.advancedTab' },
				') oder schalten Sie zum Testen die E-Mail-Prüfung des Virenschutzes aus.',
			],
		},
		'0x8004210B': {
			means: ['Beim Warten auf den Postausgangsserver (SMTP) ist eine Zeitüberschreitung aufgetreten.'],
			causes: [
				['Das Netzwerk ist langsam.'],
				['Eine Nachricht hängt im ', { ui: 'classic.outbox' }, ' fest, zum Beispiel eine Lesebestätigung: Löschen Sie sie und senden Sie erneut.'],
				FIREWALL,
			],
			fix: ['Leeren Sie den ', { ui: 'classic.outbox' }, ' und prüfen Sie dann den Postausgangsserver: ', { server: 'smtp' }, ' (siehe ', { place: 'smtp-settings', text: 'SMTP-Einstellungen' }, ').'],
		},
	},
} satisfies { titles: Record<string, string>; explanations: Record<string, { means: Rich; causes: Rich[]; fix: Rich }> };
