/**
 * Budgets, from the built files: our own JavaScript at most 3 KB gzip per page beyond a plain
 * Starlight baseline of the same pages (built here, see bench/baseline.ts), and the inline head
 * script at most 1 KB. (No layout shift on switching: accessibility.test.ts, in Chromium.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, timedBuild } from '../../bench/lib';
import { writeBaseline } from '../../bench/baseline';
import { PAGES } from '../../src/links/registry';

const root = join(import.meta.dirname, '../..');
const baseline = join(root, 'bench/out/budget-baseline');
const routes = [...Object.keys(PAGES), '/links/'];
const OUR_JS_BUDGET = 3 * 1024;
const HEAD_SCRIPT_BUDGET = 1024;

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
		expect(ours - base).toBeLessThanOrEqual(OUR_JS_BUDGET);
	});

	it.each(routes)('%s: the inline head script is at most 1 KB', (route) => {
		const html = readFileSync(join(root, 'dist', route, 'index.html'), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const scripts = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.includes('mxRegion'));
		expect(scripts).toHaveLength(1);
		expect(Buffer.byteLength(scripts[0]!)).toBeLessThanOrEqual(HEAD_SCRIPT_BUDGET);
	});
});
