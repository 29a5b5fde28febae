/**
 * Portuguese (Portugal): the words of the site's own components (see src/i18n/catalogue.ts for the
 * rules every language's catalogue follows). `{name}` is a placeholder the component fills; keep
 * each one. Region names have no article in front of them here ("o Canadá", "a França" would
 * need one), so the sentences put them after a colon or in brackets.
 */
export default {
	site: {
		title: 'MX Plan no Outlook para Windows',
		description: 'Configure o seu endereço de e-mail MX Plan da OVHcloud no Outlook para Windows, com as definições de servidor da sua região.',
	},
	/** Page titles: the sidebar, the link index's groups. Each page's own title is in its frontmatter. */
	pages: {
		'/': 'Comece aqui',
		'/add-account/': 'Adicionar a conta',
		'/modify-settings/': 'Modificar as definições existentes',
		'/troubleshooting/': 'Quando o Outlook não consegue enviar ou receber',
		'/pop-or-imap/': 'POP ou IMAP, qual é a diferença?',
		'/download-settings/': 'Transferir as suas definições',
		'/links/': 'Ligações para os agentes de suporte',
	},
	sidebar: { support: 'Para os agentes de suporte' },
	/** Region names (the settings module's region ids). */
	regions: {
		ca: 'Canadá',
		world: 'Internacional (Américas e outros países)',
		fr: 'França',
		gb: 'Reino Unido',
		ie: 'Irlanda',
		de: 'Alemanha',
		es: 'Espanha',
		it: 'Itália',
		pl: 'Polónia',
		pt: 'Portugal',
		au: 'Austrália',
		sg: 'Singapura',
		asia: 'Ásia',
	},
	/** Zone labels (the settings module's zone ids). */
	zones: { eu: 'Europa / África', ca: 'Canadá / Américas', apac: 'Ásia / Pacífico' },
	/** Joins two or more zone labels: "Canadá / Américas e Ásia / Pacífico". */
	and: ' e ',
	/** The colon after a label (“Europe / Africa: …”), with the language’s spacing. */
	colon: ':',
	/** Outlook names (the Outlook choice's values). */
	outlooks: { classic: 'Outlook clássico', new: 'Novo Outlook' },
	/** The region choice: picker, prompt, notices, announcements. */
	region: {
		label: 'Região das definições de e-mail',
		placeholder: 'Escolha a sua região',
		promptTitle: 'Escolha o seu país ou região',
		promptText: 'Os servidores de e-mail dependem do local onde o seu serviço MX Plan foi encomendado. Enquanto não escolher, cada valor desta página é apresentado para todas as zonas, com a indicação da zona.',
		unknown: 'Este endereço indica a região «{value}», que este guia não conhece. Escolha a sua região abaixo.',
		announce: 'Definições apresentadas: {name} ({group}).',
		noJs: '{strong}, por isso esta página não consegue seguir a sua região: cada definição é apresentada para todas as zonas, com a indicação da zona. A sua zona:',
		noJsStrong: 'O JavaScript está desativado',
		noJsLabel: 'Região',
		currentNone: 'Ainda não escolheu nenhuma região: cada valor é apresentado para todas as zonas, com a indicação da zona.',
		currentChosen: 'Definições apresentadas: {icon} {name} · {group}',
		currentChange: 'Não é a sua região? Altere-a com a bandeira no canto superior direito.',
		checkTitle: 'Verifique primeiro a bandeira',
		checkText: 'Antes de começar a configurar os seus serviços com este guia, certifique-se de que a bandeira no canto superior direito desta página corresponde ao seu país ou região, uma vez que as definições dependem da sua localização.',
		checkTitleNoJs: 'Utilize as definições da sua zona',
		checkTextNoJs: 'Antes de começar a configurar os seus serviços com este guia, procure o seu país ou região na lista no topo desta página e utilize apenas as definições indicadas com o nome da respetiva zona, uma vez que as definições dependem da sua localização.',
		printLabel: 'Definições impressas',
		printChosen: 'Região destas definições: {name} (servidores da zona {zone}). Verifique se é o país ou a região onde o seu serviço MX Plan foi encomendado.',
		printNone: 'Nenhuma região escolhida: cada valor é impresso para todas as zonas, com a indicação da respetiva zona.',
	},
	/** The Outlook choice: picker, prompt, help, notices, announcements. */
	outlookChoice: {
		label: 'Outlook para Windows',
		placeholder: 'Escolha o seu Outlook',
		promptTitle: 'Que Outlook utiliza?',
		promptText: 'O Outlook clássico e o novo Outlook adicionam uma conta de formas diferentes. Enquanto não escolher, são apresentadas as instruções de ambos, cada uma com a respetiva indicação.',
		/** How to tell them apart: `{file}` is classic Outlook's File menu. */
		help: 'Não tem a certeza? Escreva «Outlook» na barra de pesquisa do Windows: o Outlook clássico aparece como «Outlook (clássico)» e o novo apenas como «Outlook». Além disso, o novo Outlook não tem o menu {file}.',
		unknown: 'Este endereço indica o Outlook «{value}», que este guia não conhece. Escolha o seu Outlook.',
		announce: 'Instruções apresentadas: {name}.',
		linkNotice: 'Esta ligação leva às instruções do {name}, por isso são essas as apresentadas.',
		back: 'Mostrar as instruções do {name}',
		noJs: 'São apresentadas as instruções do Outlook clássico e as do novo Outlook, cada uma com a respetiva indicação.',
		currentNone: 'Ainda não escolheu nenhum Outlook: são apresentadas as instruções de ambos, cada uma com a respetiva indicação.',
		currentChosen: 'Instruções apresentadas: {icon} {name}',
		currentChange: 'Não é o seu Outlook? Altere-o no canto superior direito, ao lado da bandeira.',
		printChosen: 'Estas instruções são para o {name}.',
		printNone: 'Nenhum Outlook escolhido: são impressas as instruções do Outlook clássico e as do novo Outlook, cada uma com a respetiva indicação.',
	},
	/** A region whose language is not the page's: the link to this language's page, written in this language. */
	offer: 'Este guia também está disponível em português: {link}',
	offerLink: 'ler esta página em português',
	/** The translation offer's name and its button. */
	offerLabel: 'Outras línguas',
	close: 'Fechar',
	/** The settings tables (SettingsTable). */
	table: {
		information: 'Informação',
		description: 'Descrição',
		userName: 'Nome de utilizador',
		userNameValue: 'Introduza {value}',
		fullAddress: 'o endereço de e-mail completo',
		password: 'Palavra-passe',
		passwordValue: 'Introduza a palavra-passe da conta de e-mail',
		serverIncoming: 'Servidor (de entrada)',
		serverOutgoing: 'Servidor (de saída)',
		otherName: 'Outro nome do mesmo servidor',
		otherNameNone: 'nenhum (utilize o nome do servidor acima)',
		port: 'Porta',
		security: 'Tipo de segurança',
		none: 'nenhum',
	},
	/** What to type in a step (ServerStep): "Em Correio de entrada, introduza:". */
	serverStep: { type: 'Em {block}, introduza:' },
	otherNames: {
		some: 'Nas definições seguintes, pode introduzir 2 nomes diferentes para o mesmo servidor (de entrada ou de saída): o apresentado ou {names}. Estes valores designam o mesmo servidor e foram criados para facilitar a introdução e evitar confusões entre os protocolos POP, IMAP e SMTP, que utilizam portas diferentes.',
		none: 'Nas definições seguintes, cada servidor (de entrada ou de saída) tem um único nome: introduza-o exatamente como é apresentado. O POP, o IMAP e o SMTP têm cada um o seu próprio nome de servidor e a sua porta, o que evita confusões entre eles.',
	},
	downloads: {
		imapProfile: 'Perfil IMAP',
		popProfile: 'Perfil POP',
		/** Visually hidden after each link: makes the all-zones list's links unique. */
		forRegion: ' (região: {region})',
		dnsZone: 'Zona DNS de {domain}',
	},
	/** Step tabs: the tab list's name, per set of steps. */
	steps: { classic: 'Passos para adicionar a conta', 'classic-manual': 'Passos na janela antiga «Adicionar Conta»', new: 'Passos para adicionar a conta no novo Outlook' },
	/** Copy-link buttons and the announcements of the link script. */
	copy: {
		label: 'Copiar ligação',
		to: ': {title}',
		copied: 'Copiada',
		failed: 'Não foi possível copiar',
		announceCopied: 'Ligação copiada: {title}',
		announceFailed: 'Não foi possível copiar: {url}',
	},
	linkIndex: {
		/** The pickers' empty choice: the link leaves it to the reader. */
		none: 'Nenhuma escolha (o leitor decide)',
		/** A place that is the same for every value of a choice (both Outlooks). */
		every: 'Ambos',
		place: 'Local',
		id: 'ID',
		link: 'Ligação',
		copy: 'Copiar',
		also: 'também {aliases}',
	},
	errorCode: {
		/** An error code’s heading (and its place’s title): “0x800CCC0E: cannot connect to the server”. */
		heading: '{code}: {title}',
		also: 'Também aparece como {code}',
		windowsName: 'Nome no Windows: {name}',
		means: 'O que o Outlook quer dizer.',
		causes: 'Causas prováveis',
		fix: 'Solução.',
		/** A server's three values in a sentence: "<host>, port <port>, <security>". */
		server: '{host}, porta {port}, {security}',
	},
	illustration: { badge: 'Ilustração', diagram: 'Diagrama' },
};
