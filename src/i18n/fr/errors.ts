/**
 * French: what each of Outlook's error codes means for an MX Plan account (the troubleshooting
 * page). Rich text (src/i18n/rich.ts): plain strings, and parts the page fills in (server, value,
 * Outlook label, code, link to a place or a page). The order may differ from language to
 * language; every part that is not a string is kept.
 */
import type { Rich } from '../rich';

/** The incoming servers of the reader's zone, IMAP then POP: « en IMAP : … ; en POP : … ». */
const INCOMING: Rich = ['en IMAP : ', { server: 'imap' }, ' ; en POP : ', { server: 'pop' }];
const FIREWALL: Rich = [
	'Un pare-feu, un antivirus ou le réseau de l’entreprise bloque les ports (IMAP ',
	{ value: 'imap', field: 'port' },
	', POP ',
	{ value: 'pop', field: 'port' },
	', SMTP ',
	{ value: 'smtp', field: 'port' },
	'). Essayez un autre réseau, par exemple la connexion d’un téléphone.',
];
const CREDENTIALS: Rich = ['Le nom d’utilisateur doit être l’adresse e-mail complète, et le mot de passe celui de l’adresse e-mail elle-même (voir ', { place: 'imap-settings', text: 'les paramètres IMAP' }, ').'];
const SPAM: Rich = ['Le compte est bloqué pour spam : l’espace client OVHcloud l’indique dans la liste des comptes e-mail (voir ', { place: 'checklist', text: 'les vérifications préalables' }, ').'];

