/** Every page fits a phone: nothing wider than the screen, in every state. */
import { describe, expect, it } from 'vitest';
import { url, useBrowser } from './browser';
import { PAGES } from '../../src/links/registry';

const browser = useBrowser();
const paths = [...Object.keys(PAGES), '/links/'];

describe('no horizontal overflow at 390 px', () => {
	for (const [state, query, js] of [
		['no region', '', true],
		['Europe', '?region=gb', true],
		['Canada', '?region=world', true],
		['JavaScript off', '', false],
	] as const) {
		it(state, async () => {
			const page = await browser.page({ viewport: { width: 390, height: 844 }, javaScriptEnabled: js });
			for (const path of paths) {
				await page.goto(url(`${path}${query}`));
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(width, path).toBeLessThanOrEqual(390);
			}
			await page.context().close();
		});
	}
});
