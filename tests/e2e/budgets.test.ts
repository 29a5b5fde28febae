/**
 * Budgets, from the built files: our own JavaScript at most 3 KB gzip per page beyond a plain
 * Starlight baseline of the same pages (built here, see bench/baseline.ts), and the inline head
 * script at most 1 KB. A page with its own script has its own budget on top: the troubleshooting
 * page's settings checker at most 2 KB gzip. (No layout shift on switching:
 * accessibility.test.ts, in Chromium.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzip, pageWeight, timedBuild } from '../../bench/lib';
import { writeBaseline } from '../../bench/baseline';
import { PAGES } from '../../src/links/registry';

const root = join(import.meta.dirname, '../..');
const baseline = join(root, 'bench/out/budget-baseline');
const routes = [...Object.keys(PAGES), '/links/'];
const OUR_JS_BUDGET = 3 * 1024;
const HEAD_SCRIPT_BUDGET = 1024;
/** Pages with a script of their own: its budget, on top of the site-wide one. */
const PAGE_SCRIPT_BUDGETS: Record<string, number> = { '/troubleshooting/': 2 * 1024 };
/** A page whose scripts are only the site-wide ones, to tell a page's own script apart. */
const PLAIN_PAGE = '/modify-settings/';

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
}, 120_000);

describe('budgets', () => {
	it.each(routes)('%s: our JavaScript is at most 3 KB gzip beyond the baseline’s', (route) => {
		expect(existsSync(join(baseline, 'dist', route, 'index.html'))).toBe(true);
		const ours = pageWeight(join(root, 'dist'), route).jsGzip;
		const base = pageWeight(join(baseline, 'dist'), route).jsGzip;
		expect(base).toBeGreaterThan(0);
		expect(ours - base).toBeLessThanOrEqual(OUR_JS_BUDGET + (PAGE_SCRIPT_BUDGETS[route] ?? 0));
	});

	it.each(Object.entries(PAGE_SCRIPT_BUDGETS))('%s: its own script is at most %i bytes gzip', (route, budget) => {
		const plain = scripts(PLAIN_PAGE);
		const own = [...scripts(route)].filter(([key]) => !plain.has(key)).map(([, code]) => code);
		expect(own).toHaveLength(1);
		expect(own[0]).toContain('data-checker');
		expect(gzip(own[0]!)).toBeLessThanOrEqual(budget);
	});

	it.each(routes)('%s: the inline head script is at most 1 KB', (route) => {
		const html = readFileSync(join(root, 'dist', route, 'index.html'), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const scripts = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.includes('mxRegion'));
		expect(scripts).toHaveLength(1);
		expect(Buffer.byteLength(scripts[0]!)).toBeLessThanOrEqual(HEAD_SCRIPT_BUDGET);
	});
});
