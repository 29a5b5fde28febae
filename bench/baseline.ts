/**
 * A plain Starlight baseline of the same versions: the same pages' text, rendered without our
 * components, our overrides and the region script. Component calls are replaced by what a
 * static page would show for one region (France), written out as Markdown.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getRegion, PROTOCOLS, settings, zones, type Protocol } from '../src/settings/mail-settings';
import { places, PAGES } from '../src/links/registry';
import { files, srvRecords } from '../src/downloads/settings-files';
import { sidebar } from '../src/config/sidebar';

const REGION = getRegion('fr')!;
const zone = zones[REGION.zone];

function table(protocol: Protocol): string {
	const server = zone[protocol];
	return [
		'|Information|Description|',
		'|---|---|',
		`|Username|Enter **${settings.credentials.username}**|`,
		`|Password|Enter ${settings.credentials.password}|`,
		`|Server (${protocol === 'smtp' ? 'outgoing' : 'incoming'})|\`${server.host}\`|`,
		...(server.aliases.length ? [`|Other name of the same server|\`${server.aliases.join(', ')}\`|`] : []),
		`|Port|**${server.port}**|`,
		`|Security type|**${server.security}**|`,
	].join('\n');
}

function serverStep(protocol: 'imap' | 'pop'): string {
	return (['incoming', 'outgoing'] as const)
		.map((direction) => {
			const server = direction === 'incoming' ? zone[protocol] : zone.smtp;
			const title = direction === 'incoming' ? 'Incoming Mail' : 'Outgoing Mail';
			return `In **${title}**, type:\n\n- Server \`${server.host}\`\n- Port **${server.port}**\n- Encryption method **${server.security}**`;
		})
		.join('\n\n');
}

/** Our MDX, with every project component replaced by static Markdown. */
export function plainPage(source: string): string {
	// Our components' tags, other than those replaced below, are dropped (illustrations, …).
	const ours = [...source.matchAll(/^import (\w+) from '\.\.\/\.\.\/src\/.*';$/gm)].map((m) => m[1]!);
	let text = source.replace(/^import .*from '\.\.\/\.\.\/src\/.*';\n/gm, '');
	text = text.replace(/<SettingsTable protocol="(\w+)" \/>/g, (_m, p: Protocol) => table(p));
	text = text.replace(/<ServerStep protocol="(\w+)" \/>/g, (_m, p: 'imap' | 'pop') => serverStep(p));
	text = text.replace(/<SettingValue protocol="(\w+)" field="(\w+)" \/>/g, (_m, p: Protocol, f: 'host' | 'port' | 'security') =>
		f === 'host' ? `\`${zone[p].host}\`` : `**${zone[p][f]}**`,
	);
	text = text.replace(/<WebmailLink \/>/g, `[${REGION.webmail}](${REGION.webmail})`);
	text = text.replace(/<CurrentRegion \/>\n?/g, '');
	text = text.replace(
		/<DownloadSettings \/>/g,
		`- [IMAP profile](${files.profile(REGION.id, 'imap')}) · [POP profile](${files.profile(REGION.id, 'pop')}) · [config-v1.1.xml](${files.autoconfig(REGION.id)}) · [${REGION.id}.json](${files.json(REGION.id)})`,
	);
	text = text.replace(/<SrvRecords \/>/g, `\`\`\`txt title="DNS zone (example.com)"\n${srvRecords(settings, REGION.zone)}\n\`\`\``);
	text = text.replace(
		/<LinkIndex \/>/g,
		Object.entries(PAGES)
			.map(([path, page]) => `## ${page.title}\n\n|Place|Id|Link|\n|---|---|---|\n${places.filter((p) => p.page === path).map((p) => `|${p.title}|\`${p.id}\`|[${path}#${p.id}](${path}#${p.id})|`).join('\n')}`)
			.join('\n\n'),
	);
	const replaced = ['SettingsTable', 'SettingValue', 'ServerStep', 'WebmailLink', 'CurrentRegion', 'DownloadSettings', 'SrvRecords', 'LinkIndex', 'StepTabs'];
	for (const name of ours.filter((n) => !replaced.includes(n))) text = text.replace(new RegExp(`<${name}\\b[^>]*/>\\n?`, 'g'), '');
	text = text.replace(/<StepTabs>/g, '<Tabs>').replace(/<\/StepTabs>/g, '</Tabs>');
	const steps = places.filter((p) => p.kind === 'step');
	text = text.replace(/<Fragment slot="([\w-]+)">/g, (_m, slot: string) => `<TabItem label="${steps.find((s) => s.id === slot)!.title}">`);
	text = text.replace(/<\/Fragment>/g, '</TabItem>');
	if (text.includes('<Tabs>')) text = text.replace(/^---\n[\s\S]*?\n---\n/, (front) => `${front}\nimport { Tabs, TabItem } from '@astrojs/starlight/components';\n`);
	return text;
}

/** Writes the baseline project into `dir` (inside this repository, so it shares node_modules). */
export function writeBaseline(root: string, dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
	for (const file of readdirSync(join(root, 'content/docs'))) {
		writeFileSync(join(dir, 'src/content/docs', file), plainPage(readFileSync(join(root, 'content/docs', file), 'utf8')));
	}
	cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
export default defineConfig({
	site: 'https://mxplan-outlook.example.org',
	markdown: { processor: satteri({ features: { headingAttributes: true } }) },
	integrations: [starlight({ title: 'MX Plan in Outlook for Windows', favicon: '/favicon.svg', sidebar: ${JSON.stringify(sidebar)} })],
});
`,
	);
	// The same dependencies as ours (Vite decides what to bundle for the server from them).
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module', dependencies: pkg.dependencies }, null, 2));
}

export { PROTOCOLS };
