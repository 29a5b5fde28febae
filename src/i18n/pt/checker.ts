/**
 * Portuguese (Portugal): every word the settings checker shows or copies. Messages are templates,
 * one per finding kind: `{name}` is replaced by a finding's value as text, `[name]` as code.
 * `{where}` is the region's name (or the zones' labels without a region): it stands in brackets
 * or after a colon, since a country name would otherwise need its article ("o Canadá"). A zone list
 * that may name two zones ("Canadá / Américas e Ásia / Pacífico") goes in brackets after "outra zona".
 * Host names, ports and security types are never typed here: they come in through the findings.
 * No template has a user-name slot: the user name never appears in a message or the summary.
 */
export default {
	findings: {
		'other-zone': '[got] é um servidor de outra zona ({gotZones}); no seu caso ({where}), utilize [expected].',
		'no-such-host': '[got] não existe: esse nome só é utilizado na zona {realIn}. No seu caso ({where}), utilize [expected].',
		typo: '[got] parece ter um erro de escrita: o servidor {protocol} é [expected].',
		'typo-zone': '[got] parece ser [near] mal escrito, um servidor de outra zona ({nearZones}); no seu caso ({where}), utilize [expected].',
		'wrong-protocol': '[got] é o servidor {gotProtocol}; o servidor {protocol} é [expected].',
		'unknown-host': '[got] não é um nome de servidor MX Plan da OVHcloud (introduza apenas o nome, sem «https://» nem porta); no seu caso ({where}), o servidor {protocol} é [expected].',
		'other-port': 'A porta [got] é a porta {gotProtocol}; a porta {protocol} é [expected].',
		'wrong-port': 'A porta [got] não é a porta {protocol}: utilize [expected].',
		'encryption-none': '«Nenhum» enviaria a sua palavra-passe sem encriptação, o que o servidor recusa. Escolha [expected] para o servidor {protocol}.',
		'encryption-starttls': 'O STARTTLS não funciona na porta [port]: a ligação é encriptada desde o início. Escolha [expected] para o servidor {protocol}.',
		'encryption-auto': '«Automático» deixa o Outlook escolher um método que pode não funcionar. Escolha [expected] para o servidor {protocol}.',
		'user-name': 'O nome de utilizador tem de ser o endereço de e-mail completo (nome@o-seu-dominio), e não apenas a parte antes do @.',
		'smtp-auth-off': 'Ative a autenticação SMTP: marque «O meu servidor de saída (SMTP) requer autenticação» e «Utilizar as mesmas definições que o meu servidor de receção de correio».',
	},
	protocols: { imap: 'IMAP', pop: 'POP', smtp: 'de saída (SMTP)' },
	ui: {
		start: 'Introduza o que o seu Outlook apresenta: os resultados aparecem aqui à medida que escreve.',
		one: '1 erro encontrado',
		many: '{n} erros encontrados',
		allGood: 'Tudo corresponde às definições esperadas ({where}). Se o Outlook continuar a falhar, verifique a palavra-passe (experimente-a no webmail) e, depois, a lista de verificação.',
		soFar: 'Nenhum erro até agora; alguns campos ainda estão vazios.',
		checkedAgainst: 'Valores comparados com as definições da região: {where}.',
		guessed: 'Nenhuma região escolhida: os seus valores são comparados com as definições que lhes correspondem melhor ({where}). Para ter a certeza, escolha a sua região com a bandeira no canto superior direito.',
		askRegion: 'Nenhuma região escolhida: para verificar os nomes dos servidores, escolha a sua com a bandeira no canto superior direito ou introduza um servidor.',
		fixLink: 'Como corrigir: {title}',
		copy: 'Copiar resultados',
		copied: 'Resultados copiados',
		copyFailed: 'Não foi possível copiar',
		/** The copied summary's first line; then the region line, the status, each finding and its link. */
		summaryTitle: 'Verificação das definições do Outlook (MX Plan)',
	},
	/** The form's fields. */
	labels: {
		accountType: 'Tipo de conta',
		incomingServer: 'Servidor de entrada',
		incomingPort: 'Porta de entrada',
		incomingEncryption: 'Encriptação de entrada',
		outgoingServer: 'Servidor de saída',
		outgoingPort: 'Porta de saída',
		outgoingEncryption: 'Encriptação de saída',
		userName: 'Nome de utilizador',
		smtpAuth: 'O servidor de saída requer autenticação',
	},
	/** The encryption choices (Outlook's own names; "Escolha…" is the empty choice). */
	encryption: { choose: 'Escolha…', none: 'Nenhum', auto: 'Automático' },
	form: {
		label: 'As definições do seu Outlook',
		incoming: 'Correio de entrada',
		outgoing: 'Correio de saída',
		results: 'Resultados',
	},
	noJs: {
		intro: 'O verificador precisa de JavaScript. Compare o que o seu Outlook apresenta com estes valores; cada zona está identificada: procure a sua.',
		imap: 'IMAP (entrada)',
		pop: 'POP (entrada)',
		smtp: 'SMTP (saída)',
		auth: 'O servidor de saída exige autenticação com o mesmo nome de utilizador e a mesma palavra-passe.',
	},
};
