/**
 * English: the illustrations' captions and the words they draw that are not Outlook's labels
 * (Outlook's labels are in outlook.ts), and the POP/IMAP diagrams' text and descriptions.
 */
export default {
	yourAddress: 'your email address',
	yourPassword: 'your password, hidden',
	yourName: 'your name',
	recommended: 'recommended',
	/** The new Outlook's password field, where the reader types nothing. */
	leaveEmpty: 'leave empty',
	/** The new Outlook's settings button, drawn as a gear. */
	gear: 'Settings (gear icon)',
	addAccountWizard: {
		caption: 'Outlook’s add-account window: enter your address, open Advanced options, tick “Let me set up my account manually”, then click Connect.',
	},
	accountTypeChoice: { caption: 'Step 1: choose IMAP (recommended) or POP.' },
	passwordPrompt: { caption: 'Step 2: enter the password for your email account, then click Next.' },
	changeAccountSettings: { caption: 'Step 3: if Outlook could not set up your account by itself, click Change Account Settings.' },
	serverSettingsForm: {
		caption: 'Step 4 ({type}): Outlook’s account settings form, with the incoming and outgoing servers, ports and encryption method to type.',
	},
	accountSettingsPath: {
		title: 'Outlook — File',
		caption: 'Modifying existing settings: File (1), choose the account, Account Settings (2), then Server Settings (3).',
	},
	manualSetup: { caption: 'The older Add Account window: choose Manual setup or additional server types, then click Next.' },
	serviceChoice: { caption: 'Choose POP or IMAP, then click Next.' },
	accountDetails: { caption: 'The account’s details, for IMAP: your name and address, the account type and the servers, your address as the user name; then More Settings.' },
	outgoingServerTab: { caption: 'The Outgoing Server tab: tick SMTP authentication and keep the same settings as the incoming server.' },
	advancedTab: { caption: 'The Advanced tab, for IMAP: the incoming and outgoing ports, each with its encrypted connection; then OK.' },
	accountSettingsDialog: { caption: 'The Account Settings window: select your account (1), then click Change (2).' },
	newAddAccount: { caption: 'The new Outlook: in the left column, click Add an account.' },
	newSignIn: { caption: 'Enter your address and click Continue (1); enter the password, then click Show more (2).' },
	newServerForm: { caption: 'The new Outlook’s server settings, for IMAP: the incoming and outgoing servers, ports and secure connection type; your address as the SMTP user name; the password field left empty.' },
	newRemoveAccount: { caption: 'Removing the account in the new Outlook: the settings (1), your accounts (2), Manage (3), then Delete (4).' },
	incomingOutgoing: {
		caption: 'The server settings window, in two parts: Incoming mail and Outgoing mail. Click either to edit it.',
	},
	overview: {
		title: 'Sending and receiving email',
		desc: 'Your email client on your device sends email to the outgoing server with SMTP, and receives email from the incoming server with POP or IMAP.',
		device: 'Your device',
		client: 'email client',
		outgoing: 'Outgoing',
		incoming: 'Incoming',
		server: 'server',
		popOrImap: 'POP or IMAP',
		caption: 'Sending always uses SMTP; for receiving, you choose POP or IMAP.',
	},
	devices: {
		computer: 'Computer',
		phone: 'Phone',
		tablet: 'Tablet',
		server: 'Email server',
		kept: '✉ message kept',
		deleted: '✉ message deleted',
		sees: '✉ sees it',
		nothing: 'nothing',
		imapSummary: 'The message stays on the server, marked as read: every device shows it.',
		imapDesc: 'With IMAP, the message stays on the email server. The computer, the phone and the tablet all show it, and once it is read on one device, it shows as read on the others, until a device deletes it.',
		popSummary: 'The first device downloads the message, which is deleted from the server: the others never see it.',
		popDesc: 'With POP, by default, the computer downloads the message and it is deleted from the email server, so the phone and the tablet never see it.',
	},
};
