/**
 * `astro build` itself fails on a wrong value in the settings module (naming the zone or region
 * and the field), on a broken link or an unregistered heading (naming the page and the link), and
 * on inline code the Content-Security-Policy cannot allow. Each case builds a copy of the project
 * with one planted mistake; one more builds it as it is, without SITE_URL, for a clean log.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const root = join(import.meta.dirname, '../..');

function buildWith(edit: (source: string) => string | null, file: string, env: Record<string, string> = {}, inspect?: (dist: string) => void) {
	// Inside the project (git-ignored) so the copy resolves the project's node_modules.
	mkdirSync(join(root, '.build-test'), { recursive: true });
	const dir = mkdtempSync(join(root, '.build-test', 'copy-'));
	try {
		for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
			cpSync(join(root, entry), join(dir, entry), { recursive: true });
		// Flag images are read through a path relative to the sources (src/components/choices/icons.ts).
		mkdirSync(join(dir, 'node_modules'));
		symlinkSync(join(root, 'node_modules/flag-icons'), join(dir, 'node_modules/flag-icons'), 'dir');
		const module = join(dir, file);
		const before = readFileSync(module, 'utf8');
		const after = edit(before);
		// null: build the project as it is.
		if (after !== null) {
			expect(after).not.toBe(before);
			writeFileSync(module, after);
		}
		const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		});
		// Without colour codes (CI=true turns them on): the messages are matched as text.
		const result = { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
		if (inspect && run.status === 0) inspect(join(dir, 'dist'));
		return result;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A planted mistake: the file it goes in, the edit, and what the failed build must say. */
type Plant = [name: string, file: string, edit: (source: string) => string, message: string | RegExp];

