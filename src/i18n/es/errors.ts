/**
 * Spanish: what each of Outlook's error codes means for an MX Plan account (the troubleshooting
 * page). Rich text (src/i18n/rich.ts): plain strings, and parts the page fills in:
 * `{ server: 'imap' }` (host, port and security of the reader's zone), `{ value: 'smtp', field: 'port' }`,
 * `{ ui: 'classic.spa' }` (an Outlook label from outlook.ts, in bold), `{ code: 'ssl0' }`,
 * `{ place: 'imap-settings' }` (a link to a registered place, with its title, or `text`) and
 * `{ page: '/modify-settings/' }` (a link to a page, with its title). The parts may be reordered,
 * but every one that is not a string is kept.
 */
import type { Rich } from '../rich';

/** «para IMAP …; para POP …»: the incoming servers of the reader's zone. */
const INCOMING: Rich = ['para IMAP, ', { server: 'imap' }, '; para POP, ', { server: 'pop' }];
const FIREWALL: Rich = [
	'Un cortafuegos, un antivirus o la red de la empresa bloquea los puertos (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Pruebe con otra red, por ejemplo la conexión de datos de un teléfono móvil.',
];
const CREDENTIALS: Rich = [
	'El nombre de usuario debe ser la dirección de correo completa, y la contraseña, la de la propia cuenta de correo (consulte ',
	{ place: 'imap-settings', text: 'los parámetros IMAP' },
	').',
];
const SPAM: Rich = [
	'La cuenta está bloqueada por spam: el área de cliente de OVHcloud lo indica en la lista de cuentas de correo (consulte ',
	{ place: 'checklist', text: 'la lista de comprobación' },
	').',
];

