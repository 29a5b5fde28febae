/**
 * A plain Starlight baseline of the same versions: the same pages' text in every language, with
 * the same languages, sidebar and Starlight strings, rendered without our components, our
 * overrides and the choices script. Component calls are replaced by what a static page would show
 * for one region (France) and one Outlook (classic), written out as Markdown in the page's language.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getRegion, PROTOCOLS, settings, zones, type Protocol } from '../src/settings/mail-settings';
import { places, PAGES, placeTitle, stepsOf } from '../src/links/registry';
import type { StepSet } from '../src/links/places';
import { files, srvRecords } from '../src/downloads/settings-files';
import { sidebar } from '../src/config/sidebar';
import { catalogues, outlookLabel, type Catalogue } from '../src/i18n';
import { isLang, LANGUAGES, LANGUAGE_INFO, localePath, starlightLocales, type Lang } from '../src/i18n/languages';

const REGION = getRegion('fr')!;
const zone = zones[REGION.zone];

function table(t: Catalogue, protocol: Protocol): string {
	const server = zone[protocol];
	const w = t.table;
	return [
		`|${w.information}|${w.description}|`,
		'|---|---|',
		`|${w.userName}|${w.userNameValue.replace('{value}', `**${w.fullAddress}**`)}|`,
		`|${w.password}|${w.passwordValue}|`,
		`|${protocol === 'smtp' ? w.serverOutgoing : w.serverIncoming}|\`${server.host}\`|`,
		...(server.aliases.length ? [`|${w.otherName}|\`${server.aliases.join(', ')}\`|`] : []),
		`|${w.port}|**${server.port}**|`,
		`|${w.security}|**${server.security}**|`,
	].join('\n');
}

function serverStep(t: Catalogue, protocol: 'imap' | 'pop'): string {
	const ui = t.outlook.classic;
	return (['incoming', 'outgoing'] as const)
		.map((direction) => {
			const server = direction === 'incoming' ? zone[protocol] : zone.smtp;
			const title = direction === 'incoming' ? ui.incomingMail : ui.outgoingMail;
			return `${t.serverStep.type.replace('{block}', `**${title}**`)}\n\n- ${ui.server} \`${server.host}\`\n- ${ui.port} **${server.port}**\n- ${ui.encryptionMethod} **${server.security}**`;
		})
		.join('\n\n');
}

/** One slot's content of a `<Name>…<Fragment slot="…">…</Fragment>…</Name>` block. */
function slot(block: string, name: string): string {
	const start = block.indexOf(`<Fragment slot="${name}">`);
	if (start < 0) return '';
	let depth = 0;
	const re = /<Fragment slot="[\w-]+">|<\/Fragment>/g;
	re.lastIndex = start;
	for (let m = re.exec(block); m; m = re.exec(block)) {
		depth += m[0] === '</Fragment>' ? -1 : 1;
		if (depth === 0) return block.slice(start + `<Fragment slot="${name}">`.length, m.index);
	}
	return '';
}