const plants: Plant[] = [
	[
		'a broken internal link in a page, naming the page and the link',
		'content/docs/pop-or-imap.mdx',
		(source) => source.replace('[Adding the account](/add-account/)', '[Adding the account](/add-acount/#step-9)'),
		'/pop-or-imap/: broken link /add-acount/#step-9 (no page /add-acount/)',
	],
	[
		'a link to an id that is not on the page',
		'content/docs/modify-settings.mdx',
		(source) => source.replace('(/pop-or-imap/#popimap)', '(/pop-or-imap/#pop-imap)'),
		'/modify-settings/: broken link /pop-or-imap/#pop-imap (no element with id "pop-imap" on /pop-or-imap/)',
	],
	[
		'a heading that is not in the link registry',
		'content/docs/pop-or-imap.mdx',
		(source) => `${source}\n## A new section\n\nText.\n`,
		'content/docs/pop-or-imap.mdx: the heading "A new section" (#a-new-section) is not in the link registry',
	],
	[
		'a registered id renamed in the page only',
		'content/docs/modify-settings.mdx',
		(source) => source.replace('{#popimap-settings}', '{#popimap-reminder}'),
		/modify-settings\.mdx: the heading "Reminder of POP, IMAP and SMTP settings" \(#popimap-reminder\) is not in the link registry/,
	],
	[
		'a page anchor written as a heading too',
		'content/docs/pop-or-imap.mdx',
		(source) => source.replace('When you set up your email account manually', '## Again {#popimap}\n\nWhen you set up your email account manually'),
		/pop-or-imap\.mdx: the heading #popimap is registered as kind “anchor”, not a section/,
	],
	[
		'an inline event handler (no Content-Security-Policy can allow it), naming the page',
		'content/docs/pop-or-imap.mdx',
		(source) => `${source}\n<button type="button" onclick="alert(1)">Go</button>\n`,
		'/pop-or-imap/: <button onclick="alert(1)">',
	],
	[
		'a language’s catalogue without a key, naming the language and the key',
		'src/i18n/it/ui.ts',
		(source) => source.replace(/\n\t\tgb: '[^']*',/, ''),
		'catalogue "it": regions.gb: missing key',
	],
	[
		'a language’s catalogue with a key English does not have, naming the language and the key',
		'src/i18n/it/ui.ts',
		(source) => source.replace(/\n\t\tgb: /, "\n\t\tuk: 'Regno Unito',\n\t\tgb: "),
		'catalogue "it": regions.uk: unknown key (not in the English catalogue)',
	],
	[
		'a translated heading that differs from its title in the catalogue, naming the page and the language',
		'content/docs/it/modify-settings.mdx',
		(source) => source.replace('## Fare un backup del tuo indirizzo email {#backup}', '## Fare il backup {#backup}'),
		'content/docs/it/modify-settings.mdx: the heading #backup reads “Fare il backup”, but its title in the it catalogue is',
	],
	[
		'a port out of range, naming the zone and field',
		'src/settings/mail-settings.ts',
		(source) => source.replace(/(imap: \{ host: 'imap\.mail\.ovh\.ca', port: )993/, '$199999'),
		'zone "ca" field "imap.port": must be between 1 and 65535 (found 99999)',
	],
	[
		'a region without webmail, naming the region',
		'src/settings/mail-settings.ts',
		(source) => source.replace(/(id: 'au'.*?), webmail: '[^']+'/, '$1'),
		'region "au" field "webmail": is missing',
	],
];

describe('astro build fails on a planted mistake', () => {
	it.each(plants)('%s', (_name, file, edit, message) => {
		const { status, output } = buildWith(edit, file);
		expect(status).not.toBe(0);
		if (typeof message === 'string') expect(output).toContain(message);
		else expect(output).toMatch(message);
		if (file === 'src/settings/mail-settings.ts' || file.startsWith('src/i18n/')) {
			// Checked before bundling: the module's message and a hint, no bundler output, no stack.
			expect(output).toContain('Hint:');
			expect(output).not.toContain('Stack trace');
			expect(output).not.toContain('[vite]');
		}
	});
});

describe('astro build with SITE_URL: every language in the alternates and the sitemap', () => {
	it('links every page to its six translations and x-default, and lists every language’s pages in the sitemap', () => {
		const site = 'https://guide.example.com';
		let alternates: string[] = [];
		let sitemap = '';
		const { status, output } = buildWith(() => null, 'astro.config.mjs', { SITE_URL: site }, (dist) => {
			const html = readFileSync(join(dist, 'de/add-account/index.html'), 'utf8');
			alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
			const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
			sitemap = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => readFileSync(join(dist, new URL(m[1]!).pathname), 'utf8')).join('\n');
		});
		expect(status, output).toBe(0);
		expect(alternates.sort()).toEqual(
			[
				`en ${site}/add-account/`,
				`fr ${site}/fr/add-account/`,
				`de ${site}/de/add-account/`,
				`es ${site}/es/add-account/`,
				`it ${site}/it/add-account/`,
				`pl ${site}/pl/add-account/`,
				`pt-PT ${site}/pt/add-account/`,
				`x-default ${site}/add-account/`,
			].sort(),
		);
		for (const path of ['/', '/add-account/', '/fr/add-account/', '/de/troubleshooting/', '/pt/links/', '/pl/download-settings/']) expect(sitemap, path).toContain(`<loc>${site}${path}</loc>`);
		// The sitemap pairs each page with its translations.
		expect(sitemap).toContain(`hreflang="pt-PT" href="${site}/pt/add-account/"`);
	});
});

describe('astro build of the project as it is, without SITE_URL', () => {
	it('succeeds with a clean log: one warning, saying what is left out without the site address', () => {
		const { status, output } = buildWith(() => null, 'astro.config.mjs', { SITE_URL: '' });
		expect(status, output).toBe(0);
		const warnings = output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line));
		// Ours, once; and the sitemap integration Starlight adds, saying in its own words that it skips.
		expect(warnings).toHaveLength(2);
		expect(warnings[0]).toMatch(/\[WARN\] \[site-url\] SITE_URL is not set: canonical URLs, the sitemap, .* are left out/);
		expect(warnings[1]).toMatch(/\[WARN\] \[@astrojs\/sitemap\] The Sitemap integration requires the `site` astro.config option\. Skipping\./);
		expect(output).toContain('links, ids and registered places: all good');
	});
});
