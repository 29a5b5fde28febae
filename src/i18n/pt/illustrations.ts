/**
 * Portuguese (Portugal): the illustrations' captions and the words they draw that are not Outlook's
 * labels (Outlook's labels are in outlook.ts), and the POP/IMAP diagrams' text and descriptions.
 * The captions quote Outlook's labels exactly as outlook.ts spells them.
 */
export default {
	yourAddress: 'o seu endereço de e-mail',
	yourPassword: 'a sua palavra-passe, oculta',
	yourName: 'o seu nome',
	recommended: 'recomendado',
	/** The new Outlook's password field, where the reader types nothing. */
	leaveEmpty: 'deixar vazio',
	/** The new Outlook's settings button, drawn as a gear. */
	gear: 'Definições (ícone de roda dentada)',
	addAccountWizard: {
		caption: 'A janela do Outlook para adicionar uma conta: introduza o seu endereço, abra «Opções avançadas», marque «Permitir configurar manualmente a minha conta» e clique em «Ligar».',
	},
	accountTypeChoice: { caption: 'Passo 1: escolha IMAP (recomendado) ou POP.' },
	passwordPrompt: { caption: 'Passo 2: introduza a palavra-passe da sua conta de e-mail e clique em «Ligar».' },
	changeAccountSettings: { caption: 'Passo 3: se o Outlook não conseguiu configurar a conta sozinho, clique em «Alterar Definições da Conta».' },
	serverSettingsForm: {
		caption: 'Passo 4 ({type}): o formulário de definições da conta do Outlook, com os servidores de entrada e de saída, as portas e o método de encriptação a introduzir.',
	},
	accountSettingsPath: {
		title: 'Outlook — Ficheiro',
		caption: 'Modificar as definições existentes: «Ficheiro» (1), escolha da conta, «Definições da Conta» (2) e, por fim, «Definições do Servidor» (3).',
	},
	manualSetup: { caption: 'A janela antiga «Adicionar Conta»: escolha «Configuração manual ou tipos de servidores adicionais» e clique em «Seguinte».' },
	serviceChoice: { caption: 'Escolha «POP ou IMAP» e clique em «Seguinte».' },
	accountDetails: { caption: 'Os dados da conta, para IMAP: o seu nome e o seu endereço, o tipo de conta e os servidores, o seu endereço como nome de utilizador; depois, «Mais Definições».' },
	outgoingServerTab: { caption: 'O separador «Servidor de Saída»: marque a autenticação SMTP e mantenha as mesmas definições do servidor de entrada.' },
	advancedTab: { caption: 'O separador «Avançadas», para IMAP: as portas de entrada e de saída, cada uma com a sua ligação encriptada; depois, «OK».' },
	accountSettingsDialog: { caption: 'A janela «Definições da Conta»: selecione a sua conta (1) e clique em «Alterar» (2).' },
	newAddAccount: { caption: 'O novo Outlook: na coluna da esquerda, clique em «Adicionar uma conta».' },
	newSignIn: { caption: 'Introduza o seu endereço e clique em «Continuar» (1); introduza a palavra-passe e clique em «Mostrar mais» (2).' },
	newServerForm: { caption: 'As definições de servidor do novo Outlook, para IMAP: os servidores de entrada e de saída, as portas e o tipo de ligação segura; o seu endereço como nome de utilizador SMTP; o campo da palavra-passe fica vazio.' },
	newRemoveAccount: { caption: 'Remover a conta no novo Outlook: as definições (1), as suas contas (2), «Gerir» (3) e, por fim, «Eliminar» (4).' },
	incomingOutgoing: {
		caption: 'A janela das definições do servidor, em duas partes: «Correio de entrada» e «Correio de saída». Clique numa delas para a editar.',
	},
	overview: {
		title: 'Enviar e receber e-mails',
		desc: 'O cliente de e-mail do seu dispositivo envia os e-mails para o servidor de saída através de SMTP e recebe-os do servidor de entrada através de POP ou IMAP.',
		device: 'Dispositivo',
		client: 'cliente de e-mail',
		outgoing: 'Saída',
		incoming: 'Entrada',
		server: 'servidor',
		popOrImap: 'POP ou IMAP',
		caption: 'O envio utiliza sempre SMTP; para a receção, pode escolher entre POP e IMAP.',
	},
	devices: {
		computer: 'Computador',
		phone: 'Telemóvel',
		tablet: 'Tablet',
		server: 'Servidor de e-mail',
		kept: '✉ mensagem guardada',
		deleted: '✉ mensagem eliminada',
		sees: '✉ vê-a',
		nothing: 'nada',
		imapSummary: 'A mensagem fica no servidor, marcada como lida: todos os dispositivos a mostram.',
		imapDesc: 'Com IMAP, a mensagem fica no servidor de e-mail. O computador, o telemóvel e o tablet mostram-na e, depois de lida num dispositivo, aparece como lida nos outros, até que um dos dispositivos a elimine.',
		popSummary: 'O primeiro dispositivo transfere a mensagem, que é eliminada do servidor: os outros nunca a veem.',
		popDesc: 'Com POP, por predefinição, o computador transfere a mensagem e esta é eliminada do servidor de e-mail, pelo que o telemóvel e o tablet nunca a veem.',
	},
};
