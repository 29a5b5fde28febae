/**
 * Starlight's search (Pagefind) finds the guide by a host name.
 *
 * Pagefind loads its index and then each result's data one by one, so the test waits for the
 * condition itself (the expected page among the results), never for the first result or a fixed
 * time: fast when the machine is idle, patient (up to the test's own timeout) when it is loaded.
 */
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
			const input = page.getByPlaceholder('Search');
			await input.fill(host);
			const results = () =>
				page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
			await expect.poll(results, { timeout: 45_000, interval: 100 }).toContain('/modify-settings/');
			await page.context().close();
		});
	}
});
