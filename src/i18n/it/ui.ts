/**
 * Italian: the words of the site's own components (see src/i18n/catalogue.ts for the rules every
 * language's catalogue follows). `{name}` is a placeholder the component fills; keep each one.
 * Region names are not preceded by an article in the templates (“per Italia”): the sentences put
 * them after a colon, in brackets or after “regione”.
 */
export default {
	site: {
		title: 'MX Plan su Outlook per Windows',
		description: 'Configura il tuo indirizzo email MX Plan di OVHcloud su Outlook per Windows, con le impostazioni dei server della tua regione.',
	},
	/** Page titles: the sidebar, the link index's groups. Each page's own title is in its frontmatter. */
	pages: {
		'/': 'Inizia da qui',
		'/add-account/': 'Aggiungere l’account',
		'/modify-settings/': 'Modificare le impostazioni esistenti',
		'/troubleshooting/': 'Quando Outlook non invia o non riceve',
		'/pop-or-imap/': 'POP o IMAP, qual è la differenza?',
		'/download-settings/': 'Scarica le tue impostazioni',
		'/links/': 'Link per gli operatori del supporto',
	},
	sidebar: { support: 'Per gli operatori del supporto' },
	/** Region names (the settings module's region ids), as OVHcloud's Italian sites write them. */
	regions: {
		ca: 'Canada',
		world: 'Internazionale (Americhe e altri Paesi)',
		fr: 'Francia',
		gb: 'Regno Unito',
		ie: 'Irlanda',
		de: 'Germania',
		es: 'Spagna',
		it: 'Italia',
		pl: 'Polonia',
		pt: 'Portogallo',
		au: 'Australia',
		sg: 'Singapore',
		asia: 'Asia',
	},
	/** Zone labels (the settings module's zone ids). */
	zones: { eu: 'Europa / Africa', ca: 'Canada / Americhe', apac: 'Asia / Pacifico' },
	/** Joins two or more zone labels: "Canada / Americhe e Asia / Pacifico". */
	and: ' e ',
	/** The colon after a label (“Europe / Africa: …”), with the language’s spacing. */
	colon: ':',
	/** Outlook names (the Outlook choice's values). */
	outlooks: { classic: 'Outlook classico', new: 'Nuovo Outlook' },
	/** The region choice: picker, prompt, notices, announcements. */
	region: {
		label: 'Regione per le impostazioni di posta',
		placeholder: 'Scegli la tua regione',
		promptTitle: 'Scegli il tuo Paese o la tua regione',
		promptText: 'I server di posta dipendono dal luogo in cui è stato ordinato il tuo servizio MX Plan. Finché non scegli, ogni valore di questa pagina è mostrato per tutte le zone, ciascuno con il nome della sua zona.',
		unknown: 'L’indirizzo di questa pagina indica la regione “{value}”, che questa guida non conosce. Scegli la tua regione qui sotto.',
		announce: 'Impostazioni mostrate: {name} ({group}).',
		noJs: '{strong}, quindi questa pagina non può adattarsi alla tua regione: ogni impostazione è mostrata per tutte le zone, ciascuna con il nome della sua zona. La tua zona:',
		noJsStrong: 'JavaScript è disattivato',
		noJsLabel: 'Regione',
		currentNone: 'Nessuna regione ancora scelta: ogni valore è mostrato per tutte le zone, con il nome della zona.',
		currentChosen: 'Impostazioni mostrate: {icon} {name} · {group}',
		currentChange: 'Non è la tua regione? Cambiala con la bandiera in alto a destra.',
		checkTitle: 'Prima controlla la bandiera',
		checkText: 'Prima di configurare i tuoi servizi seguendo questa guida, verifica che la bandiera in alto a destra di questa pagina corrisponda al tuo Paese o alla tua regione: le impostazioni dipendono da dove ti trovi.',
		checkTitleNoJs: 'Usa le impostazioni della tua zona',
		checkTextNoJs: 'Prima di configurare i tuoi servizi seguendo questa guida, trova il tuo Paese o la tua regione nell’elenco in cima a questa pagina e usa solo le impostazioni indicate con il nome della sua zona: le impostazioni dipendono da dove ti trovi.',
		printLabel: 'Impostazioni stampate',
		printChosen: 'Queste impostazioni sono quelle della regione {name} (server della zona {zone}). Verifica che sia il Paese o la regione in cui è stato ordinato il tuo servizio MX Plan.',
		printNone: 'Nessuna regione scelta: ogni valore è stampato per tutte le zone, ciascuno con il nome della sua zona.',
	},
	/** The Outlook choice: picker, prompt, help, notices, announcements. */
	outlookChoice: {
		label: 'Outlook per Windows',
		placeholder: 'Scegli il tuo Outlook',
		promptTitle: 'Quale Outlook usi?',
		promptText: 'Outlook classico e il nuovo Outlook aggiungono un account in modi diversi. Finché non scegli, sono mostrate le istruzioni per entrambi, ciascuna con il nome della sua versione.',
		/** How to tell them apart: `{file}` is classic Outlook's File menu. */
		help: 'Non sai quale hai? Digita “Outlook” nella barra di ricerca di Windows: Outlook classico compare come “Outlook (classic)”, quello nuovo semplicemente come “Outlook”. Inoltre il nuovo Outlook non ha il menu {file}.',
		unknown: 'L’indirizzo di questa pagina indica la versione di Outlook “{value}”, che questa guida non conosce. Scegli il tuo Outlook.',
		announce: 'Istruzioni mostrate: {name}.',
		linkNotice: 'Questo link porta alle istruzioni di una sola versione di Outlook, quindi sono mostrate quelle: {name}.',
		back: 'Passa a {name}',
		noJs: 'Sono mostrate sia le istruzioni per Outlook classico sia quelle per il nuovo Outlook, ciascuna con il nome della sua versione.',
		currentNone: 'Nessun Outlook ancora scelto: sono mostrate le istruzioni per entrambi, ciascuna con il nome della sua versione.',
		currentChosen: 'Istruzioni mostrate: {icon} {name}',
		currentChange: 'Non è il tuo Outlook? Cambialo in alto a destra, accanto alla bandiera.',
		printChosen: 'Queste istruzioni si riferiscono a questa versione di Outlook: {name}.',
		printNone: 'Nessun Outlook scelto: sono stampate sia le istruzioni per Outlook classico sia quelle per il nuovo Outlook, ciascuna con il nome della sua versione.',
	},
	/** A region whose language is not the page's: the link to this language's page, written in this language. */
	offer: 'Questa guida è disponibile anche in italiano: {link}',
	offerLink: 'leggi questa pagina in italiano',
	/** The translation offer's name and its button. */
	offerLabel: 'Altre lingue',
	close: 'Chiudi',
	/** The settings tables (SettingsTable). */
	table: {
		information: 'Informazione',
		description: 'Descrizione',
		userName: 'Nome utente',
		userNameValue: 'Inserisci {value}',
		fullAddress: 'l’indirizzo email completo',
		password: 'Password',
		passwordValue: 'Inserisci la password dell’account email',
		serverIncoming: 'Server (in entrata)',
		serverOutgoing: 'Server (in uscita)',
		otherName: 'Altro nome dello stesso server',
		otherNameNone: 'nessuno (usa il nome del server indicato sopra)',
		port: 'Porta',
		security: 'Tipo di sicurezza',
		none: 'nessuno',
	},
	/** What to type in a step (ServerStep): "Nella sezione Posta in arrivo, inserisci:". */
	serverStep: { type: 'Nella sezione {block}, inserisci:' },
	otherNames: {
		some: 'Nelle impostazioni che seguono puoi inserire 2 nomi host diversi per lo stesso server (in entrata o in uscita): quello indicato oppure {names}. I due valori indicano lo stesso server: esistono per rendere il nome più facile da digitare e per non confondere i protocolli POP, IMAP e SMTP, che usano porte diverse.',
		none: 'Nelle impostazioni che seguono ogni server (in entrata o in uscita) ha un solo nome host: digitalo esattamente come è indicato. POP, IMAP e SMTP hanno ciascuno il proprio nome host e la propria porta, così non si possono confondere.',
	},
	downloads: {
		imapProfile: 'Profilo IMAP',
		popProfile: 'Profilo POP',
		/** Visually hidden after each link: makes the all-zones list's links unique. */
		forRegion: ' per la regione {region}',
		dnsZone: 'Zona DNS di {domain}',
	},
	/** Step tabs: the tab list's name, per set of steps. */
	steps: {
		classic: 'Passaggi per aggiungere l’account',
		'classic-manual': 'Passaggi nella vecchia finestra “Aggiungi account”',
		new: 'Passaggi per aggiungere l’account nel nuovo Outlook',
	},
	/** Copy-link buttons and the announcements of the link script. */
	copy: {
		label: 'Copia il link',
		to: ' a “{title}”',
		copied: 'Copiato',
		failed: 'Copia non riuscita',
		announceCopied: 'Link a “{title}” copiato',
		announceFailed: 'Copia non riuscita: {url}',
	},
	linkIndex: {
		/** The pickers' empty choice: the link leaves it to the reader. */
		none: 'Nessuna scelta (decide il lettore)',
		/** A place that is the same for every value of a choice (both Outlooks). */
		every: 'Entrambi',
		place: 'Punto della guida',
		id: 'ID',
		link: 'Link',
		copy: 'Copia',
		also: 'anche {aliases}',
	},
	errorCode: {
		/** An error code’s heading (and its place’s title): “0x800CCC0E: cannot connect to the server”. */
		heading: '{code}: {title}',
		also: 'Scritto anche {code}',
		windowsName: 'Nome in Windows: {name}',
		means: 'Che cosa significa.',
		causes: 'Cause probabili',
		fix: 'Soluzione.',
		/** A server's three values in a sentence: "<host>, port <port>, <security>". */
		server: '{host}, porta {port}, {security}',
	},
	illustration: { badge: 'Illustrazione', diagram: 'Schema' },
};
