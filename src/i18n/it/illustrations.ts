/**
 * Italian: the illustrations' captions and the words they draw that are not Outlook's labels
 * (Outlook's labels are in outlook.ts, and the captions name them as outlook.ts writes them), and
 * the POP/IMAP diagrams' text and descriptions.
 */
export default {
	yourAddress: 'il tuo indirizzo email',
	yourPassword: 'la tua password, nascosta',
	yourName: 'il tuo nome',
	recommended: 'consigliato',
	/** The new Outlook's password field, where the reader types nothing. */
	leaveEmpty: 'lascia vuoto',
	/** The new Outlook's settings button, drawn as a gear. */
	gear: 'Impostazioni (icona a forma di ingranaggio)',
	addAccountWizard: {
		caption: 'La finestra di Outlook per aggiungere un account: inserisci il tuo indirizzo, apri Opzioni avanzate, seleziona “Configura il mio account manualmente” e fai clic su Connessione.',
	},
	accountTypeChoice: { caption: 'Passaggio 1: scegli IMAP (consigliato) o POP.' },
	passwordPrompt: { caption: 'Passaggio 2: inserisci la password del tuo account email, poi fai clic su Connetti.' },
	changeAccountSettings: { caption: 'Passaggio 3: se Outlook non è riuscito a configurare l’account da solo, fai clic su Modifica le impostazioni dell’account.' },
	serverSettingsForm: {
		caption: 'Passaggio 4 ({type}): il modulo delle impostazioni dell’account in Outlook, con i server in entrata e in uscita, le porte e il metodo di crittografia da inserire.',
	},
	accountSettingsPath: {
		title: 'Outlook — File',
		caption: 'Modificare le impostazioni esistenti: File (1), scegli l’account, Impostazioni account (2), poi Impostazioni server (3).',
	},
	manualSetup: { caption: 'La vecchia finestra Aggiungi account: scegli Configurazione manuale o tipi di server aggiuntivi, poi fai clic su Avanti.' },
	serviceChoice: { caption: 'Scegli POP o IMAP, poi fai clic su Avanti.' },
	accountDetails: { caption: 'I dati dell’account, per IMAP: il tuo nome e il tuo indirizzo, il tipo di account e i server, il tuo indirizzo come nome utente; poi Altre impostazioni.' },
	outgoingServerTab: { caption: 'La scheda Server della posta in uscita: attiva l’autenticazione SMTP e mantieni le stesse impostazioni del server in entrata.' },
	advancedTab: { caption: 'La scheda Impostazioni avanzate, per IMAP: le porte in entrata e in uscita, ciascuna con la sua connessione crittografata; poi OK.' },
	accountSettingsDialog: { caption: 'La finestra Impostazioni account: seleziona il tuo account (1), poi fai clic su Cambia (2).' },
	newAddAccount: { caption: 'Il nuovo Outlook: nella colonna di sinistra, fai clic su Aggiungi un account.' },
	newSignIn: { caption: 'Inserisci il tuo indirizzo e fai clic su Continua (1); inserisci la password, poi fai clic su Mostra altro (2).' },
	newServerForm: { caption: 'Le impostazioni del server nel nuovo Outlook, per IMAP: i server in entrata e in uscita, le porte e il tipo di connessione sicura; il tuo indirizzo come nome utente SMTP; il campo della password lasciato vuoto.' },
	newRemoveAccount: { caption: 'Rimuovere l’account nel nuovo Outlook: le impostazioni (1), i tuoi account (2), Gestisci (3), poi Elimina (4).' },
	incomingOutgoing: {
		caption: 'La finestra delle impostazioni del server, divisa in due parti: Posta in arrivo e Posta in uscita. Fai clic su una delle due per modificarla.',
	},
	overview: {
		title: 'Inviare e ricevere email',
		desc: 'Il client di posta del tuo dispositivo invia le email al server in uscita con SMTP e le riceve dal server in entrata con POP o IMAP.',
		device: 'Il tuo dispositivo',
		client: 'client di posta',
		outgoing: 'In uscita',
		incoming: 'In entrata',
		server: 'server',
		popOrImap: 'POP o IMAP',
		caption: 'Per l’invio si usa sempre SMTP; per la ricezione scegli tu tra POP e IMAP.',
	},
	devices: {
		computer: 'Computer',
		phone: 'Telefono',
		tablet: 'Tablet',
		server: 'Server di posta',
		kept: '✉ messaggio conservato',
		deleted: '✉ messaggio eliminato',
		sees: '✉ lo vede',
		nothing: 'niente',
		imapSummary: 'Il messaggio resta sul server, contrassegnato come letto: tutti i dispositivi lo mostrano.',
		imapDesc: 'Con IMAP il messaggio resta sul server di posta. Il computer, il telefono e il tablet lo mostrano tutti e, una volta letto su un dispositivo, risulta letto anche sugli altri, finché un dispositivo non lo elimina.',
		popSummary: 'Il primo dispositivo scarica il messaggio, che viene eliminato dal server: gli altri non lo vedono mai.',
		popDesc: 'Con POP, per impostazione predefinita, il computer scarica il messaggio, che viene eliminato dal server di posta: il telefono e il tablet non lo vedono mai.',
	},
};