export default {
	/** Each code's short title: the heading reads «0x800CCC0E: no se puede conectar con el servidor». */
	titles: {
		'0x800CCC0D': 'no se encuentra el servidor',
		'0x800CCC0E': 'no se puede conectar con el servidor',
		'0x800CCC0F': 'el servidor ha cortado la conexión',
		'0x800CCC13': 'no se puede leer ni escribir en la red',
		'0x800CCC18': 'error de inicio de sesión',
		'0x800CCC19': 'el servidor no ha respondido a tiempo',
		'0x800CCC1A': 'no se puede conectar mediante SSL',
		'0x800CCC67': 'el servidor saliente no acepta mensajes por ahora',
		'0x800CCC78': 'remitente rechazado',
		'0x800CCC79': 'destinatario rechazado',
		'0x800CCC7D': 'el servidor no ofrece STARTTLS',
		'0x800CCC80': 'ningún método de autenticación en común',
		'0x800CCC90': 'el servidor POP ha devuelto un error',
		'0x800CCC91': 'nombre de usuario rechazado',
		'0x800CCC92': 'contraseña rechazada',
		'0x800CCCD1': 'error de inicio de sesión IMAP',
		'0x80042108': 'no se puede conectar con el servidor entrante (POP)',
		'0x80042109': 'no se puede conectar con el servidor saliente (SMTP)',
		'0x8004210A': 'tiempo de espera agotado con el servidor entrante (POP)',
		'0x8004210B': 'tiempo de espera agotado con el servidor saliente (SMTP)',
	},
	explanations: {
		'0x800CCC0D': {
			means: ['Outlook no encuentra el servidor: el nombre escrito en el campo del servidor no lleva a ninguna parte.'],
			causes: [
				['El nombre del servidor está mal escrito o pertenece a otra zona. Servidor entrante: ', ...INCOMING, '. Servidor saliente: ', { server: 'smtp' }, '.'],
				['El nombre ', { code: 'ssl0' }, ' solo existe en Europa; fuera de Europa, utilice los nombres anteriores.'],
				['El ordenador no tiene conexión a internet, o su DNS no responde.'],
			],
			fix: [
				'Corrija los nombres de servidor (',
				{ place: 'imap-settings', text: 'los parámetros IMAP' },
				', ',
				{ place: 'pop-settings', text: 'los parámetros POP' },
				') o deje que ',
				{ place: 'checker', text: 'el comprobador de parámetros' },
				' los compare.',
			],
		},
		'0x800CCC0E': {
			means: ['Outlook ha encontrado el servidor, pero no ha podido abrir una conexión con él.'],
			causes: [
				['El servidor o el puerto son incorrectos. Servidor entrante: ', ...INCOMING, '. Servidor saliente: ', { server: 'smtp' }, '.'],
				['El cifrado no corresponde al puerto: todos los puertos de OVHcloud indicados aquí esperan ', { value: 'imap', field: 'security' }, '.'],
				FIREWALL,
			],
			fix: [
				'Compare el servidor, el puerto y el cifrado con ',
				{ place: 'imap-settings', text: 'los parámetros IMAP' },
				' o ',
				{ place: 'pop-settings', text: 'los parámetros POP' },
				'; ',
				{ place: 'checker', text: 'el comprobador de parámetros' },
				' le indica cuál es incorrecto.',
			],
		},
		'0x800CCC0F': {
			means: ['La conexión estaba abierta y, después, el servidor o la red la cerraron.'],
			causes: [
				['Con POP (', { server: 'pop' }, '), Outlook busca correo nuevo más de una vez por minuto: OVHcloud corta ese tipo de conexiones.'],
				['Un mensaje supera el tamaño permitido, así que el envío se interrumpe a medias.'],
				['Un equipo de red (router, proxy, antivirus que analiza el correo) cierra las conexiones largas.'],
			],
			fix: [
				'Haga que Outlook deje al menos unos minutos entre dos comprobaciones del correo nuevo (',
				{ ui: 'classic.sendReceive' },
				' → ',
				{ ui: 'classic.sendReceiveGroups' },
				'), envíe los archivos grandes por otro medio y pruebe con otra red.',
			],
		},
		'0x800CCC13': {
			means: ['Outlook no puede leer ni escribir en la red.'],
			causes: [['El problema está en la red local o en la pila de red de Windows, no en los parámetros de la cuenta.'], FIREWALL],
			fix: ['Reinicie el ordenador y el router y vuelva a intentarlo; si el problema persiste, pruebe con otra red.'],
		},
		'0x800CCC18': {
			means: ['El inicio de sesión ha fallado con el método de autenticación propio de Microsoft.'],
			causes: [['La casilla ', { ui: 'classic.spa' }, ' está marcada: los servidores de OVHcloud no utilizan SPA.']],
			fix: ['En los parámetros de la cuenta (consulte ', { page: '/modify-settings/' }, '), desmarque ', { ui: 'classic.spa' }, '.'],
		},
		'0x800CCC19': {
			means: ['El servidor no ha respondido a tiempo.'],
			causes: [['La ruta de red es lenta o está bloqueada.'], FIREWALL],
			fix: ['Revise ', { place: 'checklist', text: 'la lista de comprobación' }, ' (la página de estado) y vuelva a intentarlo desde otra red.'],
		},
		'0x800CCC1A': {
			means: ['Outlook no ha podido establecer la conexión cifrada.'],
			causes: [
				[
					'El cifrado no corresponde al puerto: IMAP utiliza el puerto ',
					{ value: 'imap', field: 'port' },
					' con ',
					{ value: 'imap', field: 'security' },
					'; POP, el ',
					{ value: 'pop', field: 'port' },
					' con ',
					{ value: 'pop', field: 'security' },
					', y SMTP, el ',
					{ value: 'smtp', field: 'port' },
					' con ',
					{ value: 'smtp', field: 'security' },
					'.',
				],
				['Un antivirus que analiza el correo cifrado se interpone en la conexión.'],
			],
			fix: [
				'Elija ',
				{ value: 'imap', field: 'security' },
				' para cada servidor, con los puertos de ',
				{ place: 'imap-settings', text: 'los parámetros IMAP' },
				' o de ',
				{ place: 'pop-settings', text: 'los parámetros POP' },
				'.',
			],
		},
		'0x800CCC67': {
			means: ['El servidor saliente se niega, de momento, a aceptar mensajes (respuesta 421 del servidor).'],
			causes: [
				['Es un rechazo temporal: casi siempre se han alcanzado los límites de envío (consulte ', { place: 'replies', text: 'Límites de envío' }, ').'],
				['Hay un mantenimiento o una incidencia en curso (consulte ', { place: 'checklist', text: 'la lista de comprobación' }, ').'],
			],
			fix: ['Espere y vuelva a enviar; reparta los envíos masivos a lo largo de varias horas.'],
		},
		'0x800CCC78': {
			means: ['El servidor saliente ha rechazado la dirección del remitente.'],
			causes: [
				['El mensaje se envía desde una dirección que no es la de la cuenta (el campo ', { ui: 'classic.from' }, ' indica otra dirección).'],
				['La autenticación SMTP está desactivada, así que el servidor no sabe quién envía el mensaje.'],
			],
			fix: ['Envíe desde la dirección de la propia cuenta y active la autenticación SMTP (consulte ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC79': {
			means: ['El servidor saliente ha rechazado uno o varios destinatarios.'],
			causes: [
				['La autenticación SMTP está desactivada: sin ella, el servidor no reenvía ningún mensaje.'],
				['Algunos cortafuegos eliminan la autenticación de la conexión.'],
				['Una de las direcciones de destinatario está mal escrita.'],
			],
			fix: ['Active la autenticación SMTP (consulte ', { place: 'smtp-auth' }, ') y compruebe el servidor saliente: ', { server: 'smtp' }, '.'],
		},
		'0x800CCC7D': {
			means: ['Outlook ha pedido al servidor que pase a una conexión cifrada (STARTTLS), y el servidor no lo ofrece en ese puerto.'],
			causes: [['Se ha elegido STARTTLS para el servidor saliente: en el puerto ', { value: 'smtp', field: 'port' }, ', la conexión está cifrada desde el principio.']],
			fix: ['Elija ', { value: 'smtp', field: 'security' }, ' para el servidor saliente (consulte ', { place: 'smtp-settings', text: 'los parámetros SMTP' }, ').'],
		},
		'0x800CCC80': {
			means: ['Outlook indica que ninguno de los métodos de autenticación que admite es compatible con el servidor.'],
			causes: [['La autenticación SMTP está desactivada.']],
			fix: ['Marque ', { ui: 'classic.smtpAuth' }, ' y ', { ui: 'classic.sameSettings' }, ' (consulte ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC90': {
			means: ['El servidor POP ha respondido con un error, a menudo junto con el 0x800CCC92.'],
			causes: [CREDENTIALS, SPAM],
			fix: ['Consulte el código ', { place: '0x800ccc92', text: '0x800CCC92' }, '.'],
		},
		'0x800CCC91': {
			means: ['El servidor POP ha rechazado el nombre de usuario.'],
			causes: [['El nombre de usuario no es la dirección de correo completa (solo se ha escrito la parte anterior a la @, o bien otra dirección).']],
			fix: ['Escriba la dirección de correo completa como nombre de usuario (consulte ', { place: 'pop-settings', text: 'los parámetros POP' }, ').'],
		},
		'0x800CCC92': {
			means: ['El servidor POP ha rechazado la contraseña.'],
			causes: [['La contraseña es incorrecta, o se ha cambiado desde entonces en el área de cliente de OVHcloud.'], SPAM],
			fix: ['Pruebe la contraseña en el webmail (consulte ', { place: 'checklist', text: 'la lista de comprobación' }, ') y escriba después la misma en Outlook.'],
		},
		'0x800CCCD1': {
			means: ['El servidor IMAP ha rechazado el inicio de sesión.'],
			causes: [CREDENTIALS, ['La contraseña es incorrecta.'], SPAM],
			fix: ['Escriba la dirección de correo completa y la contraseña que utiliza en el webmail (consulte ', { place: 'imap-settings', text: 'los parámetros IMAP' }, ').'],
		},
		'0x80042108': {
			means: ['Outlook no puede conectarse con el servidor entrante (POP).'],
			causes: [['El servidor, el puerto o el cifrado son incorrectos: el servidor POP es ', { server: 'pop' }, '.'], FIREWALL],
			fix: [
				'Compare el servidor entrante con ',
				{ place: 'pop-settings', text: 'los parámetros POP' },
				' o deje que ',
				{ place: 'checker', text: 'el comprobador de parámetros' },
				' lo compare.',
			],
		},
		'0x80042109': {
			means: ['Outlook no puede conectarse con el servidor saliente (SMTP).'],
			causes: [['El servidor, el puerto o el cifrado son incorrectos: el servidor saliente es ', { server: 'smtp' }, '.'], FIREWALL],
			fix: [
				'Compruebe el servidor saliente en ',
				{ place: 'smtp-settings', text: 'los parámetros SMTP' },
				' o deje que ',
				{ place: 'checker', text: 'el comprobador de parámetros' },
				' lo compare.',
			],
		},
		'0x8004210A': {
			means: ['Outlook ha dejado de esperar al servidor entrante (POP): se ha agotado el tiempo de espera.'],
			causes: [['La red es lenta.'], ['Un antivirus que analiza el correo entrante retiene la conexión.']],
			fix: [
				'Aumente el valor del control deslizante ',
				{ ui: 'classic.serverTimeouts' },
				' (',
				{ ui: 'classic.moreSettings' },
				' → ',
				{ ui: 'classic.advancedTab' },
				') o, para hacer la prueba, desactive el análisis del correo en el antivirus.',
			],
		},
		'0x8004210B': {
			means: ['Outlook ha dejado de esperar al servidor saliente (SMTP): se ha agotado el tiempo de espera.'],
			causes: [
				['La red es lenta.'],
				['Hay un mensaje atascado en la ', { ui: 'classic.outbox' }, ', por ejemplo una confirmación de lectura: elimínelo y vuelva a enviar.'],
				FIREWALL,
			],
			fix: ['Vacíe la ', { ui: 'classic.outbox' }, ' y compruebe el servidor saliente: ', { server: 'smtp' }, ' (consulte ', { place: 'smtp-settings', text: 'los parámetros SMTP' }, ').'],
		},
	},
} satisfies { titles: Record<string, string>; explanations: Record<string, { means: Rich; causes: Rich[]; fix: Rich }> };