/** Our MDX in a language, with every project component replaced by static Markdown. */
export function plainPage(source: string, lang: Lang = 'en'): string {
	const t = catalogues[lang];
	// Our components' tags, other than those replaced below, are dropped (illustrations, …).
	const ours = [...source.matchAll(/^import (\w+) from '(?:\.\.\/)+src\/.*';$/gm)].map((m) => m[1]!);
	let text = source.replace(/^import .*from '(?:\.\.\/)+src\/.*';\n/gm, '');
	// One Outlook, as a static page shows it: classic Outlook's instructions.
	text = text.replace(/<OutlookVariants>([\s\S]*?)\n<\/OutlookVariants>/g, (_m, block: string) => slot(`${block}\n`, 'classic'));
	text = text.replace(/<OutlookOnly outlook="(\w+)">([\s\S]*?)<\/OutlookOnly>/g, (_m, outlook: string, body: string) => (outlook === 'classic' ? body : ''));
	text = text.replace(/<UI k="([\w.]+)" \/>/g, (_m, key: string) => `**${outlookLabel(t, key)}**`);
	text = text.replace(/<SettingsTable protocol="(\w+)" \/>/g, (_m, p: Protocol) => table(t, p));
	text = text.replace(/<ServerStep protocol="(\w+)" \/>/g, (_m, p: 'imap' | 'pop') => serverStep(t, p));
	text = text.replace(/<SettingValue protocol="(\w+)" field="(\w+)" \/>/g, (_m, p: Protocol, f: 'host' | 'port' | 'security') =>
		f === 'host' ? `\`${zone[p].host}\`` : `**${zone[p][f]}**`,
	);
	text = text.replace(/<WebmailLink \/>/g, `[${REGION.webmail}](${REGION.webmail})`);
	text = text.replace(/<CurrentChoice choice="\w+" \/>\n?/g, '');
	text = text.replace(
		/<DownloadSettings \/>/g,
		`- [${t.downloads.imapProfile}](${files.profile(REGION.id, 'imap')}) · [${t.downloads.popProfile}](${files.profile(REGION.id, 'pop')}) · [config-v1.1.xml](${files.autoconfig(REGION.id)}) · [${REGION.id}.json](${files.json(REGION.id)})`,
	);
	text = text.replace(/<SrvRecords \/>/g, `\`\`\`txt title="DNS zone (example.com)"\n${srvRecords(settings, REGION.zone)}\n\`\`\``);
	text = text.replace(
		/<LinkIndex \/>/g,
		Object.keys(PAGES)
			.map((path) => {
				const rows = places.filter((p) => p.page === path).map((p) => `|${placeTitle(p, t)}|\`${p.id}\`|[${localePath(lang, path)}#${p.id}](${localePath(lang, path)}#${p.id})|`);
				return `## ${t.pages[path as keyof Catalogue['pages']]}\n\n|${t.linkIndex.place}|${t.linkIndex.id}|${t.linkIndex.link}|\n|---|---|---|\n${rows.join('\n')}`;
			})
			.join('\n\n'),
	);
	const replaced = ['SettingsTable', 'SettingValue', 'ServerStep', 'WebmailLink', 'CurrentChoice', 'DownloadSettings', 'SrvRecords', 'LinkIndex', 'StepTabs', 'UI', 'OutlookVariants', 'OutlookOnly'];
	for (const name of ours.filter((n) => !replaced.includes(n))) text = text.replace(new RegExp(`<${name}\\b[^>]*/>\\n?`, 'g'), '');
	const titles = new Map<string, string>();
	text = text.replace(/<StepTabs set="([\w-]+)">/g, (_m, set: StepSet) => {
		for (const step of stepsOf(set)) titles.set(step.id, placeTitle(step, t));
		return '<Tabs>';
	});
	text = text.replace(/<\/StepTabs>/g, '</Tabs>');
	text = text.replace(/<Fragment slot="([\w-]+)">/g, (_m, id: string) => `<TabItem label="${titles.get(id) ?? id}">`);
	text = text.replace(/<\/Fragment>/g, '</TabItem>');
	if (text.includes('<Tabs>')) text = text.replace(/^---\n[\s\S]*?\n---\n/, (front) => `${front}\nimport { Tabs, TabItem } from '@astrojs/starlight/components';\n`);
	return text;
}

/** Writes the baseline project into `dir` (inside this repository, so it shares node_modules). */
export function writeBaseline(root: string, dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	const source = join(root, 'content/docs');
	for (const file of readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
		const first = file.split('/')[0];
		const lang = file.includes('/') && isLang(first) ? first : 'en';
		const target = join(dir, 'src/content/docs', file);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, plainPage(readFileSync(join(source, file), 'utf8'), lang));
	}
	cpSync(join(root, 'public'), join(dir, 'public'), { recursive: true });
	// Starlight's own strings, as ours are.
	if (existsSync(join(root, 'src/content/i18n'))) cpSync(join(root, 'src/content/i18n'), join(dir, 'src/content/i18n'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
`,
	);
	const title = Object.fromEntries(LANGUAGES.map((lang) => [LANGUAGE_INFO[lang].tag, catalogues[lang].site.title]));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
export default defineConfig({
	site: 'https://mxplan-outlook.example.org',
	markdown: { processor: satteri({ features: { headingAttributes: true } }) },
	prerenderConflictBehavior: 'ignore',
	integrations: [starlight({ title: ${JSON.stringify(title)}, favicon: '/favicon.svg', defaultLocale: 'root', locales: ${JSON.stringify(starlightLocales())}, sidebar: ${JSON.stringify(sidebar)} })],
});
`,
	);
	// The same dependencies as ours (Vite decides what to bundle for the server from them).
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module', dependencies: pkg.dependencies }, null, 2));
}

export { PROTOCOLS };
