/**
 * Spanish: the illustrations' captions and the words they draw that are not Outlook's labels
 * (Outlook's labels are in outlook.ts), and the POP/IMAP diagrams' text and descriptions.
 */
export default {
	yourAddress: 'su dirección de correo',
	yourPassword: 'su contraseña, oculta',
	yourName: 'su nombre',
	recommended: 'recomendado',
	/** The new Outlook's password field, where the reader types nothing. */
	leaveEmpty: 'dejar vacío',
	/** The new Outlook's settings button, drawn as a gear. */
	gear: 'Configuración (icono de engranaje)',
	addAccountWizard: {
		caption: 'La ventana de Outlook para agregar una cuenta: introduzca su dirección, abra Opciones avanzadas, marque «Permíteme configurar mi cuenta manualmente» y haga clic en Conectar.',
	},
	accountTypeChoice: { caption: 'Paso 1: elija IMAP (recomendado) o POP.' },
	passwordPrompt: { caption: 'Paso 2: introduzca la contraseña de su cuenta de correo y haga clic en Conectar.' },
	changeAccountSettings: { caption: 'Paso 3: si Outlook no ha podido configurar la cuenta por sí solo, haga clic en Cambiar la configuración de la cuenta.' },
	serverSettingsForm: {
		caption: 'Paso 4 ({type}): el formulario de configuración de la cuenta en Outlook, con los servidores entrante y saliente, los puertos y el método de cifrado que debe introducir.',
	},
	accountSettingsPath: {
		title: 'Outlook — Archivo',
		caption: 'Modificar los parámetros existentes: Archivo (1), elija la cuenta, Configuración de la cuenta (2) y, por último, Configuración del servidor (3).',
	},
	manualSetup: { caption: 'La antigua ventana Agregar cuenta: elija Configuración manual o tipos de servidores adicionales y haga clic en Siguiente.' },
	serviceChoice: { caption: 'Elija POP o IMAP y haga clic en Siguiente.' },
	accountDetails: { caption: 'Los datos de la cuenta, para IMAP: su nombre y su dirección, el tipo de cuenta y los servidores, y su dirección como nombre de usuario; después, Más configuraciones.' },
	outgoingServerTab: { caption: 'La pestaña Servidor de salida: marque la autenticación SMTP y conserve la misma configuración que el servidor de entrada.' },
	advancedTab: { caption: 'La pestaña Avanzadas, para IMAP: los puertos de entrada y de salida, cada uno con su conexión cifrada; después, Aceptar.' },
	accountSettingsDialog: { caption: 'La ventana Configuración de la cuenta: seleccione su cuenta (1) y haga clic en Cambiar (2).' },
	newAddAccount: { caption: 'El nuevo Outlook: en la columna izquierda, haga clic en Agregar una cuenta.' },
	newSignIn: { caption: 'Introduzca su dirección y haga clic en Continuar (1); escriba la contraseña y haga clic en Mostrar más (2).' },
	newServerForm: { caption: 'La configuración del servidor en el nuevo Outlook, para IMAP: los servidores entrante y saliente, los puertos y el tipo de conexión segura; su dirección como nombre de usuario SMTP; el campo de la contraseña, vacío.' },
	newRemoveAccount: { caption: 'Quitar la cuenta en el nuevo Outlook: la configuración (1), sus cuentas (2), Administrar (3) y, por último, Eliminar (4).' },
	incomingOutgoing: {
		caption: 'La ventana de configuración del servidor, dividida en dos partes: Correo entrante y Correo saliente. Haga clic en una de ellas para modificarla.',
	},
	overview: {
		title: 'Envío y recepción del correo',
		desc: 'El cliente de correo de su dispositivo envía los mensajes al servidor saliente mediante SMTP y recibe los mensajes del servidor entrante mediante POP o IMAP.',
		device: 'Su dispositivo',
		client: 'cliente de correo',
		outgoing: 'Saliente',
		incoming: 'Entrante',
		server: 'servidor',
		popOrImap: 'POP o IMAP',
		caption: 'El envío siempre utiliza SMTP; para la recepción, usted elige entre POP e IMAP.',
	},
	devices: {
		computer: 'Ordenador',
		phone: 'Teléfono',
		tablet: 'Tableta',
		server: 'Servidor de correo',
		kept: '✉ mensaje conservado',
		deleted: '✉ mensaje eliminado',
		sees: '✉ lo ve',
		nothing: 'nada',
		imapSummary: 'El mensaje permanece en el servidor, marcado como leído: todos los dispositivos lo muestran.',
		imapDesc: 'Con IMAP, el mensaje permanece en el servidor de correo. El ordenador, el teléfono y la tableta lo muestran y, en cuanto se lee en uno de ellos, aparece como leído en los demás, hasta que un dispositivo lo elimina.',
		popSummary: 'El primer dispositivo descarga el mensaje y este se elimina del servidor: los demás no llegan a verlo.',
		popDesc: 'Con POP, de forma predeterminada, el ordenador descarga el mensaje y este se elimina del servidor de correo, por lo que el teléfono y la tableta no llegan a verlo.',
	},
};
