/**
 * Budgets, from the built files, in every language: our own JavaScript at most 3 KB gzip per page
 * beyond a plain Starlight baseline of the same pages in the same languages (built here, see
 * bench/baseline.ts), and the inline head script (both choices) at most 1.5 KB. A page with its
 * own script has its own budget on top: the troubleshooting page's settings checker at most
 * 2 KB gzip, the support agents' link index at most 1 KB. No catalogue reaches the browser.
 * (No layout shift on switching: accessibility.test.ts, in Chromium.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzip, pageWeight, timedBuild } from '../../bench/lib';
import { writeBaseline } from '../../bench/baseline';
import { PAGES } from '../../src/links/registry';
import { LANGUAGES, localePath } from '../../src/i18n/languages';
import { catalogues } from '../../src/i18n';

const root = join(import.meta.dirname, '../..');
const baseline = join(root, 'bench/out/budget-baseline');
const pages = [...Object.keys(PAGES), '/links/'];
const routes = LANGUAGES.flatMap((lang) => pages.map((page) => localePath(lang, page)));
const OUR_JS_BUDGET = 3 * 1024;
const HEAD_SCRIPT_BUDGET = 1536;
/** Pages with a script of their own: its budget, on top of the site-wide one, and what marks it. */
const PAGE_SCRIPTS: Record<string, [budget: number, mark: string]> = { '/troubleshooting/': [2 * 1024, 'data-checker'], '/links/': [1024, 'data-link-index'] };
/** A page whose scripts are only the site-wide ones, to tell a page's own script apart. */
const PLAIN_PAGE = '/modify-settings/';
const pageOf = (route: string) => route.replace(/^\/(fr|de|es|it|pl|pt)\//, '/');

/** A page's scripts: inline bodies and external files, each as its text. */
function scripts(route: string): Map<string, string> {
	const html = readFileSync(join(root, 'dist', route, 'index.html'), 'utf8');
	const found = new Map<string, string>();
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type="(?!module)/.test(attrs!)) continue;
		const src = /\bsrc="([^"]+)"/.exec(attrs!)?.[1];
		if (src) found.set(src, readFileSync(join(root, 'dist', src), 'utf8'));
		else if (body!.trim()) found.set(body!, body!);
	}
	return found;
}

beforeAll(() => {
	writeBaseline(root, baseline);
	timedBuild(baseline, join(root, 'node_modules/astro/bin/astro.mjs'));
}, 180_000);

describe('budgets', () => {
	it.each(routes)('%s: our JavaScript is at most 3 KB gzip beyond the baseline’s', (route) => {
		expect(existsSync(join(baseline, 'dist', route, 'index.html'))).toBe(true);
		const ours = pageWeight(join(root, 'dist'), route).jsGzip;
		const base = pageWeight(join(baseline, 'dist'), route).jsGzip;
		expect(base).toBeGreaterThan(0);
		expect(ours - base).toBeLessThanOrEqual(OUR_JS_BUDGET + (PAGE_SCRIPTS[pageOf(route)]?.[0] ?? 0));
	});

	it.each(routes.filter((route) => PAGE_SCRIPTS[pageOf(route)]))('%s: its own script is within its budget', (route) => {
		const [budget, mark] = PAGE_SCRIPTS[pageOf(route)]!;
		const plain = scripts(route.replace(pageOf(route), PLAIN_PAGE));
		// Files, or module scripts Astro inlined (under Vite's 4 KB inline limit); not the inline head
		// script, which carries each page's own data, not its own code.
		const own = [...scripts(route)].filter(([key, code]) => !plain.has(key) && !code.includes('window.mx=')).map(([, code]) => code);
		expect(own).toHaveLength(1);
		expect(own[0]).toContain(mark);
		expect(gzip(own[0]!)).toBeLessThanOrEqual(budget);
	});

	it.each(routes)('%s: the inline head script is at most 1.5 KB', (route) => {
		const html = readFileSync(join(root, 'dist', route, 'index.html'), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const found = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.includes('window.mx='));
		expect(found).toHaveLength(1);
		expect(Buffer.byteLength(found[0]!)).toBeLessThanOrEqual(HEAD_SCRIPT_BUDGET);
	});

	it('no script file carries a catalogue (only the words of the page travel, in its markup)', () => {
		// A catalogue's keys (a bundled catalogue would carry them) and an English sentence only the catalogue has.
		const markers = ['promptText', 'otherNameNone', 'passwordValue', 'linkNotice', catalogues.en.region.promptTitle];
		const files = readdirSync(join(root, 'dist/_astro')).filter((f) => f.endsWith('.js'));
		expect(files.length).toBeGreaterThan(3);
		for (const file of files) {
			const code = readFileSync(join(root, 'dist/_astro', file), 'utf8');
			for (const marker of markers) expect(code.includes(marker), `${file}: ${marker.slice(0, 30)}`).toBe(false);
		}
	});
});
