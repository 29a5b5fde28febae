import type { StarlightUserConfig } from '@astrojs/starlight/types';

/** The guide's pages, in reading order. */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
	{ label: 'Start here', link: '/' },
	{ label: 'Adding the account', link: '/add-account/' },
	{ label: 'Modifying existing settings', link: '/modify-settings/' },
	{ label: "When Outlook can't send or receive", link: '/troubleshooting/' },
	{ label: 'POP or IMAP?', link: '/pop-or-imap/' },
	{ label: 'Download your settings', link: '/download-settings/' },
	{ label: 'Links for support agents', link: '/links/' },
];
