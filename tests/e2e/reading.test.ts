/**
 * Reading aids: each region's own flag, the step tabs' name, "Skip to content" landing on the
 * region prompt a page needs first, and the light or dark theme without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { url, useBrowser } from './browser';
import en from '../../src/i18n/en';
import { STEP_SETS } from '../../src/links/places';

const browser = useBrowser();

describe('flags', () => {
	it('International and Asia each have their own icon, wherever their flag shows', async () => {
		const page = await browser.page({ viewport: { width: 390, height: 844 } });
		const bytes: Record<string, Set<string>> = {};
		for (const region of ['world', 'asia']) {
			bytes[region] = new Set();
			for (const path of ['/', '/add-account/']) {
				await page.goto(url(`${path}?region=${region}`));
				const srcs = await page.evaluate((id) => [
					...[...document.querySelectorAll<HTMLImageElement>('img[data-fill="region icon"]')].map((img) => img.src),
					document.querySelector<HTMLTemplateElement>('#choice-region')!.content.querySelector<HTMLOptionElement>(`option[value="${id}"]`)!.dataset.icon!,
				], region);
				for (const src of srcs) {
					const response = await page.request.get(new URL(src, page.url()).href);
					expect(response.ok()).toBe(true);
					bytes[region].add((await response.body()).toString('base64'));
				}
			}
			// One picture per region, the same everywhere it shows.
			expect(bytes[region].size, region).toBe(1);
		}
		expect([...bytes.world!][0]).not.toBe([...bytes.asia!][0]);
		await page.context().close();
	});
});

describe('step tabs', () => {
	it('each set of step tabs has a name of its own', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=fr'));
		for (const set of STEP_SETS) await expect(page.getByRole('tablist', { name: en.steps[set], exact: true }).count(), set).resolves.toBe(1);
		expect(new Set(Object.values(en.steps)).size).toBe(STEP_SETS.length);
		await page.context().close();
	});
});

describe('Skip to content', () => {
	it('lands on the region prompt while no region is chosen', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/'));
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.choice-prompt[data-for="region"]') !== null)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.matches('select[data-choice="region"]'))).toBe(true);
		await page.context().close();
	});

	it('lands on the page content once a region is chosen', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=fr'));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
		await page.context().close();
	});
});

describe('theme without JavaScript', () => {
	for (const colorScheme of ['light', 'dark'] as const)
		it(`follows a ${colorScheme} system`, async () => {
			const page = await browser.page({ javaScriptEnabled: false, colorScheme });
			await page.goto(url('/add-account/'));
			const { background, text, scheme } = await page.evaluate(() => {
				const luminance = (c: string) => {
					const [r, g, b] = c.match(/[\d.]+/g)!.map(Number);
					return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
				};
				const body = getComputedStyle(document.body);
				return {
					background: luminance(body.backgroundColor),
					text: luminance(body.color),
					scheme: getComputedStyle(document.documentElement).colorScheme,
				};
			});
			if (colorScheme === 'light') {
				expect(background).toBeGreaterThan(200);
				expect(text).toBeLessThan(80);
			} else {
				expect(background).toBeLessThan(60);
				expect(text).toBeGreaterThan(180);
			}
			expect(scheme).toBe(colorScheme);
			await page.context().close();
		});
});
