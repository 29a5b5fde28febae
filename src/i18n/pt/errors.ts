/**
 * Portuguese (Portugal): what each of Outlook's error codes means for an MX Plan account (the
 * troubleshooting page). Rich text (src/i18n/rich.ts): plain strings, and parts the page fills in
 * (servers, values, Outlook's labels, code, links); every part that is not a string is the English
 * one's, in the order Portuguese needs.
 */
import type { Rich } from '../rich';

/** "para IMAP …; para POP …": the incoming servers of the reader's zone. */
const INCOMING: Rich = ['para IMAP, ', { server: 'imap' }, '; para POP, ', { server: 'pop' }];
const FIREWALL: Rich = [
	'Uma firewall, um antivírus ou a rede da empresa bloqueia as portas (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Experimente outra rede, por exemplo a ligação de dados de um telemóvel.',
];
const CREDENTIALS: Rich = ['O nome de utilizador tem de ser o endereço de e-mail completo, e a palavra-passe, a da própria conta de e-mail (consulte ', { place: 'imap-settings', text: 'as definições IMAP' }, ').'];
const SPAM: Rich = ['A conta está bloqueada por spam: a Área de Cliente OVHcloud indica-o na lista das contas de e-mail (consulte ', { place: 'checklist', text: 'a lista de verificação' }, ').'];

