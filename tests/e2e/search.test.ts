/** Starlight's search (Pagefind) finds the guide by a host name. */
import { describe, expect, it } from 'vitest';
import { url, useBrowser } from './browser';
import { zones } from '../../src/settings/mail-settings';

const browser = useBrowser();

describe('search', () => {
	for (const host of [zones.ca.pop.host, zones.eu.smtp.host]) {
		it(`finds the settings by ${host}`, async () => {
			const page = await browser.page();
			await page.goto(url('/?region=ca'));
			await page.getByRole('button', { name: 'Search' }).click();
			await page.getByPlaceholder('Search').fill(host);
			const result = page.locator('.pagefind-ui__result-link').first();
			await expect.poll(() => result.isVisible(), { timeout: 15_000 }).toBe(true);
			const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
			expect(hrefs).toContain('/modify-settings/');
			await page.context().close();
		});
	}
});
