// Screenshots of the built site, for looking at it as a reader would:
//   npm run screenshots [-- outDir [path ...]]
// Every built page (or the paths given) at 390 px and 1280 px, light and dark, with JavaScript on
// (no region, `fr`, `ca`) and off. Needs a build (`npm run build`) and Chromium (see README).
// The site is served by `astro preview` on a free port, and the address used is the one the
// server reports, so nothing else that listens on a port is photographed.
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts';

/** Route of every page in dist/ (`add-account/index.html` → `/add-account/`), plus the 404 page. */
function builtPages() {
	if (!existsSync('dist/index.html')) throw new Error('No built site in dist/: run `npm run build` first.');
	const files = readdirSync('dist', { recursive: true, encoding: 'utf8' });
	const routes = files.filter((f) => f === 'index.html' || f.endsWith('/index.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);
	return [...routes.sort(), ...(files.includes('404.html') ? ['/404.html'] : [])];
}

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : builtPages();
await mkdir(outDir, { recursive: true });
// Port 0: the system picks a free port, and the server says which.
const server = await preview({ root: process.cwd(), server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let written = 0;
const sameInBothSchemes = [];
try {
	const lightShots = new Map();
	for (const scheme of /** @type {const} */ (['light', 'dark']))
		for (const width of [390, 1280])
			for (const mode of ['none', 'fr', 'ca', 'nojs']) {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					colorScheme: scheme,
					javaScriptEnabled: mode !== 'nojs',
				});
				const page = await context.newPage();
				for (const path of pages) {
					const query = mode === 'fr' || mode === 'ca' ? `?region=${mode}` : '';
					const response = await page.goto(`${origin}${path}${query}`);
					if (!response || (response.status() >= 400 && path !== '/404.html')) {
						throw new Error(`${path}: HTTP ${response?.status()} from ${origin}`);
					}
					const shot = await page.screenshot({ fullPage: true });
					const key = `${path}|${width}|${mode}`;
					const hash = createHash('sha256').update(shot).digest('hex');
					if (scheme === 'light') lightShots.set(key, hash);
					else if (lightShots.get(key) === hash) {
						// A dark screenshot identical to the light one shows nothing new (and means the page
						// ignored the colour scheme): not written, and reported.
						sameInBothSchemes.push(`${path} ${width} px ${mode}`);
						continue;
					}
					const name = `${path.replace(/\//g, '_').replace(/\.html$/, '') || '_'}-${width}-${scheme}-${mode}.png`;
					await writeFile(`${outDir}/${name}`, shot);
					written++;
				}
				await context.close();
			}
} finally {
	await browser.close();
	await server.stop();
}
console.log(`${written} screenshots of ${pages.length} pages written to ${outDir}/ (served at ${origin})`);
if (sameInBothSchemes.length) {
	console.warn(`Dark looked exactly like light (not written) for: ${sameInBothSchemes.join('; ')}`);
}
