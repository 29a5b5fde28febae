/**
 * French: every word the settings checker shows or copies. Messages are templates, one per finding
 * kind: `{name}` is replaced by a finding's value as text, `[name]` as code. `{where}` is the
 * region's name (or the zones' labels without a region), zone lists become their labels,
 * protocols their names (src/checker/messages.ts fills them).
 * Host names, ports and security types are never typed here: they come in through the findings.
 */
export default {
	findings: {
		'other-zone': '[got] est le serveur d’une autre zone ({gotZones}) ; pour la région {where}, utilisez [expected].',
		'no-such-host': '[got] n’existe pas : ce nom n’est utilisé que dans la zone {realIn}. Pour la région {where}, utilisez [expected].',
		typo: '[got] semble mal orthographié : le serveur {protocol} est [expected].',
		'typo-zone': '[got] ressemble à une faute de frappe pour [near], serveur d’une autre zone ({nearZones}) ; pour la région {where}, utilisez [expected].',
		'wrong-protocol': '[got] est le serveur {gotProtocol} ; le serveur {protocol} est [expected].',
		'unknown-host': '[got] n’est pas un nom de serveur MX Plan d’OVHcloud (saisissez le nom seul, sans « https:// » ni port) ; pour la région {where}, le serveur {protocol} est [expected].',
		'other-port': 'Le port [got] est le port {gotProtocol} ; le port {protocol} est [expected].',
		'wrong-port': 'Le port [got] n’est pas le port {protocol} : utilisez [expected].',
		'encryption-none': '« Aucun » enverrait votre mot de passe sans chiffrement, et le serveur refuse les connexions non chiffrées. Choisissez [expected] pour le serveur {protocol}.',
		'encryption-starttls': 'STARTTLS ne fonctionne pas sur le port [port] : la connexion y est chiffrée dès le départ. Choisissez [expected] pour le serveur {protocol}.',
		'encryption-auto': '« Automatique » laisse Outlook choisir une méthode qui risque de ne pas fonctionner. Choisissez [expected] pour le serveur {protocol}.',
		'user-name': 'Le nom d’utilisateur doit être l’adresse e-mail complète (nom@votre-domaine), et pas seulement la partie qui précède le @.',
		'smtp-auth-off': 'Activez l’authentification SMTP : cochez « Mon serveur sortant (SMTP) requiert une authentification » et « Utiliser les mêmes paramètres que mon serveur de courrier entrant ».',
	},
	protocols: { imap: 'IMAP', pop: 'POP', smtp: 'sortant (SMTP)' },
	ui: {
		start: 'Saisissez ce qu’affiche votre Outlook : les résultats apparaissent ici au fil de la saisie.',
		one: '1 erreur trouvée',
		many: '{n} erreurs trouvées',
		allGood: 'Tout correspond aux paramètres de la région {where}. Si Outlook échoue encore, vérifiez le mot de passe (essayez-le dans le webmail), puis reprenez les vérifications préalables.',
		soFar: 'Aucune erreur pour l’instant ; certains champs sont encore vides.',
		checkedAgainst: 'Comparaison effectuée avec les paramètres de la région {where}.',
		guessed: 'Aucune région choisie : vos valeurs correspondent le mieux aux serveurs {where}, c’est donc avec eux qu’elles sont comparées. Pour lever le doute, choisissez votre région avec le drapeau en haut à droite.',
		askRegion: 'Aucune région choisie : pour vérifier les noms de serveur, choisissez la vôtre avec le drapeau en haut à droite, ou saisissez un serveur.',
		fixLink: 'Comment corriger : {title}',
		copy: 'Copier les résultats',
		copied: 'Résultats copiés',
		copyFailed: 'Échec de la copie',
		summaryTitle: 'Vérification des paramètres Outlook (MX Plan)',
	},
	labels: {
		accountType: 'Type de compte',
		incomingServer: 'Serveur entrant',
		incomingPort: 'Port (entrant)',
		incomingEncryption: 'Chiffrement (entrant)',
		outgoingServer: 'Serveur sortant',
		outgoingPort: 'Port (sortant)',
		outgoingEncryption: 'Chiffrement (sortant)',
		userName: 'Nom d’utilisateur',
		smtpAuth: 'Le serveur sortant requiert une authentification',
	},
	/** The encryption choices (French Outlook's own names; « Choisir… » is the empty choice). */
	encryption: { choose: 'Choisir…', none: 'Aucun', auto: 'Automatique' },
	form: {
		label: 'Vos paramètres Outlook',
		incoming: 'Courrier entrant',
		outgoing: 'Courrier sortant',
		results: 'Résultats',
	},
	noJs: {
		intro: 'Le vérificateur a besoin de JavaScript. Comparez ce qu’affiche votre Outlook avec ces valeurs ; chaque zone porte son nom : repérez la vôtre.',
		imap: 'IMAP (entrant)',
		pop: 'POP (entrant)',
		smtp: 'SMTP (sortant)',
		auth: 'Le serveur sortant requiert une authentification, avec les mêmes nom d’utilisateur et mot de passe.',
	},
};
