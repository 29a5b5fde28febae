/**
 * Consistent wording in what readers read: curly quotes and apostrophes in prose (“ ” ’, never
 * " or '), one term for the user name (Outlook's own label, "User name"), and the table's
 * "Security type" tied to Outlook's "Encryption method" once. Scans the prose of content/ and the
 * text that src/ renders: MDX text, frontmatter titles and descriptions, component text and
 * prose attributes (captions, titles, labels), and the titles and labels of the registry, the
 * sidebar and the settings module. Code (fences, `code`, scripts, expressions) and markup
 * attributes are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/i18n';
import { LANGUAGES } from '../../src/i18n/languages';

const root = join(import.meta.dirname, '../..');
const list = (dir: string, ext: RegExp) =>
	readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((f) => ext.test(f))
		.map((f) => join(root, dir, f));

const PROSE_ATTRIBUTES = /\b(caption|title|label|description|alt|aria-label|summary|empty)=(?:"([^"]*)"|'([^']*)')/g;

/** Prose of an MDX page: frontmatter values, text, prose attributes; no code, imports or markup. */
export function mdxProse(source: string): string[] {
	const out: string[] = [];
	let text = source;
	const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (front) {
		for (const line of front[1]!.split('\n')) {
			const m = /^\s*(title|description|label):\s*(.*)$/.exec(line);
			if (m) out.push(m[2]!.replace(/^(["'])(.*)\1$/, '$2'));
		}
		text = text.slice(front[0].length);
	}
	text = text
		.replace(/^```[\s\S]*?^```/gm, ' ')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/^import .*$/gm, ' ')
		.replace(/\{\s*(["'])\s*\1\s*\}/g, ' ');
	for (const m of text.matchAll(PROSE_ATTRIBUTES)) out.push(m[2] ?? m[3] ?? '');
	// Markup: tags with their attributes go; text stays.
	out.push(text.replace(/<[^<>]*>/g, ' ').replace(/\{#[a-z0-9-]+\}/g, ' '));
	return out;
}

/** Text an .astro component renders: text between tags and prose attributes of its template. */
export function astroProse(source: string): string[] {
	const template = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ');
	const out: string[] = [];
	for (const m of template.matchAll(PROSE_ATTRIBUTES)) out.push(m[2] ?? m[3] ?? '');
	// Prose attributes written as template literals: caption={`Step 4 (${name}): …`}.
	for (const m of template.matchAll(/\b(?:caption|title|label|description|alt|aria-label)=\{`([^`]*)`\}/g)) out.push(m[1]!.replace(/\$\{[^}]*\}/g, 'X'));
	for (const m of template.matchAll(/>([^<>{}]+)</g)) out.push(m[1]!);
	return out;
}

/** Titles, labels and names in TypeScript data (registry, sidebar, settings module). */
export function tsProse(source: string): string[] {
	return [...source.matchAll(/\b(title|label|name|caption|description):\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)/g)].map((m) => m[2] ?? m[3] ?? m[4] ?? '');
}

const straight = (text: string) => [...text.matchAll(/.{0,30}["'].{0,30}/g)].map((m) => m[0].replace(/\s+/g, ' '));

/** Every string of a catalogue (templates and rich text's words), with its key. */
export function catalogueProse(value: unknown, path = ''): string[] {
	if (typeof value === 'string') return [value.replace(/\{\w+\}|\[\w+\]/g, 'X')];
	if (Array.isArray(value)) return value.flatMap((item, i) => catalogueProse(item, `${path}.${i}`));
	if (value && typeof value === 'object') {
		// Rich text's parts other than words (values, labels, code) are not prose; a link's words are.
		if ('code' in value || 'server' in value || 'field' in value || 'ui' in value || 'page' in value) return [];
		return Object.entries(value).flatMap(([key, child]) => (key === 'place' ? [] : catalogueProse(child, `${path}.${key}`)));
	}
	return [];
}

const catalogueSources = LANGUAGES.flatMap((lang) => [
	// Outlook's own labels apart: they are quoted as Outlook writes them (the new Outlook's “SMTP Username”).
	{ file: join(root, `src/i18n/${lang}/index.ts`), lang, prose: catalogueProse({ ...catalogues[lang], outlook: {} }) },
	{ file: join(root, `src/i18n/${lang}/outlook.ts`), lang, prose: catalogueProse(catalogues[lang].outlook), labels: true },
]);
const sources = [
	...list('content', /\.mdx?$/).map((file) => ({ file, prose: mdxProse(readFileSync(file, 'utf8')) })),
	...catalogueSources,
	...list('src', /\.astro$/).map((file) => ({ file, prose: astroProse(readFileSync(file, 'utf8')) })),
	...['src/links/places.ts', 'src/config/sidebar.ts', 'src/settings/mail-settings.ts'].map((f) => ({
		file: join(root, f),
		prose: tsProse(readFileSync(join(root, f), 'utf8')),
	})),
];

describe('the scanners', () => {
	it('find straight quotes in prose, and leave code and markup alone', () => {
		const mdx = `---\ntitle: What's new\n---\nimport X from './x';\n\nSee "this" and \`it's code\`.\n\n<Card title="Don't" href="/a/" />\n\n\`\`\`sh\necho "hi"\n\`\`\`\n`;
		expect(mdxProse(mdx).flatMap(straight).map((s) => s.trim())).toEqual([`What's new`, `Don't`, `See "this" and .`]);
		const astro = `---\nconst a = 'x';\n---\n<figure caption="Outlook's window"><p class="x">It's here</p>{' '}<script>const b = "y";</script><F caption={\`Step \${n}: it's\`} /></figure>`;
		expect(astroProse(astro).flatMap(straight)).toEqual([`Outlook's window`, `Step X: it's`, `It's here`]);
		expect(tsProse(`{ title: "POP, what's new", label: 'Start here' }`).flatMap(straight)).toEqual([`POP, what's new`]);
	});
});

describe('wording across pages', () => {
	it('has prose to scan', () => expect(sources.filter((s) => s.prose.join('').trim()).length).toBeGreaterThan(15));

	it('uses curly quotes and apostrophes in prose', () => {
		const found = sources.flatMap(({ file, prose }) => prose.flatMap(straight).map((hit) => `${relative(root, file)}: ${hit}`));
		expect(found).toEqual([]);
	});

	it('says “user name” (Outlook’s “User name”), never “Username”/“username”, in English', () => {
		const english = sources.filter((source) => !('labels' in source) && !/content\/docs\/(fr|de|es|it|pl|pt)\/|src\/i18n\/(fr|de|es|it|pl|pt)\//.test(relative(root, source.file)));
		const found = english.flatMap(({ file, prose }) =>
			prose.flatMap((text) => [...text.matchAll(/.{0,30}\b[Uu]sername\b.{0,30}/g)].map((m) => `${relative(root, file)}: ${m[0]}`)),
		);
		expect(found).toEqual([]);
	});

	it('explains once, in every language, that the tables’ “Security type” is each Outlook’s own label', () => {
		for (const lang of LANGUAGES) {
			const file = `content/docs/${lang === 'en' ? '' : `${lang}/`}modify-settings.mdx`;
			const security = catalogues[lang].table.security;
			const sentences = readFileSync(join(root, file), 'utf8')
				.split(/(?<=[.!?])\s+/)
				.filter((text) => text.includes(security) && text.includes('<UI k="classic.encryptionMethod" />') && text.includes('<UI k="new.secureConnectionType" />'));
			expect(sentences.length, file).toBe(1);
		}
	});
});
