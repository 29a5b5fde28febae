import type { StarlightUserConfig } from '@astrojs/starlight/types';

/** The guide's pages, in reading order (labels = the pages' titles), then the support agents' tool. */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
	{ label: 'Start here', link: '/' },
	{ label: 'Adding the account', link: '/add-account/' },
	{ label: 'Modifying existing settings', link: '/modify-settings/' },
	{ label: 'When Outlook can’t send or receive', link: '/troubleshooting/' },
	{ label: 'POP or IMAP, what’s the difference?', link: '/pop-or-imap/' },
	{ label: 'Download your settings', link: '/download-settings/' },
	// A tool, not a page of the guide: its own group, and out of the previous/next chain
	// (`prev: false` / `next: false` in links.mdx and on the guide's last page).
	{ label: 'For support agents', items: [{ label: 'Links for support agents', link: '/links/' }] },
];