export default {
	/** Each code's short title: the heading reads « 0x800CCC0E : impossible de se connecter au serveur ». */
	titles: {
		'0x800CCC0D': 'impossible de trouver le serveur',
		'0x800CCC0E': 'impossible de se connecter au serveur',
		'0x800CCC0F': 'le serveur a interrompu la connexion',
		'0x800CCC13': 'impossible de lire ou d’écrire sur le réseau',
		'0x800CCC18': 'échec de l’ouverture de session',
		'0x800CCC19': 'le serveur n’a pas répondu à temps',
		'0x800CCC1A': 'impossible de se connecter avec SSL',
		'0x800CCC67': 'le serveur sortant refuse pour le moment',
		'0x800CCC78': 'expéditeur refusé',
		'0x800CCC79': 'destinataire refusé',
		'0x800CCC7D': 'le serveur ne propose pas STARTTLS',
		'0x800CCC80': 'aucune méthode d’authentification commune',
		'0x800CCC90': 'le serveur POP a renvoyé une erreur',
		'0x800CCC91': 'nom d’utilisateur refusé',
		'0x800CCC92': 'mot de passe refusé',
		'0x800CCCD1': 'échec de la connexion IMAP',
		'0x80042108': 'impossible de se connecter au serveur entrant (POP)',
		'0x80042109': 'impossible de se connecter au serveur sortant (SMTP)',
		'0x8004210A': 'délai dépassé en attendant le serveur entrant (POP)',
		'0x8004210B': 'délai dépassé en attendant le serveur sortant (SMTP)',
	},
	explanations: {
		'0x800CCC0D': {
			means: ['Outlook ne trouve pas le serveur : le nom saisi dans le champ du serveur ne mène nulle part.'],
			causes: [
				['Le nom du serveur est mal orthographié, ou c’est celui d’une autre zone. Serveur entrant ', ...INCOMING, ' ; serveur sortant : ', { server: 'smtp' }, '.'],
				['Le nom ', { code: 'ssl0' }, ' n’existe qu’en Europe ; hors d’Europe, utilisez les noms ci-dessus.'],
				['L’ordinateur n’a pas de connexion Internet, ou son DNS ne répond pas.'],
			],
			fix: ['Corrigez les noms des serveurs (', { place: 'imap-settings', text: 'paramètres IMAP' }, ', ', { place: 'pop-settings', text: 'paramètres POP' }, '), ou laissez ', { place: 'checker', text: 'le vérificateur de paramètres' }, ' les comparer.'],
		},
		'0x800CCC0E': {
			means: ['Outlook a trouvé le serveur, mais n’a pas pu établir de connexion avec lui.'],
			causes: [
				['Le serveur ou le port est erroné. Serveur entrant ', ...INCOMING, ' ; serveur sortant : ', { server: 'smtp' }, '.'],
				['Le chiffrement ne correspond pas au port : tous les ports OVHcloud indiqués ici attendent ', { value: 'imap', field: 'security' }, '.'],
				FIREWALL,
			],
			fix: ['Comparez le serveur, le port et le chiffrement avec ', { place: 'imap-settings', text: 'les paramètres IMAP' }, ' ou ', { place: 'pop-settings', text: 'les paramètres POP' }, ' ; ', { place: 'checker', text: 'le vérificateur de paramètres' }, ' vous indique la valeur erronée.'],
		},
		'0x800CCC0F': {
			means: ['La connexion était ouverte, puis le serveur ou le réseau l’a interrompue.'],
			causes: [
				['En POP (', { server: 'pop' }, '), Outlook relève les nouveaux messages plus d’une fois par minute : OVHcloud coupe ce type de connexion.'],
				['Un message dépasse la taille autorisée : l’envoi s’arrête en cours de route.'],
				['Un équipement réseau (routeur, proxy, antivirus qui analyse les e-mails) ferme les connexions trop longues.'],
			],
			fix: ['Espacez la relève des nouveaux messages d’au moins quelques minutes (', { ui: 'classic.sendReceive' }, ' → ', { ui: 'classic.sendReceiveGroups' }, '), envoyez les fichiers volumineux par un autre moyen et essayez un autre réseau.'],
		},
		'0x800CCC13': {
			means: ['Outlook ne parvient ni à lire ni à écrire sur le réseau.'],
			causes: [['Le réseau local ou la pile réseau de Windows est en cause, et non les paramètres du compte.'], FIREWALL],
			fix: ['Redémarrez l’ordinateur et le routeur, puis réessayez ; si le problème persiste, essayez un autre réseau.'],
		},
		'0x800CCC18': {
			means: ['L’ouverture de session a échoué avec la méthode d’authentification propre à Microsoft.'],
			causes: [['La case ', { ui: 'classic.spa' }, ' est cochée : les serveurs d’OVHcloud n’utilisent pas SPA.']],
			fix: ['Dans les paramètres du compte (voir ', { page: '/modify-settings/' }, '), décochez ', { ui: 'classic.spa' }, '.'],
		},
		'0x800CCC19': {
			means: ['Le serveur n’a pas répondu à temps.'],
			causes: [['Le chemin réseau est lent ou bloqué.'], FIREWALL],
			fix: ['Consultez ', { place: 'checklist', text: 'les vérifications préalables' }, ' (la page d’état des services), puis réessayez depuis un autre réseau.'],
		},
		'0x800CCC1A': {
			means: ['Outlook n’a pas pu établir la connexion chiffrée.'],
			causes: [
				[
					'Le chiffrement ne correspond pas au port : IMAP utilise le port ',
					{ value: 'imap', field: 'port' },
					' avec ',
					{ value: 'imap', field: 'security' },
					', POP le port ',
					{ value: 'pop', field: 'port' },
					' avec ',
					{ value: 'pop', field: 'security' },
					' et SMTP le port ',
					{ value: 'smtp', field: 'port' },
					' avec ',
					{ value: 'smtp', field: 'security' },
					'.',
				],
				['Un antivirus qui analyse les e-mails chiffrés s’interpose.'],
			],
			fix: ['Choisissez ', { value: 'imap', field: 'security' }, ' pour chaque serveur, avec les ports indiqués dans ', { place: 'imap-settings', text: 'les paramètres IMAP' }, ' ou ', { place: 'pop-settings', text: 'les paramètres POP' }, '.'],
		},
		'0x800CCC67': {
			means: ['Le serveur sortant refuse pour le moment de prendre en charge des messages (réponse 421 du serveur).'],
			causes: [
				['Il s’agit d’un refus temporaire : le plus souvent, les limites d’envoi ont été atteintes (voir ', { place: 'replies', text: 'les limites d’envoi' }, ').'],
				['Une maintenance ou un incident est en cours (voir ', { place: 'checklist', text: 'les vérifications préalables' }, ').'],
			],
			fix: ['Patientez, puis renvoyez le message ; répartissez les envois en nombre sur plusieurs heures.'],
		},
		'0x800CCC78': {
			means: ['Le serveur sortant a refusé l’adresse de l’expéditeur.'],
			causes: [
				['Le message part d’une adresse qui n’est pas celle du compte (un champ ', { ui: 'classic.from' }, ' réglé sur une autre adresse).'],
				['L’authentification SMTP est désactivée : le serveur ne sait donc pas qui envoie le message.'],
			],
			fix: ['Envoyez le message depuis l’adresse du compte lui-même et activez l’authentification SMTP (voir ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC79': {
			means: ['Le serveur sortant a refusé un ou plusieurs destinataires.'],
			causes: [
				['L’authentification SMTP est désactivée : sans elle, le serveur ne relaie aucun message.'],
				['Certains pare-feu retirent l’authentification de la connexion.'],
				['Une adresse de destinataire est mal orthographiée.'],
			],
			fix: ['Activez l’authentification SMTP (voir ', { place: 'smtp-auth' }, ') et vérifiez le serveur sortant : ', { server: 'smtp' }, '.'],
		},
		'0x800CCC7D': {
			means: ['Outlook a demandé au serveur de passer en connexion chiffrée (STARTTLS), mais le serveur ne le propose pas sur ce port.'],
			causes: [['STARTTLS est choisi pour le serveur sortant : sur le port ', { value: 'smtp', field: 'port' }, ', la connexion est chiffrée dès le départ.']],
			fix: ['Choisissez ', { value: 'smtp', field: 'security' }, ' pour le serveur sortant (', { place: 'smtp-settings', text: 'paramètres SMTP' }, ').'],
		},
		'0x800CCC80': {
			means: ['« Aucune des méthodes d’authentification prises en charge par ce client n’est prise en charge par votre serveur. »'],
			causes: [['L’authentification SMTP est désactivée.']],
			fix: ['Cochez ', { ui: 'classic.smtpAuth' }, ' et ', { ui: 'classic.sameSettings' }, ' (voir ', { place: 'smtp-auth' }, ').'],
		},
		'0x800CCC90': {
			means: ['Le serveur POP a répondu par une erreur, souvent en même temps que 0x800CCC92.'],
			causes: [CREDENTIALS, SPAM],
			fix: ['Reportez-vous au code ', { place: '0x800ccc92', text: '0x800CCC92' }, '.'],
		},
		'0x800CCC91': {
			means: ['Le serveur POP a refusé le nom d’utilisateur.'],
			causes: [['Le nom d’utilisateur n’est pas l’adresse e-mail complète (seulement la partie qui précède le @, ou une autre adresse).']],
			fix: ['Saisissez l’adresse e-mail complète comme nom d’utilisateur (', { place: 'pop-settings', text: 'paramètres POP' }, ').'],
		},
		'0x800CCC92': {
			means: ['Le serveur POP a refusé le mot de passe.'],
			causes: [['Le mot de passe est erroné, ou il a été modifié depuis dans l’espace client OVHcloud.'], SPAM],
			fix: ['Essayez le mot de passe dans le webmail (voir ', { place: 'checklist', text: 'les vérifications préalables' }, '), puis saisissez le même dans Outlook.'],
		},
		'0x800CCCD1': {
			means: ['Le serveur IMAP a refusé la connexion.'],
			causes: [CREDENTIALS, ['Le mot de passe est erroné.'], SPAM],
			fix: ['Saisissez l’adresse e-mail complète et le mot de passe que vous utilisez dans le webmail (', { place: 'imap-settings', text: 'paramètres IMAP' }, ').'],
		},
		'0x80042108': {
			means: ['Outlook ne parvient pas à se connecter au serveur entrant (POP).'],
			causes: [['Le serveur, le port ou le chiffrement est erroné : le serveur POP est ', { server: 'pop' }, '.'], FIREWALL],
			fix: ['Comparez le serveur entrant avec ', { place: 'pop-settings', text: 'les paramètres POP' }, ', ou laissez ', { place: 'checker', text: 'le vérificateur de paramètres' }, ' le faire.'],
		},
		'0x80042109': {
			means: ['Outlook ne parvient pas à se connecter au serveur sortant (SMTP).'],
			causes: [['Le serveur, le port ou le chiffrement est erroné : le serveur sortant est ', { server: 'smtp' }, '.'], FIREWALL],
			fix: ['Vérifiez le serveur sortant dans ', { place: 'smtp-settings', text: 'les paramètres SMTP' }, ', ou laissez ', { place: 'checker', text: 'le vérificateur de paramètres' }, ' le comparer.'],
		},
		'0x8004210A': {
			means: ['Outlook a attendu trop longtemps la réponse du serveur entrant (POP).'],
			causes: [['Le réseau est lent.'], ['Un antivirus qui analyse les e-mails entrants retient la connexion.']],
			fix: ['Allongez le délai avec le curseur ', { ui: 'classic.serverTimeouts' }, ' (', { ui: 'classic.moreSettings' }, ' → ', { ui: 'classic.advancedTab' }, '), ou désactivez l’analyse des e-mails de l’antivirus le temps d’un test.'],
		},
		'0x8004210B': {
			means: ['Outlook a attendu trop longtemps la réponse du serveur sortant (SMTP).'],
			causes: [['Le réseau est lent.'], ['Un message est bloqué dans la ', { ui: 'classic.outbox' }, ', par exemple un accusé de lecture : supprimez-le, puis renvoyez vos messages.'], FIREWALL],
			fix: ['Videz la ', { ui: 'classic.outbox' }, ', puis vérifiez le serveur sortant : ', { server: 'smtp' }, ' (', { place: 'smtp-settings', text: 'paramètres SMTP' }, ').'],
		},
	},
} satisfies { titles: Record<string, string>; explanations: Record<string, { means: Rich; causes: Rich[]; fix: Rich }> };
