/**
 * Italian: every word the settings checker shows or copies. Messages are templates, one per
 * finding kind: `{name}` is replaced by a finding's value as text, `[name]` as code. `{where}` is
 * the region's name (or the zones' labels without a region), zone lists become their labels,
 * protocols their names (src/checker/messages.ts fills them). `{where}` comes without an article
 * (“Italia”, “Europa / Africa”), so the templates put it in brackets or after a colon; zone lists
 * (one or two labels joined by “e”) follow “in” (“usato in Canada / Americhe e Asia / Pacifico”).
 * Host names, ports and security types are never typed here: they come in through the findings.
 */
export default {
	findings: {
		'other-zone': '[got] è il server usato in {gotZones}; per la tua regione ({where}) usa [expected].',
		'no-such-host': '[got] non esiste: questo nome si usa solo in {realIn}. Per la tua regione ({where}) usa [expected].',
		typo: '[got] sembra un errore di battitura: il server {protocol} è [expected].',
		'typo-zone': '[got] sembra un errore di battitura per [near], il server usato in {nearZones}; per la tua regione ({where}) usa [expected].',
		'wrong-protocol': '[got] è il server {gotProtocol}; il server {protocol} è [expected].',
		'unknown-host': '[got] non è un nome di server MX Plan di OVHcloud (inserisci solo il nome, senza “https://” né porta); per la tua regione ({where}) il server {protocol} è [expected].',
		'other-port': 'La porta [got] è la porta {gotProtocol}; la porta {protocol} è [expected].',
		'wrong-port': 'La porta [got] non è la porta {protocol}: usa [expected].',
		'encryption-none': 'Con “Nessuno” la tua password viaggerebbe senza crittografia, e il server la rifiuta. Scegli [expected] per il server {protocol}.',
		'encryption-starttls': 'STARTTLS non funziona sulla porta [port]: la connessione è crittografata fin dall’inizio. Scegli [expected] per il server {protocol}.',
		'encryption-auto': 'Con “Automatico” Outlook sceglie da solo un metodo che potrebbe non funzionare. Scegli [expected] per il server {protocol}.',
		'user-name': 'Il nome utente deve essere l’indirizzo email completo (nome@tuo-dominio), non solo la parte prima della @.',
		'smtp-auth-off': 'Attiva l’autenticazione SMTP: seleziona “Il server della posta in uscita (SMTP) richiede l’autenticazione” e “Utilizza le stesse impostazioni del server della posta in arrivo”.',
	},
	protocols: { imap: 'IMAP', pop: 'POP', smtp: 'in uscita (SMTP)' },
	ui: {
		start: 'Inserisci ciò che mostra il tuo Outlook: i risultati compaiono qui mentre scrivi.',
		one: '1 errore trovato',
		many: '{n} errori trovati',
		allGood: 'Tutto corrisponde alle impostazioni di riferimento ({where}). Se Outlook continua a non funzionare, controlla la password (provala nella webmail), poi la lista di controllo.',
		soFar: 'Nessun errore finora; alcuni campi sono ancora vuoti.',
		checkedAgainst: 'Impostazioni usate per il confronto: {where}.',
		guessed: 'Nessuna regione scelta: i tuoi valori corrispondono soprattutto alle impostazioni usate in {where}, quindi il confronto è fatto con queste. Per avere la certezza, scegli la tua regione con la bandiera in alto a destra.',
		askRegion: 'Nessuna regione scelta: per verificare i nomi dei server, scegli la tua con la bandiera in alto a destra oppure inserisci un server.',
		fixLink: 'Come correggere: {title}',
		copy: 'Copia i risultati',
		copied: 'Risultati copiati',
		copyFailed: 'Copia non riuscita',
		/** The copied summary's first line; then the region line, the status, each finding and its link. */
		summaryTitle: 'Verifica delle impostazioni di Outlook (MX Plan)',
	},
	/** The form's fields. */
	labels: {
		accountType: 'Tipo di account',
		incomingServer: 'Server in entrata',
		incomingPort: 'Porta in entrata',
		incomingEncryption: 'Crittografia in entrata',
		outgoingServer: 'Server in uscita',
		outgoingPort: 'Porta in uscita',
		outgoingEncryption: 'Crittografia in uscita',
		userName: 'Nome utente',
		smtpAuth: 'Il server in uscita richiede l’autenticazione',
	},
	/** The encryption choices (Outlook's own names; "Scegli…" is the empty choice). */
	encryption: { choose: 'Scegli…', none: 'Nessuno', auto: 'Automatico' },
	form: {
		label: 'Le tue impostazioni di Outlook',
		incoming: 'Posta in arrivo',
		outgoing: 'Posta in uscita',
		results: 'Risultati',
	},
	noJs: {
		intro: 'La verifica richiede JavaScript. Confronta ciò che mostra il tuo Outlook con questi valori; ogni zona ha il suo nome: trova la tua.',
		imap: 'IMAP (in entrata)',
		pop: 'POP (in entrata)',
		smtp: 'SMTP (in uscita)',
		auth: 'Il server in uscita richiede l’autenticazione con lo stesso nome utente e la stessa password.',
	},
};