export default {
	/** Each code's short title: the heading reads "0x800CCC0E: não é possível ligar ao servidor". */
	titles: {
		'0x800CCC0D': 'não é possível encontrar o servidor',
		'0x800CCC0E': 'não é possível ligar ao servidor',
		'0x800CCC0F': 'o servidor terminou a ligação',
		'0x800CCC13': 'não é possível ler ou escrever na rede',
		'0x800CCC18': 'falha no início de sessão',
		'0x800CCC19': 'o servidor não respondeu a tempo',
		'0x800CCC1A': 'não é possível ligar através de SSL',
		'0x800CCC67': 'o servidor de saída recusou temporariamente',
		'0x800CCC78': 'remetente recusado',
		'0x800CCC79': 'destinatário recusado',
		'0x800CCC7D': 'o servidor não oferece STARTTLS',
		'0x800CCC80': 'nenhum método de autenticação em comum',
		'0x800CCC90': 'o servidor POP devolveu um erro',
		'0x800CCC91': 'nome de utilizador rejeitado',
		'0x800CCC92': 'palavra-passe rejeitada',
		'0x800CCCD1': 'falha no início de sessão IMAP',
		'0x80042108': 'não é possível ligar ao servidor de entrada (POP)',
		'0x80042109': 'não é possível ligar ao servidor de saída (SMTP)',
		'0x8004210A': 'tempo esgotado à espera do servidor de entrada (POP)',
		'0x8004210B': 'tempo esgotado à espera do servidor de saída (SMTP)',
	},
	explanations: {
		'0x800CCC0D': {
			means: ['O Outlook não encontra o servidor: o nome introduzido no campo do servidor não leva a lado nenhum.'],
			causes: [
				['O nome do servidor tem um erro de escrita ou é o de outra zona. O servidor de entrada é, ', ...INCOMING, '; o servidor de saída é ', { server: 'smtp' }, '.'],
				['O nome ', { code: 'ssl0' }, ' só existe na Europa; fora da Europa, utilize os nomes acima.'],
				['O computador não tem ligação à Internet ou o seu DNS não responde.'],
			],
			fix: ['Corrija os nomes dos servidores (consulte ', { place: 'imap-settings', text: 'as definições IMAP' }, ' e ', { place: 'pop-settings', text: 'as definições POP' }, ') ou deixe que ', { place: 'checker', text: 'o verificador de definições' }, ' os compare.'],
		},
		'0x800CCC0E': {
			means: ['O Outlook encontrou o servidor, mas não conseguiu estabelecer uma ligação com ele.'],
			causes: [
				['Um servidor ou uma porta errados: o servidor de entrada é, ', ...INCOMING, '; o servidor de saída é ', { server: 'smtp' }, '.'],
				['A encriptação não corresponde à porta: todas as portas da OVHcloud indicadas aqui exigem ', { value: 'imap', field: 'security' }, '.'],
				FIREWALL,
			],
			fix: ['Compare o servidor, a porta e a encriptação com ', { place: 'imap-settings', text: 'as definições IMAP' }, ' ou ', { place: 'pop-settings', text: 'as definições POP' }, '; ', { place: 'checker', text: 'o verificador de definições' }, ' indica o valor errado.'],
		},
		'0x800CCC0F': {
			means: ['A ligação estava aberta e, depois, o servidor ou a rede terminou-a.'],
			causes: [
				['Com POP (', { server: 'pop' }, '), o Outlook verifica se há e-mails novos mais do que uma vez por minuto: a OVHcloud corta essas ligações.'],
				['Uma mensagem excede o tamanho permitido, pelo que o envio para a meio.'],
				['Um equipamento de rede (router, proxy, antivírus que analisa o e-mail) fecha as ligações longas.'],
			],
			fix: ['Verifique se há e-mails novos com um intervalo de alguns minutos, no mínimo (', { ui: 'classic.sendReceive' }, ' → ', { ui: 'classic.sendReceiveGroups' }, '), envie os ficheiros grandes de outra forma e experimente outra rede.'],
		},
		'0x800CCC13': {
			means: ['O Outlook não consegue ler nem escrever na rede.'],
			causes: [['A rede local ou a pilha de rede do Windows, e não as definições da conta.'], FIREWALL],
			fix: ['Reinicie o computador e o router e tente novamente; se o problema persistir, experimente outra rede.'],
		},
		'0x800CCC18': {
			means: ['O início de sessão falhou com o método de autenticação próprio da Microsoft.'],
			causes: [['A opção ', { ui: 'classic.spa' }, ' está marcada: os servidores da OVHcloud não utilizam SPA.']],
			fix: ['Nas definições da conta (consulte ', { page: '/modify-settings/' }, '), desmarque ', { ui: 'classic.spa' }, '.'],
		},
		'0x800CCC19': {
			means: ['O servidor não respondeu a tempo.'],
			causes: [['Um caminho de rede lento ou bloqueado.'], FIREWALL],
			fix: ['Consulte ', { place: 'checklist', text: 'a lista de verificação' }, ' (a página de estado) e tente novamente noutra rede.'],
		},
		'0x800CCC1A': {
			means: ['O Outlook não conseguiu estabelecer a ligação encriptada.'],
			causes: [
				[
					'A encriptação não corresponde à porta: o IMAP utiliza a porta ',
					{ value: 'imap', field: 'port' },
					' com ',
					{ value: 'imap', field: 'security' },
					', o POP a porta ',
					{ value: 'pop', field: 'port' },
					' com ',
					{ value: 'pop', field: 'security' },
					' e o SMTP a porta ',
					{ value: 'smtp', field: 'port' },
					' com ',
					{ value: 'smtp', field: 'security' },
					'.',
				],
				['Um antivírus que analisa o e-mail encriptado interfere na ligação.'],
			],
			fix: ['Escolha ', { value: 'imap', field: 'security' }, ' para cada servidor, com as portas indicadas nas ', { place: 'imap-settings', text: 'definições IMAP' }, ' ou nas ', { place: 'pop-settings', text: 'definições POP' }, '.'],
		},
		'0x800CCC67': {
			means: ['O servidor de saída recusou temporariamente as mensagens (resposta 421 do servidor).'],
			causes: [['Uma recusa temporária: na maioria dos casos, foram atingidos os limites de envio (consulte ', { place: 'replies', text: 'Limites de envio' }, ').'], ['Uma manutenção ou um incidente (consulte ', { place: 'checklist', text: 'a lista de verificação' }, ').']],
			fix: ['Aguarde e volte a enviar; distribua os envios em massa por várias horas.'],
		},
		'0x800CCC78': {
			means: ['O servidor de saída recusou o endereço do remetente.'],
			causes: [
				['A mensagem é enviada a partir de um endereço que não é o da própria conta (um campo ', { ui: 'classic.from' }, ' com outro endereço).'],
				['A autenticação SMTP está desativada, pelo que o servidor não sabe quem está a enviar.'],
			],
			fix: ['Envie a partir do endereço da própria conta e ative a autenticação SMTP (consulte ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC79': {
			means: ['O servidor de saída recusou um ou mais destinatários.'],
			causes: [
				['A autenticação SMTP está desativada: sem ela, o servidor não reencaminha nada.'],
				['Algumas firewalls removem a autenticação da ligação.'],
				['Um endereço de destinatário tem um erro de escrita.'],
			],
			fix: ['Ative a autenticação SMTP (consulte ', { place: 'smtp-auth' }, ') e verifique o servidor de saída: ', { server: 'smtp' }, '.'],
		},
		'0x800CCC7D': {
			means: ['O Outlook pediu ao servidor para passar a uma ligação encriptada (STARTTLS) e o servidor não oferece essa opção nessa porta.'],
			causes: [['Está selecionado STARTTLS para o servidor de saída: na porta ', { value: 'smtp', field: 'port' }, ', a ligação é encriptada desde o início.']],
			fix: ['Escolha ', { value: 'smtp', field: 'security' }, ' para o servidor de saída (consulte ', { place: 'smtp-settings', text: 'as definições SMTP' }, ').'],
		},
		'0x800CCC80': {
			means: ['«Nenhum dos métodos de autenticação suportados por este cliente é suportado pelo seu servidor.»'],
			causes: [['A autenticação SMTP está desativada.']],
			fix: ['Marque ', { ui: 'classic.smtpAuth' }, ' e ', { ui: 'classic.sameSettings' }, ' (consulte ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC90': {
			means: ['O servidor POP respondeu com um erro, muitas vezes acompanhado de 0x800CCC92.'],
			causes: [CREDENTIALS, SPAM],
			fix: ['Consulte ', { place: '0x800ccc92', text: '0x800CCC92' }, '.'],
		},
		'0x800CCC91': {
			means: ['O servidor POP rejeitou o nome de utilizador.'],
			causes: [['O nome de utilizador não é o endereço de e-mail completo (apenas a parte antes do @, ou outro endereço).']],
			fix: ['Introduza o endereço de e-mail completo como nome de utilizador (consulte ', { place: 'pop-settings', text: 'as definições POP' }, ').'],
		},
		'0x800CCC92': {
			means: ['O servidor POP rejeitou a palavra-passe.'],
			causes: [['A palavra-passe está errada ou foi alterada entretanto na Área de Cliente OVHcloud.'], SPAM],
			fix: ['Experimente a palavra-passe no webmail (consulte ', { place: 'checklist', text: 'a lista de verificação' }, ') e, depois, introduza a mesma palavra-passe no Outlook.'],
		},
		'0x800CCCD1': {
			means: ['O servidor IMAP recusou o início de sessão.'],
			causes: [CREDENTIALS, ['A palavra-passe está errada.'], SPAM],
			fix: ['Introduza o endereço de e-mail completo e a palavra-passe que utiliza no webmail (consulte ', { place: 'imap-settings', text: 'as definições IMAP' }, ').'],
		},
		'0x80042108': {
			means: ['O Outlook não consegue ligar ao servidor de entrada (POP).'],
			causes: [['Um servidor, uma porta ou uma encriptação errados: o servidor POP é ', { server: 'pop' }, '.'], FIREWALL],
			fix: ['Compare o servidor de entrada com ', { place: 'pop-settings', text: 'as definições POP' }, ' ou deixe que ', { place: 'checker', text: 'o verificador de definições' }, ' o compare.'],
		},
		'0x80042109': {
			means: ['O Outlook não consegue ligar ao servidor de saída (SMTP).'],
			causes: [['Um servidor, uma porta ou uma encriptação errados: o servidor de saída é ', { server: 'smtp' }, '.'], FIREWALL],
			fix: ['Compare o servidor de saída com ', { place: 'smtp-settings', text: 'as definições SMTP' }, ' ou deixe que ', { place: 'checker', text: 'o verificador de definições' }, ' o compare.'],
		},
		'0x8004210A': {
			means: ['O Outlook esgotou o tempo de espera pelo servidor de entrada (POP).'],
			causes: [['Uma rede lenta.'], ['Um antivírus que analisa o e-mail recebido retém a ligação.']],
			fix: ['Aumente o valor do cursor ', { ui: 'classic.serverTimeouts' }, ' (', { ui: 'classic.moreSettings' }, ' → ', { ui: 'classic.advancedTab' }, ') ou, para testar, desative a análise do e-mail no antivírus.'],
		},
		'0x8004210B': {
			means: ['O Outlook esgotou o tempo de espera pelo servidor de saída (SMTP).'],
			causes: [['Uma rede lenta.'], ['Uma mensagem bloqueada na pasta ', { ui: 'classic.outbox' }, ', por exemplo um recibo de leitura: elimine-a e volte a enviar.'], FIREWALL],
			fix: ['Esvazie a pasta ', { ui: 'classic.outbox' }, ' e verifique depois o servidor de saída: ', { server: 'smtp' }, ' (consulte ', { place: 'smtp-settings', text: 'as definições SMTP' }, ').'],
		},
	},
} satisfies { titles: Record<string, string>; explanations: Record<string, { means: Rich; causes: Rich[]; fix: Rich }> };
