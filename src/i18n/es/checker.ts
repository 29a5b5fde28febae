/**
 * Spanish: every word the settings checker shows or copies. Messages are templates, one per
 * finding kind: `{name}` is replaced by a finding's value as text, `[name]` as code. `{where}` is
 * the region's name (or the zones' labels without a region), zone lists become their labels,
 * protocols their names (src/checker/messages.ts fills them). The protocols' names follow
 * «servidor» and «puerto»: «el servidor IMAP», «el puerto saliente (SMTP)».
 * Host names, ports and security types are never typed here: they come in through the findings.
 */
export default {
	findings: {
		'other-zone': '[got] es el servidor de {gotZones}; para {where}, utilice [expected].',
		'no-such-host': '[got] no existe: ese nombre solo se utiliza en {realIn}. Para {where}, utilice [expected].',
		typo: '[got] parece una errata: el servidor {protocol} es [expected].',
		'typo-zone': '[got] parece una errata de [near], un servidor de {nearZones}; para {where}, utilice [expected].',
		'wrong-protocol': '[got] es el servidor {gotProtocol}; el servidor {protocol} es [expected].',
		'unknown-host': '[got] no es un nombre de servidor MX Plan de OVHcloud (escriba solo el nombre, sin «https://» ni puerto); para {where}, el servidor {protocol} es [expected].',
		'other-port': 'El puerto [got] es el puerto {gotProtocol}; el puerto {protocol} es [expected].',
		'wrong-port': 'El puerto [got] no es el puerto {protocol}: utilice [expected].',
		'encryption-none': 'Con «Ninguno», su contraseña viajaría sin cifrar, y el servidor no lo acepta. Elija [expected] para el servidor {protocol}.',
		'encryption-starttls': 'STARTTLS no funciona en el puerto [port]: la conexión está cifrada desde el principio. Elija [expected] para el servidor {protocol}.',
		'encryption-auto': 'Con «Automático», Outlook elige por su cuenta un método que puede no funcionar. Elija [expected] para el servidor {protocol}.',
		'user-name': 'El nombre de usuario debe ser la dirección de correo completa (nombre@su-dominio), no solo la parte anterior a la @.',
		'smtp-auth-off': 'Active la autenticación SMTP: marque «Mi servidor de salida (SMTP) requiere autenticación» y «Utilizar la misma configuración que mi servidor de correo de entrada».',
	},
	protocols: { imap: 'IMAP', pop: 'POP', smtp: 'saliente (SMTP)' },
	ui: {
		start: 'Escriba lo que muestra su Outlook: los resultados aparecen aquí a medida que escribe.',
		one: 'Se ha encontrado 1 error',
		many: 'Se han encontrado {n} errores',
		allGood: 'Todo coincide con los parámetros de {where}. Si Outlook sigue fallando, compruebe la contraseña (pruébela en el webmail) y, después, la lista de comprobación.',
		soFar: 'Ningún error por ahora; algunos campos siguen vacíos.',
		checkedAgainst: 'Comprobado con los parámetros de {where}.',
		guessed: 'No se ha elegido ninguna región: sus valores encajan mejor con {where}, así que se comprueban con esos parámetros. Para asegurarse, elija su región con la bandera de la esquina superior derecha.',
		askRegion: 'No se ha elegido ninguna región: para comprobar los nombres de servidor, elija la suya con la bandera de la esquina superior derecha o escriba un servidor.',
		fixLink: 'Cómo corregirlo: {title}',
		copy: 'Copiar los resultados',
		copied: 'Resultados copiados',
		copyFailed: 'Error al copiar',
		/** The copied summary's first line; then the region line, the status, each finding and its link. */
		summaryTitle: 'Comprobación de los parámetros de Outlook (MX Plan)',
	},
	/** The form's fields. */
	labels: {
		accountType: 'Tipo de cuenta',
		incomingServer: 'Servidor entrante',
		incomingPort: 'Puerto entrante',
		incomingEncryption: 'Cifrado entrante',
		outgoingServer: 'Servidor saliente',
		outgoingPort: 'Puerto saliente',
		outgoingEncryption: 'Cifrado saliente',
		userName: 'Nombre de usuario',
		smtpAuth: 'El servidor saliente requiere autenticación',
	},
	/** The encryption choices (Outlook's own names; «Elegir…» is the empty choice). */
	encryption: { choose: 'Elegir…', none: 'Ninguno', auto: 'Automático' },
	form: {
		label: 'Sus parámetros de Outlook',
		incoming: 'Correo entrante',
		outgoing: 'Correo saliente',
		results: 'Resultados',
	},
	noJs: {
		intro: 'El comprobador necesita JavaScript. Compare lo que muestra su Outlook con estos valores; cada zona está identificada: busque la suya.',
		imap: 'IMAP (entrante)',
		pop: 'POP (entrante)',
		smtp: 'SMTP (saliente)',
		auth: 'El servidor saliente requiere autenticación con el mismo nombre de usuario y la misma contraseña.',
	},
};
