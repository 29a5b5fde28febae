/**
 * `npm run bench`: our site against a plain Starlight baseline of the same versions, side by
 * side, plus a scale series. Prints a table and writes bench/results.json and bench/results.md.
 *
 *   npm run bench                 full run (several minutes)
 *   BENCH_QUICK=1 npm run bench   one build each, no Lighthouse, small scale series; its results go
 *                                 to bench/out/ (git-ignored), never over the committed full run's
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { dirSize, median, pageWeight, resultsDirFor, timedBuild, type PageWeight } from './lib';
import { writeBaseline } from './baseline';
import { addPages, addRegions, copyProject } from './scale';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { PAGES } from '../src/links/registry';
import { LANGUAGES, localePath } from '../src/i18n/languages';

const root = join(import.meta.dirname, '..');
const out = join(root, 'bench/out');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const quick = process.env.BENCH_QUICK === '1';
const RUNS = quick ? 1 : 3;
// Every English page, and the page that differs most by language and Outlook in every other language.
const routes = [...Object.keys(PAGES), '/links/', ...LANGUAGES.filter((lang) => lang !== 'en').map((lang) => localePath(lang, '/add-account/'))];
const log = (...args: unknown[]) => console.error('[bench]', ...args);
const resultsDir = resultsDirFor(root, quick);

function serve(dist: string, port: number): Promise<Server> {
	const handler = sirv(dist, { dev: false });
	const server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end();
		}),
	);
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function buildSeries(dir: string, runs: number): number[] {
	return Array.from({ length: runs }, (_, i) => {
		const ms = timedBuild(dir, astroBin);
		log(`built ${dir.replace(root, '.')} (${i + 1}/${runs}) in ${Math.round(ms)} ms`);
		return ms;
	});
}

async function browserFigures(ourUrl: string, baseUrl: string) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	const results: Record<string, { fcp: number; baselineFcp: number; switchMs: number | null; shift: number | null }> = {};
	try {
		for (const route of routes) {
			const fcpOf = async (address: string) => {
				const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
				const page = await context.newPage();
				await page.goto(address, { waitUntil: 'load' });
				// The paint entry can arrive after `load`: wait for it (buffered), at most a second.
				const fcp = await page.evaluate(
					() =>
						new Promise<number>((resolve) => {
							new PerformanceObserver((list) => {
								const entry = list.getEntriesByName('first-contentful-paint')[0];
								if (entry) resolve(entry.startTime);
							}).observe({ type: 'paint', buffered: true });
							setTimeout(() => resolve(NaN), 1000);
						}),
				);
				return { context, page, fcp };
			};
			const base = await fcpOf(`${baseUrl}${route}`);
			await base.context.close();
			const ours = await fcpOf(`${ourUrl}${route}?region=fr`);
			// Time from choosing a region to every value updated (the next frame), and layout shift.
			const figures = await ours.page.evaluate(async () => {
				let shift = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as any[]) shift += entry.value;
				}).observe({ type: 'layout-shift' });
				const select = [...document.querySelectorAll<HTMLSelectElement>('select[data-choice="region"]')].find((s) => s.checkVisibility())!;
				const times: number[] = [];
				for (const region of ['ca', 'au', 'de', 'world', 'sg', 'fr', 'ca', 'pt', 'asia', 'gb']) {
					const start = performance.now();
					select.value = region;
					select.dispatchEvent(new Event('change', { bubbles: true }));
					await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
					times.push(performance.now() - start);
				}
				await new Promise((resolve) => setTimeout(resolve, 100));
				times.sort((a, b) => a - b);
				return { switchMs: times[Math.floor(times.length / 2)]!, shift };
			});
			results[route] = { fcp: ours.fcp, baselineFcp: base.fcp, ...figures };
			await ours.context.close();
		}
	} finally {
		await browser.close();
	}
	return results;
}

async function lighthouseScores(urls: Record<string, string>) {
	const chrome = await launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	const scores: Record<string, Record<string, number>> = {};
	try {
		for (const [name, address] of Object.entries(urls)) {
			const result = await lighthouse(address, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			});
			const categories = result!.lhr.categories;
			scores[name] = Object.fromEntries(Object.entries(categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]));
			log(`lighthouse ${name}: ${JSON.stringify(scores[name])}`);
		}
	} finally {
		chrome.kill();
	}
	return scores;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '—');

async function main() {
	mkdirSync(out, { recursive: true });
	const baselineDir = join(out, 'baseline');
	writeBaseline(root, baselineDir);

	log('building our site and the baseline');
	const ourBuilds = buildSeries(root, RUNS);
	const baseBuilds = buildSeries(baselineDir, RUNS);
	const ourDist = join(root, 'dist');
	const baseDist = join(baselineDir, 'dist');

	const weights: Record<string, { ours: PageWeight; baseline: PageWeight }> = {};
	for (const route of routes) weights[route] = { ours: pageWeight(ourDist, route), baseline: pageWeight(baseDist, route) };

	const ourServer = await serve(ourDist, 4410);
	const baseServer = await serve(baseDist, 4411);
	const ourUrl = 'http://127.0.0.1:4410';
	const baseUrl = 'http://127.0.0.1:4411';
	let browser: Awaited<ReturnType<typeof browserFigures>>;
	let scores: Record<string, Record<string, number>> = {};
	try {
		log('measuring in Chromium');
		browser = await browserFigures(ourUrl, baseUrl);
		if (!quick) {
			log('running Lighthouse');
			const urls: Record<string, string> = {};
			for (const route of routes) {
				urls[`ours ${route}`] = `${ourUrl}${route}`;
				urls[`baseline ${route}`] = `${baseUrl}${route}`;
			}
			scores = await lighthouseScores(urls);
		}
	} finally {
		ourServer.close();
		baseServer.close();
	}

	log('scale series');
	const scale: Array<{
		variant: string;
		pages: number;
		regions: number;
		buildMs: number;
		pageHtml: number;
		pageHtmlGzip: number;
		pageJsGzip: number;
		pageCssGzip: number;
		plainPageHtml: number;
		plainPageHtmlGzip: number;
	}> = [];
	const series = quick
		? [
				{ pages: 10, regions: 13 },
				{ pages: 10, regions: 60 },
			]
		: [
				{ pages: 10, regions: 13 },
				{ pages: 50, regions: 13 },
				{ pages: 100, regions: 13 },
				{ pages: 10, regions: 60 },
			];
	for (const { pages, regions } of series) {
		const dir = join(out, `scale-${pages}p-${regions}r`);
		copyProject(root, dir);
		addPages(dir, pages);
		if (regions !== 13) addRegions(dir, regions);
		const buildMs = median(buildSeries(dir, pages >= 500 ? 1 : RUNS));
		// A generated page (settings tables and the webmail list, which lists every region when
		// none is chosen), and a page with no region-specific content (/pop-or-imap/).
		const weight = pageWeight(join(dir, 'dist'), '/generated/page-1/');
		const plain = pageWeight(join(dir, 'dist'), '/pop-or-imap/');
		scale.push({
			variant: `${pages} pages × ${LANGUAGES.length} languages, ${regions} regions`,
			pages,
			regions,
			buildMs,
			pageHtml: weight.html,
			pageHtmlGzip: weight.htmlGzip,
			pageJsGzip: weight.jsGzip,
			pageCssGzip: weight.cssGzip,
			plainPageHtml: plain.html,
			plainPageHtmlGzip: plain.htmlGzip,
		});
	}

	const results = {
		date: new Date().toISOString(),
		node: process.version,
		runs: RUNS,
		build: {
			ours: { medianMs: median(ourBuilds), runsMs: ourBuilds, outputBytes: dirSize(ourDist) },
			baseline: { medianMs: median(baseBuilds), runsMs: baseBuilds, outputBytes: dirSize(baseDist) },
		},
		pages: Object.fromEntries(routes.map((route) => [route, { ...weights[route], browser: browser![route], lighthouse: { ours: scores[`ours ${route}`], baseline: scores[`baseline ${route}`] } }])),
		scale,
	};
	mkdirSync(resultsDir, { recursive: true });
	writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

	const lines: string[] = [];
	const b = results.build;
	lines.push('# Benchmark: our site vs plain Starlight', '', `${results.date}, Node ${results.node}, median of ${RUNS} build(s)${quick ? ' (BENCH_QUICK: no Lighthouse, small scale series)' : ''}.`, '');
	lines.push('| | ours | baseline | ratio |', '|---|---:|---:|---:|');
	lines.push(`| build time | ${(b.ours.medianMs / 1000).toFixed(1)} s | ${(b.baseline.medianMs / 1000).toFixed(1)} s | ${ratio(b.ours.medianMs, b.baseline.medianMs)} |`);
	lines.push(`| output size | ${kb(b.ours.outputBytes)} | ${kb(b.baseline.outputBytes)} | ${ratio(b.ours.outputBytes, b.baseline.outputBytes)} |`, '');
	lines.push('| page | HTML ours / base | JS gzip ours / base (+ours) | CSS gzip ours / base (+ours) | FCP ours / base | switch | shift | Lighthouse ours (perf/a11y/bp/seo) | Lighthouse base |');
	lines.push('|---|---:|---:|---:|---:|---:|---:|---|---|');
	for (const route of routes) {
		const p = results.pages[route]!;
		const lh = (s?: Record<string, number>) => (s ? `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}` : 'not run');
		lines.push(
			`| ${route} | ${kb(p.ours.html)} / ${kb(p.baseline.html)} (${ratio(p.ours.html, p.baseline.html)}) | ${kb(p.ours.jsGzip)} / ${kb(p.baseline.jsGzip)} (+${kb(p.ours.jsGzip - p.baseline.jsGzip)}) | ${kb(p.ours.cssGzip)} / ${kb(p.baseline.cssGzip)} (+${kb(p.ours.cssGzip - p.baseline.cssGzip)}) | ${Math.round(p.browser.fcp)} / ${Math.round(p.browser.baselineFcp)} ms | ${p.browser.switchMs?.toFixed(1)} ms | ${p.browser.shift} | ${lh(p.lighthouse.ours)} | ${lh(p.lighthouse.baseline)} |`,
		);
	}
	lines.push(
		'',
		'## Scale',
		'',
		`Build time against pages (each generated page in all ${LANGUAGES.length} languages: "per extra page" is per page in one language); page weight against regions. "Generated page": three settings tables and the webmail list; "/pop-or-imap/": no region-specific content.`,
		'',
		'| variant | build | per extra page | generated page HTML (gzip) | its JS gzip | its CSS gzip | /pop-or-imap/ HTML (gzip) |',
		'|---|---:|---:|---:|---:|---:|---:|',
	);
	const first = scale[0]!;
	for (const s of scale) {
		const perPage = s.pages > first.pages ? `${((s.buildMs - first.buildMs) / ((s.pages - first.pages) * LANGUAGES.length)).toFixed(0)} ms` : '—';
		lines.push(
			`| ${s.variant} | ${(s.buildMs / 1000).toFixed(1)} s | ${perPage} | ${kb(s.pageHtml)} (${kb(s.pageHtmlGzip)}) | ${kb(s.pageJsGzip)} | ${kb(s.pageCssGzip)} | ${kb(s.plainPageHtml)} (${kb(s.plainPageHtmlGzip)}) |`,
		);
	}
	const md = `${lines.join('\n')}\n`;
	writeFileSync(join(resultsDir, 'results.md'), md);
	log(`results written to ${join(resultsDir, 'results.{md,json}').replace(`${root}/`, '')}`);
	console.log(md);
}

await main();
