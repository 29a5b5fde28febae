/**
 * Spanish (Spain, OVHcloud es-es, “usted”): the words of the site's own components (see
 * src/i18n/catalogue.ts for the rules every language's catalogue follows). `{name}` is a
 * placeholder the component fills; keep each one.
 */
export default {
	site: {
		title: 'MX Plan en Outlook para Windows',
		description: 'Configure su dirección de correo MX Plan de OVHcloud en Outlook para Windows, con los servidores de su región.',
	},
	/** Page titles: the sidebar, the link index's groups. Each page's own title is in its frontmatter. */
	pages: {
		'/': 'Empiece aquí',
		'/add-account/': 'Añadir la cuenta',
		'/modify-settings/': 'Modificar los parámetros existentes',
		'/troubleshooting/': 'Cuando Outlook no puede enviar ni recibir',
		'/pop-or-imap/': 'POP o IMAP, ¿cuál es la diferencia?',
		'/download-settings/': 'Descargar su configuración',
		'/links/': 'Enlaces para agentes de soporte',
	},
	sidebar: { support: 'Para agentes de soporte' },
	/** Region names (the settings module's region ids), as OVHcloud's Spanish sites write them. */
	regions: {
		ca: 'Canadá',
		world: 'Internacional (América y otros países)',
		fr: 'Francia',
		gb: 'Reino Unido',
		ie: 'Irlanda',
		de: 'Alemania',
		es: 'España',
		it: 'Italia',
		pl: 'Polonia',
		pt: 'Portugal',
		au: 'Australia',
		sg: 'Singapur',
		asia: 'Asia',
	},
	/** Zone labels (the settings module's zone ids). */
	zones: { eu: 'Europa / África', ca: 'Canadá / América', apac: 'Asia / Pacífico' },
	/** Joins two or more zone labels: «Canadá / América y Asia / Pacífico». */
	and: ' y ',
	/** The colon after a label (“Europe / Africa: …”), with the language’s spacing. */
	colon: ':',
	/** Outlook names (the Outlook choice's values). */
	outlooks: { classic: 'Outlook clásico', new: 'Nuevo Outlook' },
	/** The region choice: picker, prompt, notices, announcements. */
	region: {
		label: 'Región de los parámetros de correo',
		placeholder: 'Elija su región',
		promptTitle: 'Elija su país o región',
		promptText: 'Los servidores de correo dependen del lugar donde se contrató su servicio MX Plan. Mientras no elija una región, cada valor de esta página aparece para todas las zonas, con el nombre de su zona.',
		unknown: 'Esta dirección pide la región «{value}», que esta guía no conoce. Elija su región a continuación.',
		announce: 'Se muestran los parámetros de {name} ({group}).',
		noJs: '{strong}, así que esta página no puede adaptarse a su región: cada parámetro aparece para todas las zonas, con el nombre de su zona. Su zona:',
		noJsStrong: 'JavaScript está desactivado',
		noJsLabel: 'Región',
		currentNone: 'Todavía no ha elegido ninguna región: cada valor aparece para todas las zonas, con el nombre de la zona.',
		currentChosen: 'Parámetros mostrados para {icon} {name} · {group}',
		currentChange: '¿No es su región? Cámbiela con la bandera de la esquina superior derecha.',
		checkTitle: 'Compruebe antes la bandera',
		checkText: 'Antes de empezar a configurar sus servicios con esta guía, asegúrese de que la bandera de la esquina superior derecha de esta página corresponde a su país o región: los parámetros dependen de su ubicación.',
		checkTitleNoJs: 'Utilice los parámetros de su zona',
		checkTextNoJs: 'Antes de empezar a configurar sus servicios con esta guía, busque su país o región en la lista de la parte superior de esta página y utilice solo los parámetros marcados con el nombre de su zona: los parámetros dependen de su ubicación.',
		printLabel: 'Parámetros impresos',
		printChosen: 'Estos parámetros corresponden a {name} (servidores de {zone}). Compruebe que es el país o la región donde se contrató su servicio MX Plan.',
		printNone: 'No se ha elegido ninguna región: cada valor se imprime para todas las zonas, con el nombre de su zona.',
	},
	/** The Outlook choice: picker, prompt, help, notices, announcements. */
	outlookChoice: {
		label: 'Outlook para Windows',
		placeholder: 'Elija su Outlook',
		promptTitle: '¿Qué Outlook utiliza?',
		promptText: 'Outlook clásico y el nuevo Outlook no añaden las cuentas de la misma manera. Mientras no elija uno, se muestran las instrucciones de ambos, cada una identificada.',
		/** How to tell them apart: `{file}` is classic Outlook's File menu. */
		help: '¿No está seguro? Escriba «Outlook» en la barra de búsqueda de Windows: Outlook clásico aparece como «Outlook (clásico)» y el nuevo, simplemente como «Outlook». Además, el nuevo Outlook no tiene menú {file}.',
		unknown: 'Esta dirección pide el Outlook «{value}», que esta guía no conoce. Elija su Outlook.',
		announce: 'Se muestran las instrucciones para {name}.',
		linkNotice: 'Este enlace lleva a las instrucciones para {name}: por eso son las que se muestran.',
		back: 'Ver {name} en su lugar',
		noJs: 'Se muestran a la vez las instrucciones de Outlook clásico y las del nuevo Outlook, cada una identificada.',
		currentNone: 'Todavía no ha elegido ningún Outlook: se muestran las instrucciones de ambos, cada una identificada.',
		currentChosen: 'Instrucciones mostradas para {icon} {name}',
		currentChange: '¿No es su Outlook? Cámbielo arriba a la derecha, junto a la bandera.',
		printChosen: 'Estas instrucciones corresponden a {name}.',
		printNone: 'No se ha elegido ningún Outlook: se imprimen las instrucciones de Outlook clásico y las del nuevo Outlook, cada una identificada.',
	},
	/** A region whose language is not the page's: the link to this language's page, written in this language. */
	offer: 'Esta guía también está disponible en español: {link}',
	offerLink: 'leer esta página en español',
	/** The translation offer's name and its button. */
	offerLabel: 'Otros idiomas',
	close: 'Cerrar',
	/** The settings tables (SettingsTable). */
	table: {
		information: 'Parámetro',
		description: 'Descripción',
		userName: 'Nombre de usuario',
		userNameValue: 'Introduzca {value}',
		fullAddress: 'la dirección de correo electrónico completa',
		password: 'Contraseña',
		passwordValue: 'Introduzca la contraseña de la cuenta de correo',
		serverIncoming: 'Servidor (entrante)',
		serverOutgoing: 'Servidor (saliente)',
		otherName: 'Otro nombre del mismo servidor',
		otherNameNone: 'ninguno (utilice el nombre de servidor indicado arriba)',
		port: 'Puerto',
		security: 'Tipo de seguridad',
		none: 'ninguno',
	},
	/** What to type in a step (ServerStep): «En Correo entrante, introduzca:». */
	serverStep: { type: 'En {block}, introduzca:' },
	otherNames: {
		some: 'En los parámetros siguientes, cada servidor (entrante o saliente) admite dos nombres de host: el que se muestra o {names}. Los dos designan el mismo servidor; existen para que resulte más fácil escribirlos y para no confundir los protocolos POP, IMAP y SMTP, que tienen cada uno su propio puerto.',
		none: 'En los parámetros siguientes, cada servidor (entrante o saliente) tiene un único nombre de host: escríbalo tal como aparece. POP, IMAP y SMTP tienen cada uno su nombre de host y su puerto, lo que evita confundirlos.',
	},
	downloads: {
		imapProfile: 'Perfil IMAP',
		popProfile: 'Perfil POP',
		/** Visually hidden after each link: makes the all-zones list's links unique. */
		forRegion: ' para {region}',
		dnsZone: 'Zona DNS de {domain}',
	},
	/** Step tabs: the tab list's name, per set of steps. */
	steps: {
		classic: 'Pasos para añadir la cuenta',
		'classic-manual': 'Pasos en la antigua ventana «Agregar cuenta»',
		new: 'Pasos para añadir la cuenta en el nuevo Outlook',
	},
	/** Copy-link buttons and the announcements of the link script. */
	copy: {
		label: 'Copiar enlace',
		to: ': {title}',
		copied: 'Copiado',
		failed: 'Error al copiar',
		announceCopied: 'Enlace copiado: {title}',
		announceFailed: 'No se ha podido copiar: {url}',
	},
	linkIndex: {
		/** The pickers' empty choice: the link leaves it to the reader. */
		none: 'Sin elegir (decide el lector)',
		/** A place that is the same for every value of a choice (both Outlooks). */
		every: 'Ambos',
		place: 'Apartado',
		id: 'Id',
		link: 'Enlace',
		copy: 'Copiar',
		also: 'también {aliases}',
	},
	errorCode: {
		/** An error code’s heading (and its place’s title): “0x800CCC0E: cannot connect to the server”. */
		heading: '{code}: {title}',
		also: 'También se escribe {code}',
		windowsName: 'Nombre en Windows: {name}',
		means: 'Qué quiere decir Outlook.',
		causes: 'Causas probables',
		fix: 'Solución.',
		/** A server's three values in a sentence: host, «puerto» and port, security type. */
		server: '{host}, puerto {port}, {security}',
	},
	illustration: { badge: 'Ilustración', diagram: 'Diagrama' },
};
