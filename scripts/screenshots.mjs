// Screenshots of the built site for looking at it as a reader would:
//   node scripts/screenshots.mjs [outDir] [path ...]
// Every page at 390 px and 1280 px, light and dark, with JavaScript on (no region, `fr`, `ca`)
// and off. Needs a build (`npm run build`) and Chromium (see README).
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium.ts';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/add-account/', '/modify-settings/', '/pop-or-imap/'];
await mkdir(outDir, { recursive: true });
const server = await preview({ root: process.cwd(), server: { port: 4399 }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	for (const width of [390, 1280])
		for (const scheme of /** @type {const} */ (['light', 'dark']))
			for (const mode of ['none', 'fr', 'ca', 'nojs']) {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					colorScheme: scheme,
					javaScriptEnabled: mode !== 'nojs',
				});
				const page = await context.newPage();
				for (const path of pages) {
					const query = mode === 'fr' || mode === 'ca' ? `?region=${mode}` : '';
					await page.goto(`http://localhost:4399${path}${query}`);
					const name = `${path.replace(/\//g, '_') || '_'}-${width}-${scheme}-${mode}.png`;
					await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
				}
				await context.close();
			}
} finally {
	await browser.close();
	await server.stop();
}
console.log(`screenshots written to ${outDir}/`);
