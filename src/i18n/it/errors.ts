/**
 * Italian: what each of Outlook's error codes means for an MX Plan account (the troubleshooting
 * page). Rich text (src/i18n/rich.ts): plain strings, and parts the page fills in:
 * `{ server: 'imap' }` (host, port and security of the reader's zone), `{ value: 'smtp', field: 'port' }`,
 * `{ ui: 'classic.spa' }` (an Outlook label from outlook.ts, in bold), `{ code: 'ssl0' }` and
 * `{ place: 'imap-settings' }` (a link to a registered place, with its title, or `text`) and
 * `{ page: '/modify-settings/' }` (a link to a page, with its title). The parts are the English
 * catalogue's; only the words around them are Italian.
 */
import type { Rich } from '../rich';

/** "per IMAP …; per POP …": the incoming servers of the reader's zone. */
const INCOMING: Rich = ['per IMAP ', { server: 'imap' }, '; per POP ', { server: 'pop' }];
const FIREWALL: Rich = [
	'Un firewall, un antivirus o la rete aziendale blocca le porte (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Prova con un’altra rete, per esempio la connessione di un telefono.',
];
const CREDENTIALS: Rich = ['Il nome utente deve essere l’indirizzo email completo e la password quella dell’account email stesso (vedi ', { place: 'imap-settings', text: 'le impostazioni IMAP' }, ').'];
const SPAM: Rich = ['L’account è bloccato per spam: lo indica l’elenco degli account email nello Spazio Cliente OVHcloud (vedi ', { place: 'checklist', text: 'la lista di controllo' }, ').'];

