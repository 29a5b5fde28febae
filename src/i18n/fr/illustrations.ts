/**
 * French: the illustrations' captions and the words they draw that are not Outlook's labels
 * (Outlook's labels are in outlook.ts), and the POP/IMAP diagrams' text and descriptions.
 */
export default {
	yourAddress: 'votre adresse e-mail',
	yourPassword: 'votre mot de passe, masqué',
	yourName: 'votre nom',
	recommended: 'recommandé',
	leaveEmpty: 'à laisser vide',
	gear: 'Paramètres (icône en forme d’engrenage)',
	addAccountWizard: {
		caption: 'La fenêtre d’ajout de compte d’Outlook : saisissez votre adresse, ouvrez Options avancées, cochez « Configurer mon compte manuellement », puis cliquez sur Connexion.',
	},
	accountTypeChoice: { caption: 'Étape 1 : choisissez IMAP (recommandé) ou POP.' },
	passwordPrompt: { caption: 'Étape 2 : saisissez le mot de passe de votre adresse e-mail, puis cliquez sur Se connecter.' },
	changeAccountSettings: { caption: 'Étape 3 : si Outlook n’a pas réussi à configurer votre compte tout seul, cliquez sur Modifier les paramètres du compte.' },
	serverSettingsForm: {
		caption: 'Étape 4 ({type}) : le formulaire des paramètres du compte dans Outlook, avec les serveurs entrant et sortant, les ports et la méthode de chiffrement à saisir.',
	},
	accountSettingsPath: {
		title: 'Outlook — Fichier',
		caption: 'Modifier les paramètres existants : Fichier (1), choix du compte, Paramètres du compte (2), puis Paramètres du serveur (3).',
	},
	manualSetup: { caption: 'L’ancienne fenêtre « Ajouter un compte » : choisissez Configuration manuelle ou types de serveurs supplémentaires, puis cliquez sur Suivant.' },
	serviceChoice: { caption: 'Choisissez POP ou IMAP, puis cliquez sur Suivant.' },
	accountDetails: { caption: 'Les informations du compte, pour IMAP : votre nom et votre adresse, le type de compte et les serveurs, votre adresse comme nom d’utilisateur ; puis Paramètres supplémentaires.' },
	outgoingServerTab: { caption: 'L’onglet Serveur sortant : cochez l’authentification SMTP et gardez les mêmes paramètres que pour le serveur entrant.' },
	advancedTab: { caption: 'L’onglet Options avancées, pour IMAP : les ports entrant et sortant, chacun avec sa connexion chiffrée ; puis OK.' },
	accountSettingsDialog: { caption: 'La fenêtre Paramètres du compte : sélectionnez votre compte (1), puis cliquez sur Modifier (2).' },
	newAddAccount: { caption: 'Le nouvel Outlook : dans la colonne de gauche, cliquez sur Ajouter un compte.' },
	newSignIn: { caption: 'Saisissez votre adresse et cliquez sur Continuer (1) ; saisissez le mot de passe, puis cliquez sur Afficher plus (2).' },
	newServerForm: { caption: 'Les paramètres de serveur du nouvel Outlook, pour IMAP : les serveurs entrant et sortant, les ports et le type de connexion sécurisée ; votre adresse comme nom d’utilisateur SMTP ; le champ du mot de passe laissé vide.' },
	newRemoveAccount: { caption: 'Supprimer le compte dans le nouvel Outlook : les paramètres (1), vos comptes (2), Gérer (3), puis Supprimer (4).' },
	incomingOutgoing: {
		caption: 'La fenêtre des paramètres du serveur, en deux parties : Courrier entrant et Courrier sortant. Cliquez sur l’une ou l’autre pour la modifier.',
	},
	overview: {
		title: 'Envoyer et recevoir des e-mails',
		desc: 'Le logiciel de messagerie de votre appareil envoie les e-mails au serveur sortant avec SMTP, et reçoit les e-mails du serveur entrant avec POP ou IMAP.',
		device: 'Votre appareil',
		/** The email client, abbreviated: the diagram's box is only 110 units wide. */
		client: 'logiciel e-mail',
		outgoing: 'Serveur sortant',
		incoming: 'Serveur entrant',
		server: 'de messagerie',
		popOrImap: 'POP ou IMAP',
		caption: 'L’envoi passe toujours par SMTP ; pour la réception, vous choisissez POP ou IMAP.',
	},
	devices: {
		computer: 'Ordinateur',
		phone: 'Téléphone',
		tablet: 'Tablette',
		server: 'Serveur de messagerie',
		kept: '✉ message conservé',
		deleted: '✉ message supprimé',
		sees: '✉ le voit',
		nothing: 'rien',
		imapSummary: 'le message reste sur le serveur, marqué comme lu : tous les appareils l’affichent.',
		imapDesc: 'Avec IMAP, le message reste sur le serveur de messagerie. L’ordinateur, le téléphone et la tablette l’affichent tous ; une fois lu sur un appareil, il apparaît comme lu sur les autres, jusqu’à ce qu’un appareil le supprime.',
		popSummary: 'le premier appareil télécharge le message, qui est alors supprimé du serveur : les autres ne le voient jamais.',
		popDesc: 'Avec POP, par défaut, l’ordinateur télécharge le message, qui est ensuite supprimé du serveur de messagerie : le téléphone et la tablette ne le voient donc jamais.',
	},
};
