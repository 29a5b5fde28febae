/** The flag: switching in place, the address, persistence, links between pages, the prompt. */
import { describe, expect, it } from 'vitest';
import { hostsOf, pageErrors, url, useBrowser, visibleText } from './browser';
import { getRegion, regions, zones } from '../../src/settings/mail-settings';
import { REGION_STORAGE_KEY } from '../../src/scripts/region-keys';

const browser = useBrowser();
const picker = '.right-group select[data-choice="region"]';

describe('the region flag', () => {
	it('is a labelled select at the top right, grouped by zone, listing every region', async () => {
		const page = await browser.page();
		await page.goto(url('/'));
		const select = page.locator('header').getByRole('combobox', { name: 'Region for the mail settings' }).filter({ visible: true });
		await expect.poll(() => select.count()).toBe(1);
		const box = (await select.boundingBox())!;
		expect(box.x + box.width).toBeGreaterThan(1280 * 0.8);
		expect(box.y).toBeLessThan(60);
		const groups = await select.locator('optgroup').evaluateAll((els) =>
			els.map((g) => [(g as HTMLOptGroupElement).label, [...g.querySelectorAll('option')].map((o) => o.value)]),
		);
		expect(groups).toEqual(
			(['eu', 'ca', 'apac'] as const).map((zone) => [
				zones[zone].label,
				regions.filter((region) => region.zone === zone).map((region) => region.id),
			]),
		);
		await page.context().close();
	});

	it('switches every value in place: no reload, no scroll jump, address rewritten, change announced', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/?region=ca#popimap-settings'));
		await page.evaluate(() => ((window as any).__sameDocument = true));
		const table = page.locator('table[data-protocol="smtp"]');
		await table.scrollIntoViewIfNeeded();
		const before = await page.evaluate(() => ({ y: scrollY, top: document.querySelector('table[data-protocol="smtp"]')!.getBoundingClientRect().top }));
		await page.locator(picker).selectOption('de');
		expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
		const after = await page.evaluate(() => ({ y: scrollY, top: document.querySelector('table[data-protocol="smtp"]')!.getBoundingClientRect().top }));
		expect(after).toEqual(before);
		const text = await visibleText(page);
		for (const host of hostsOf('eu').own) expect(text).toContain(host);
		for (const host of hostsOf('eu').others) expect(text).not.toContain(host);
		const address = new URL(page.url());
		expect(address.searchParams.get('region')).toBe('de');
		expect(address.hash).toBe('#popimap-settings');
		expect(address.pathname).toBe('/modify-settings/');
		await expect.poll(() => page.locator('[data-choice-status]').textContent()).toContain('Germany');
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('remembers the choice across reload and navigation, and links between pages carry it', async () => {
		const page = await browser.page();
		await page.goto(url('/'));
		await page.locator(picker).selectOption('au');
		await page.reload();
		expect(await page.locator(picker).inputValue()).toBe('au');
		expect(await page.evaluate((key) => localStorage.getItem(key), REGION_STORAGE_KEY)).toBe('au');
		const link = page.locator('.sidebar a', { hasText: 'Modifying existing settings' }).first();
		expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('region')).toBe('au');
		await link.click();
		await page.waitForURL(/modify-settings/);
		expect(new URL(page.url()).searchParams.get('region')).toBe('au');
		const text = await visibleText(page);
		for (const host of hostsOf('apac').own) expect(text).toContain(host);
		for (const host of hostsOf('apac').others) expect(text).not.toContain(host);
		// A page opened without the parameter still follows the stored choice.
		await page.goto(url('/add-account/'));
		expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe('au');
		await page.context().close();
	});

	it('a link’s ?region= wins over the stored choice, and becomes the new choice', async () => {
		const page = await browser.page();
		await page.goto(url('/?region=fr'));
		await page.goto(url('/modify-settings/?region=sg'));
		expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe('sg');
		expect(await page.evaluate((key) => localStorage.getItem(key), REGION_STORAGE_KEY)).toBe('sg');
		await page.context().close();
	});

	it('normalises the case of ?region= in the address', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/?region=GB'));
		expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe('gb');
		await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('gb');
		await page.context().close();
	});
});

describe('no region known', () => {
	it('asks the reader to choose and shows every zone’s values, each labelled', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/'));
		await expect.poll(() => page.getByText('Choose your country or region').isVisible()).toBe(true);
		const text = await visibleText(page);
		for (const zone of ['eu', 'ca', 'apac'] as const) {
			for (const host of hostsOf(zone).own) expect(text).toContain(host);
			expect(text.toUpperCase()).toContain(zones[zone].label.toUpperCase());
		}
		// Every host variant sits next to its zone's label.
		const labelled = await page.locator('main .zv').evaluateAll((els) =>
			els.map((el) => [(el as HTMLElement).dataset.zones, el.querySelector('.zl')?.textContent]),
		);
		for (const [ids, label] of labelled) {
			expect(label).toBe(
				`${ids!
					.split(' ')
					.map((id) => zones[id as 'eu'].label)
					.join(' and ')}:`,
			);
		}
		expect(await page.locator(picker).inputValue()).toBe('');
		await page.context().close();
	});

	it('choosing in the prompt applies the region without a reload and hides the prompt', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/'));
		await page.evaluate(() => ((window as any).__sameDocument = true));
		const region = getRegion('pt')!;
		await page.locator('.choice-prompt[data-for="region"] select[data-choice="region"]').selectOption(region.id);
		expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
		await expect.poll(() => page.locator('.choice-prompt[data-for="region"]').isVisible()).toBe(false);
		expect(new URL(page.url()).searchParams.get('region')).toBe('pt');
		expect(await page.locator(picker).inputValue()).toBe('pt');
		const webmail = page.locator('main a[data-webmail]').filter({ visible: true });
		expect(await webmail.getAttribute('href')).toBe(region.webmail);
		await page.context().close();
	});
});

describe('on a phone', () => {
	it('shows the flag at the top right and in the menu', async () => {
		const page = await browser.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await page.goto(url('/add-account/?region=ca'));
		const top = page.locator('.phone-choices select[data-choice="region"]');
		const box = (await top.boundingBox())!;
		expect(box.x + box.width).toBeGreaterThan(390 * 0.6);
		expect(box.y).toBeLessThan(60);
		expect(await top.inputValue()).toBe('ca');
		await page.getByRole('button', { name: 'Menu' }).click();
		const inMenu = page.locator('.mobile-preferences select[data-choice="region"]');
		await expect.poll(() => inMenu.isVisible()).toBe(true);
		await inMenu.selectOption('it');
		expect(await top.inputValue()).toBe('it');
		expect(await page.evaluate(() => document.documentElement.dataset.zone)).toBe('eu');
		await page.context().close();
	});
});