export default {
	/** Each code's short title: the heading reads "0x800CCC0E: impossibile connettersi al server". */
	titles: {
		'0x800CCC0D': 'impossibile trovare il server',
		'0x800CCC0E': 'impossibile connettersi al server',
		'0x800CCC0F': 'il server ha chiuso la connessione',
		'0x800CCC13': 'impossibile leggere o scrivere sulla rete',
		'0x800CCC18': 'accesso non riuscito',
		'0x800CCC19': 'il server non ha risposto in tempo',
		'0x800CCC1A': 'impossibile connettersi con SSL',
		'0x800CCC67': 'il server in uscita rifiuta temporaneamente i messaggi',
		'0x800CCC78': 'mittente rifiutato',
		'0x800CCC79': 'destinatario rifiutato',
		'0x800CCC7D': 'il server non supporta STARTTLS',
		'0x800CCC80': 'nessun metodo di autenticazione in comune',
		'0x800CCC90': 'il server POP ha restituito un errore',
		'0x800CCC91': 'nome utente rifiutato',
		'0x800CCC92': 'password rifiutata',
		'0x800CCCD1': 'accesso IMAP non riuscito',
		'0x80042108': 'impossibile connettersi al server in entrata (POP)',
		'0x80042109': 'impossibile connettersi al server in uscita (SMTP)',
		'0x8004210A': 'tempo scaduto in attesa del server in entrata (POP)',
		'0x8004210B': 'tempo scaduto in attesa del server in uscita (SMTP)',
	},
	explanations: {
		'0x800CCC0D': {
			means: ['Outlook non trova il server: il nome inserito nel campo del server non porta da nessuna parte.'],
			causes: [
				['Il nome del server contiene un errore, oppure è quello di un’altra zona. Il server in entrata è ', ...INCOMING, '; il server in uscita è ', { server: 'smtp' }, '.'],
				['Il nome ', { code: 'ssl0' }, ' esiste solo in Europa; fuori dall’Europa usa i nomi indicati sopra.'],
				['Il computer non ha una connessione a Internet, oppure il suo DNS non risponde.'],
			],
			fix: ['Correggi i nomi dei server (', { place: 'imap-settings', text: 'le impostazioni IMAP' }, ', ', { place: 'pop-settings', text: 'le impostazioni POP' }, ') oppure lascia che ', { place: 'checker', text: 'la verifica delle impostazioni' }, ' li confronti.'],
		},
		'0x800CCC0E': {
			means: ['Outlook ha trovato il server, ma non è riuscito ad aprire una connessione.'],
			causes: [
				['Server o porta errati: il server in entrata è ', ...INCOMING, '; il server in uscita è ', { server: 'smtp' }, '.'],
				['La crittografia non corrisponde alla porta: tutte le porte OVHcloud indicate qui richiedono ', { value: 'imap', field: 'security' }, '.'],
				FIREWALL,
			],
			fix: ['Confronta server, porta e crittografia con ', { place: 'imap-settings', text: 'le impostazioni IMAP' }, ' o con ', { place: 'pop-settings', text: 'le impostazioni POP' }, '; ', { place: 'checker', text: 'la verifica delle impostazioni' }, ' ti indica quale valore è sbagliato.'],
		},
		'0x800CCC0F': {
			means: ['La connessione era aperta, poi il server o la rete l’hanno chiusa.'],
			causes: [
				['Con POP (', { server: 'pop' }, '), Outlook controlla la posta più di una volta al minuto: OVHcloud interrompe queste connessioni.'],
				['Un messaggio supera la dimensione consentita, quindi l’invio si ferma a metà.'],
				['Un dispositivo di rete (router, proxy, antivirus che analizza la posta) chiude le connessioni lunghe.'],
			],
			fix: ['Imposta il controllo della nuova posta a intervalli di almeno alcuni minuti (', { ui: 'classic.sendReceive' }, ' → ', { ui: 'classic.sendReceiveGroups' }, '), invia i file pesanti in un altro modo e prova con un’altra rete.'],
		},
		'0x800CCC13': {
			means: ['Outlook non riesce a leggere dalla rete né a scrivere sulla rete.'],
			causes: [['La rete locale o lo stack di rete di Windows, non le impostazioni dell’account.'], FIREWALL],
			fix: ['Riavvia il computer e il router, poi riprova; se il problema continua, prova con un’altra rete.'],
		},
		'0x800CCC18': {
			means: ['L’accesso con il metodo di autenticazione proprio di Microsoft non è riuscito.'],
			causes: [['L’opzione ', { ui: 'classic.spa' }, ' è selezionata: i server di OVHcloud non usano SPA.']],
			fix: ['Nelle impostazioni dell’account (', { page: '/modify-settings/' }, '), deseleziona ', { ui: 'classic.spa' }, '.'],
		},
		'0x800CCC19': {
			means: ['Il server non ha risposto in tempo.'],
			causes: [['Un percorso di rete lento o bloccato.'], FIREWALL],
			fix: ['Controlla ', { place: 'checklist', text: 'la lista di controllo' }, ' (la pagina sullo stato dei servizi), poi riprova da un’altra rete.'],
		},
		'0x800CCC1A': {
			means: ['Outlook non è riuscito a stabilire la connessione crittografata.'],
			causes: [
				[
					'La crittografia non corrisponde alla porta: IMAP usa la porta ',
					{ value: 'imap', field: 'port' },
					' con ',
					{ value: 'imap', field: 'security' },
					', POP la ',
					{ value: 'pop', field: 'port' },
					' con ',
					{ value: 'pop', field: 'security' },
					', SMTP la ',
					{ value: 'smtp', field: 'port' },
					' con ',
					{ value: 'smtp', field: 'security' },
					'.',
				],
				['Un antivirus che analizza la posta crittografata interferisce con la connessione.'],
			],
			fix: ['Scegli ', { value: 'imap', field: 'security' }, ' per ogni server, con le porte indicate nelle ', { place: 'imap-settings', text: 'impostazioni IMAP' }, ' o nelle ', { place: 'pop-settings', text: 'impostazioni POP' }, '.'],
		},
		'0x800CCC67': {
			means: ['Per il momento il server in uscita non accetta messaggi (risposta del server 421).'],
			causes: [['Un rifiuto temporaneo: il più delle volte sono stati raggiunti i limiti di invio (vedi ', { place: 'replies', text: 'Limiti di invio' }, ').'], ['Una manutenzione o un incidente (vedi ', { place: 'checklist', text: 'la lista di controllo' }, ').']],
			fix: ['Attendi, poi invia di nuovo; distribuisci gli invii di massa su più ore.'],
		},
		'0x800CCC78': {
			means: ['Il server in uscita ha rifiutato l’indirizzo del mittente.'],
			causes: [
				['Il messaggio parte da un indirizzo diverso da quello dell’account (il campo ', { ui: 'classic.from' }, ' contiene un altro indirizzo).'],
				['L’autenticazione SMTP è disattivata, quindi il server non sa chi sta inviando.'],
			],
			fix: ['Invia dall’indirizzo dell’account e attiva l’autenticazione SMTP (', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC79': {
			means: ['Il server in uscita ha rifiutato uno o più destinatari.'],
			causes: [
				['L’autenticazione SMTP è disattivata: senza di essa il server non inoltra nulla.'],
				['Alcuni firewall tolgono l’autenticazione dalla connessione.'],
				['L’indirizzo di un destinatario contiene un errore.'],
			],
			fix: ['Attiva l’autenticazione SMTP (', { place: 'smtp-auth' }, ') e controlla il server in uscita: ', { server: 'smtp' }, '.'],
		},
		'0x800CCC7D': {
			means: ['Outlook ha chiesto al server di passare alla crittografia (STARTTLS), ma il server non la offre su quella porta.'],
			causes: [['Per il server in uscita è scelto STARTTLS: sulla porta ', { value: 'smtp', field: 'port' }, ' la connessione è crittografata fin dall’inizio.']],
			fix: ['Scegli ', { value: 'smtp', field: 'security' }, ' per il server in uscita (', { place: 'smtp-settings', text: 'le impostazioni SMTP' }, ').'],
		},
		'0x800CCC80': {
			means: ['Outlook segnala che nessuno dei metodi di autenticazione supportati dal client è supportato dal server.'],
			causes: [['L’autenticazione SMTP è disattivata.']],
			fix: ['Seleziona ', { ui: 'classic.smtpAuth' }, ' e ', { ui: 'classic.sameSettings' }, ' (', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC90': {
			means: ['Il server POP ha risposto con un errore, spesso insieme a 0x800CCC92.'],
			causes: [CREDENTIALS, SPAM],
			fix: ['Vedi ', { place: '0x800ccc92', text: '0x800CCC92' }, '.'],
		},
		'0x800CCC91': {
			means: ['Il server POP ha rifiutato il nome utente.'],
			causes: [['Il nome utente non è l’indirizzo email completo (solo la parte prima della @, oppure un altro indirizzo).']],
			fix: ['Inserisci come nome utente l’indirizzo email completo (', { place: 'pop-settings', text: 'le impostazioni POP' }, ').'],
		},
		'0x800CCC92': {
			means: ['Il server POP ha rifiutato la password.'],
			causes: [['La password è sbagliata, oppure è stata cambiata nel frattempo nello Spazio Cliente OVHcloud.'], SPAM],
			fix: ['Prova la password nella webmail (vedi ', { place: 'checklist', text: 'la lista di controllo' }, '), poi inserisci la stessa in Outlook.'],
		},
		'0x800CCCD1': {
			means: ['Il server IMAP ha rifiutato l’accesso.'],
			causes: [CREDENTIALS, ['La password è sbagliata.'], SPAM],
			fix: ['Inserisci l’indirizzo email completo e la password che usi nella webmail (', { place: 'imap-settings', text: 'le impostazioni IMAP' }, ').'],
		},
		'0x80042108': {
			means: ['Outlook non riesce a connettersi al server in entrata (POP).'],
			causes: [['Server, porta o crittografia errati: il server POP è ', { server: 'pop' }, '.'], FIREWALL],
			fix: ['Confronta il server in entrata con ', { place: 'pop-settings', text: 'le impostazioni POP' }, ' oppure lascia che ', { place: 'checker', text: 'la verifica delle impostazioni' }, ' lo confronti.'],
		},
		'0x80042109': {
			means: ['Outlook non riesce a connettersi al server in uscita (SMTP).'],
			causes: [['Server, porta o crittografia errati: il server in uscita è ', { server: 'smtp' }, '.'], FIREWALL],
			fix: ['Controlla il server in uscita nelle ', { place: 'smtp-settings', text: 'impostazioni SMTP' }, ' oppure lascia che ', { place: 'checker', text: 'la verifica delle impostazioni' }, ' lo confronti.'],
		},
		'0x8004210A': {
			means: ['Outlook ha atteso troppo a lungo la risposta del server in entrata (POP).'],
			causes: [['Una rete lenta.'], ['Un antivirus che analizza la posta in arrivo trattiene la connessione.']],
			fix: ['Sposta verso destra il cursore ', { ui: 'classic.serverTimeouts' }, ' (', { ui: 'classic.moreSettings' }, ' → ', { ui: 'classic.advancedTab' }, '), oppure, per fare una prova, disattiva l’analisi della posta dell’antivirus.'],
		},
		'0x8004210B': {
			means: ['Outlook ha atteso troppo a lungo la risposta del server in uscita (SMTP).'],
			causes: [['Una rete lenta.'], ['Un messaggio bloccato nella cartella ', { ui: 'classic.outbox' }, ', per esempio una conferma di lettura: eliminalo e invia di nuovo.'], FIREWALL],
			fix: ['Svuota la cartella ', { ui: 'classic.outbox' }, ', poi controlla il server in uscita: ', { server: 'smtp' }, ' (', { place: 'smtp-settings', text: 'le impostazioni SMTP' }, ').'],
		},
	},
} satisfies { titles: Record<string, string>; explanations: Record<string, { means: Rich; causes: Rich[]; fix: Rich }> };
