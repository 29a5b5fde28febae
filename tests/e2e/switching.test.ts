/**
 * The reader's two choices, the region (the flag) and the Outlook: switching in place, the
 * address, persistence, links between pages, the prompts; which choice wins on Back/Forward (with
 * and without the back/forward cache), on reload and across tabs; the pickers' placeholder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hostsOf, pageErrors, url, useBrowser, visibleText } from './browser';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { getRegion, regions } from '../../src/settings/mail-settings';
import { CHOICES } from '../../src/choices/choices';
import en from '../../src/i18n/en';
import { regionName, zoneName } from '../../src/i18n';

const browser = useBrowser();
const picker = (choice: string) => `header select[data-choice="${choice}"]:visible`;
const key = (id: string) => CHOICES.find((c) => c.id === id)!.storageKey;
const data = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));
const stored = (page: Page) => page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), [key('region'), key('outlook')]);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the region flag', () => {
	it('is a labelled select at the top right, grouped by zone, listing every region', async () => {
		const page = await browser.page();
		await page.goto(url('/'));
		const select = page.locator('header').getByRole('combobox', { name: en.region.label }).filter({ visible: true });
		await expect.poll(() => select.count()).toBe(1);
		const box = (await select.boundingBox())!;
		expect(box.x + box.width).toBeGreaterThan(1280 * 0.6);
		expect(box.y).toBeLessThan(60);
		const groups = await select.locator('optgroup').evaluateAll((els) =>
			els.map((g) => [(g as HTMLOptGroupElement).label, [...g.querySelectorAll('option')].map((o) => [o.value, o.textContent])]),
		);
		expect(groups).toEqual(
			(['eu', 'ca', 'apac'] as const).map((zone) => [
				zoneName(en, zone),
				regions.filter((region) => region.zone === zone).map((region) => [region.id, regionName(en, region.id)]),
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
		await page.locator(picker('region')).selectOption('de');
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
		await expect.poll(() => page.locator('[data-choice-status]').textContent()).toBe(`Showing the settings for ${regionName(en, 'de')} (${zoneName(en, 'eu')}).`);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('remembers the choice across reload and navigation, and links between pages carry it', async () => {
		const page = await browser.page();
		await page.goto(url('/'));
		await page.locator(picker('region')).selectOption('au');
		await page.reload();
		expect(await page.locator(picker('region')).inputValue()).toBe('au');
		expect((await stored(page))[0]).toBe('au');
		const link = page.locator('.sidebar a', { hasText: en.pages['/modify-settings/'] }).first();
		expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('region')).toBe('au');
		await link.click();
		await page.waitForURL(/modify-settings/);
		expect(param(page, 'region')).toBe('au');
		const text = await visibleText(page);
		for (const host of hostsOf('apac').own) expect(text).toContain(host);
		for (const host of hostsOf('apac').others) expect(text).not.toContain(host);
		// A page opened without the parameter still follows the stored choice, and says so in its address.
		await page.goto(url('/add-account/'));
		expect((await data(page)).region).toBe('au');
		await expect.poll(() => param(page, 'region')).toBe('au');
		await page.context().close();
	});

	it('a link’s ?region= wins over the stored choice, and becomes the new choice', async () => {
		const page = await browser.page();
		await page.goto(url('/?region=fr'));
		await page.goto(url('/modify-settings/?region=sg'));
		expect((await data(page)).region).toBe('sg');
		expect((await stored(page))[0]).toBe('sg');
		await page.context().close();
	});

	it('normalises the case of ?region= in the address', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/?region=GB'));
		expect((await data(page)).region).toBe('gb');
		await expect.poll(() => param(page, 'region')).toBe('gb');
		await page.context().close();
	});
});

describe('the Outlook picker', () => {
	it('is a labelled select beside the flag, with both Outlooks, and switches the steps in place', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=fr'));
		const select = page.locator('header').getByRole('combobox', { name: en.outlookChoice.label }).filter({ visible: true });
		await expect.poll(() => select.count()).toBe(1);
		expect(await select.locator('option:not([disabled])').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]))).toEqual([
			['classic', en.outlooks.classic],
			['new', en.outlooks.new],
		]);
		const flag = (await page.locator(picker('region')).boundingBox())!;
		const box = (await select.boundingBox())!;
		expect(Math.abs(box.y - flag.y)).toBeLessThan(10);
		// Nothing chosen: both Outlooks, each under its label, and the prompt.
		await expect.poll(() => page.locator('#outlook-prompt').isVisible()).toBe(true);
		expect(await page.locator('.variant-label[data-for="outlook"]').filter({ visible: true }).allTextContents()).toEqual([en.outlooks.classic, en.outlooks.new].map((n) => expect.stringContaining(n)));
		await page.evaluate(() => ((window as any).__sameDocument = true));
		await select.selectOption('new');
		expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
		expect(await page.locator('[data-step-tabs="new"]').isVisible()).toBe(true);
		for (const set of ['classic', 'classic-manual']) expect(await page.locator(`[data-step-tabs="${set}"]`).isVisible()).toBe(false);
		expect(await page.locator('#outlook-prompt').isVisible()).toBe(false);
		expect(await page.locator('.variant-label[data-for="outlook"]').filter({ visible: true }).count()).toBe(0);
		expect(param(page, 'outlook')).toBe('new');
		expect(param(page, 'region')).toBe('fr');
		await expect.poll(() => page.locator('[data-choice-status]').textContent()).toBe(`Showing the instructions for ${en.outlooks.new}.`);
		expect((await stored(page))[1]).toBe('new');
		await select.selectOption('classic');
		expect(await page.locator('[data-step-tabs="classic"]').isVisible()).toBe(true);
		expect(await page.locator('[data-step-tabs="new"]').isVisible()).toBe(false);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('the table of contents lists only the chosen Outlook’s headings, and both while none is chosen', async () => {
		const page = await browser.page();
		const toc = async () => (await page.locator('starlight-toc a').filter({ visible: true }).allTextContents()).map((t) => t.trim());
		await page.goto(url('/modify-settings/'));
		const both = await toc();
		expect(both).toEqual(expect.arrayContaining([en.places['modifying-existing-settings'], en.places['new-modify-settings']]));
		await page.locator(picker('outlook')).selectOption('new');
		const fresh = await toc();
		expect(fresh).toContain(en.places['new-modify-settings']);
		expect(fresh).toContain(en.places['new-remove-account']);
		expect(fresh).not.toContain(en.places['modifying-existing-settings']);
		expect(fresh).not.toContain(en.places['classic-modify-manual']);
		expect(fresh).toContain(en.places['popimap-settings']);
		await page.goto(url('/add-account/?outlook=classic'));
		const classic = await toc();
		expect(classic).toEqual(expect.arrayContaining([en.places['classic-outlook'], en.places['classic-advanced'], en.places['classic-manual'], en.places['using-your-email-address']]));
		expect(classic).not.toContain(en.places['new-outlook']);
		await page.context().close();
	});

	it('the prompt shows only where the steps differ, and says how to tell the Outlooks apart', async () => {
		const page = await browser.page();
		await page.goto(url('/troubleshooting/?region=ca'));
		await expect.poll(() => page.locator('#outlook-prompt').isVisible()).toBe(true);
		expect(await page.locator('#outlook-prompt').innerText()).toContain('Outlook (classic)');
		await page.goto(url('/pop-or-imap/?region=ca'));
		expect(await page.locator('#outlook-prompt').count()).toBe(0);
		await page.context().close();
	});

	it('a link to the other Outlook’s step says so at the bottom of the window, offers the reader’s back, and closes', async () => {
		const page = await browser.page();
		const notice = (value: string) => page.locator(`aside.choice-link-notice[data-value="${value}"]`);
		await page.goto(url('/add-account/?region=fr&outlook=classic'));
		// A support agent's link to a new-Outlook step, opened by a reader of classic Outlook.
		await page.goto(url('/add-account/?region=fr#new-step-2'));
		expect((await data(page)).outlook).toBe('new');
		await expect.poll(() => notice('new').isVisible()).toBe(true);
		expect(await notice('classic').isVisible()).toBe(false);
		expect(await notice('new').innerText()).toContain(en.outlooks.new);
		const box = (await notice('new').boundingBox())!;
		expect(box.y + box.height).toBeGreaterThan(900 - 2);
		await notice('new').getByRole('button', { name: en.outlookChoice.back.replace('{name}', en.outlooks.classic) }).click();
		expect((await data(page)).outlook).toBe('classic');
		expect(await page.locator('[data-step-tabs="classic"]').isVisible()).toBe(true);
		expect(await notice('new').isVisible()).toBe(false);
		expect(await notice('classic').isVisible()).toBe(false);
		// The same link again, closed this time: the link's Outlook stays.
		await page.goto(url('/add-account/?region=fr#new-step-2'));
		await expect.poll(() => notice('new').isVisible()).toBe(true);
		await notice('new').getByRole('button', { name: en.close }).click();
		expect(await notice('new').isVisible()).toBe(false);
		expect((await data(page)).outlook).toBe('new');
		// A link to the Outlook already shown changes nothing, so says nothing.
		await page.goto(url('/add-account/?region=fr#new-step-1'));
		expect((await data(page)).outlook).toBe('new');
		expect(await notice('new').isVisible()).toBe(false);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});
});

describe('no region known', () => {
	it('asks the reader to choose and shows every zone’s values, each labelled', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/'));
		await expect.poll(() => page.getByText(en.region.promptTitle).isVisible()).toBe(true);
		const text = await visibleText(page);
		for (const zone of ['eu', 'ca', 'apac'] as const) {
			for (const host of hostsOf(zone).own) expect(text).toContain(host);
			expect(text.toUpperCase()).toContain(zoneName(en, zone).toUpperCase());
		}
		// Every host variant sits next to its zone's label.
		const labelled = await page.locator('main .zv').evaluateAll((els) => els.map((el) => [(el as HTMLElement).dataset.zones, el.querySelector('.zl')?.textContent]));
		for (const [ids, label] of labelled) expect(label).toBe(`${ids!.split(' ').map((id) => zoneName(en, id)).join(en.and)}${en.colon}`);
		expect(await page.locator(picker('region')).inputValue()).toBe('');
		await page.context().close();
	});

	it('choosing in the prompt applies the region without a reload and hides the prompt', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/'));
		await page.evaluate(() => ((window as any).__sameDocument = true));
		const region = getRegion('pt')!;
		await page.locator('#region-prompt select[data-choice="region"]').selectOption(region.id);
		expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
		await expect.poll(() => page.locator('#region-prompt').isVisible()).toBe(false);
		expect(param(page, 'region')).toBe('pt');
		expect(await page.locator(picker('region')).inputValue()).toBe('pt');
		const webmail = page.locator('main a[data-webmail]').filter({ visible: true });
		expect(await webmail.getAttribute('href')).toBe(region.webmail);
		// Keyboard focus stays on a picker of the same choice.
		expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.choice)).toBe('region');
		await page.context().close();
	});

	it('the placeholder can no longer be selected once a value is applied (keyboard or not)', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=fr&outlook=new'));
		for (const choice of ['region', 'outlook']) {
			const select = page.locator(picker(choice));
			expect(await select.locator('option[value=""]').evaluate((o) => (o as HTMLOptionElement).disabled)).toBe(true);
			await select.focus();
			for (const keyName of ['Home', 'ArrowUp', 'ArrowUp', 'PageUp']) await page.keyboard.press(keyName);
			expect(await select.inputValue(), choice).not.toBe('');
			expect((await data(page))[`${choice}State`]).toBe('chosen');
			expect(await select.evaluate((s: HTMLSelectElement) => s.value), choice).toBe((await data(page))[choice]);
		}
		await page.context().close();
	});
});

describe('which choice wins', () => {
	async function olderEntry(page: Page) {
		// An entry that names France and classic Outlook, a page further, then a choice made there.
		await page.goto(url('/add-account/?region=fr&outlook=classic'));
		await page.evaluate(() => ((window as any).__marker = 'kept'));
		await page.locator('.sidebar a', { hasText: en.pages['/modify-settings/'] }).first().click();
		await page.waitForURL(/modify-settings/);
		await page.locator(picker('region')).selectOption('ca');
		await page.locator(picker('outlook')).selectOption('new');
		await page.goBack();
		await page.waitForURL(/add-account/);
	}

	describe('with the back/forward cache', () => {
		// Playwright turns Chromium's back/forward cache off by default: this browser keeps it.
		let cached: Browser;
		beforeAll(async () => {
			cached = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
		});
		afterAll(async () => cached?.close());

		it('Back restores the page as it was, and it follows the choice made since, its address too', async () => {
			const context = await cached.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await olderEntry(page);
			// Restored from the cache (the page's own state survived), not loaded again.
			expect(await page.evaluate(() => (window as any).__marker)).toBe('kept');
			await expect.poll(() => data(page)).toMatchObject({ region: 'ca', zone: 'ca', outlook: 'new' });
			expect(await stored(page)).toEqual(['ca', 'new']);
			await expect.poll(() => [param(page, 'region'), param(page, 'outlook')]).toEqual(['ca', 'new']);
			expect(await page.locator('[data-step-tabs="new"]').isVisible()).toBe(true);
			await context.close();
		});
	});

	describe('without the back/forward cache (Playwright’s default)', () => {
		it('Back loads the older entry again, and the choice made since wins over its address (nothing older is stored again)', async () => {
			const page = await browser.page();
			const context = page.context();
			await olderEntry(page);
			expect(await page.evaluate(() => (window as any).__marker)).toBeUndefined();
			expect(await data(page)).toMatchObject({ region: 'ca', zone: 'ca', outlook: 'new' });
			expect(await stored(page)).toEqual(['ca', 'new']);
			await expect.poll(() => [param(page, 'region'), param(page, 'outlook')]).toEqual(['ca', 'new']);
			// Forward, then reload: still the latest choice.
			await page.goForward();
			await page.waitForURL(/modify-settings/);
			expect(await data(page)).toMatchObject({ region: 'ca', outlook: 'new' });
			await context.close();
		});
	});

	it('a reload does not bring back the address’s older value over a choice made since elsewhere', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/?region=fr&outlook=classic'));
		// A choice made since, in another page of the site (written as the site writes it).
		await page.evaluate((keys) => {
			localStorage.setItem(keys[0], 'au');
			localStorage.setItem(keys[1], 'new');
		}, [key('region'), key('outlook')]);
		await page.reload();
		expect(await data(page)).toMatchObject({ region: 'au', zone: 'apac', outlook: 'new' });
		await expect.poll(() => [param(page, 'region'), param(page, 'outlook')]).toEqual(['au', 'new']);
		await page.context().close();
	});

	it('another open tab of the site follows a choice made in this one, without reloading', async () => {
		const first = await browser.page();
		await first.goto(url('/add-account/?region=fr&outlook=classic'));
		await first.evaluate(() => ((window as any).__sameDocument = true));
		const second = await first.context().newPage();
		await second.goto(url('/modify-settings/'));
		await second.locator(picker('region')).selectOption('sg');
		await second.locator(picker('outlook')).selectOption('new');
		await expect.poll(() => data(first)).toMatchObject({ region: 'sg', zone: 'apac', outlook: 'new' });
		expect(await first.evaluate(() => (window as any).__sameDocument)).toBe(true);
		await expect.poll(() => [param(first, 'region'), param(first, 'outlook')]).toEqual(['sg', 'new']);
		expect(await first.locator(picker('region')).inputValue()).toBe('sg');
		const text = await visibleText(first);
		for (const host of hostsOf('apac').others) expect(text).not.toContain(host);
		expect(await first.locator('[data-step-tabs="new"]').isVisible()).toBe(true);
		await first.context().close();
	});
});

describe('on a phone', () => {
	it('shows the flag and the Outlook at the top right and in the menu', async () => {
		const page = await browser.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		await page.goto(url('/add-account/?region=ca&outlook=classic'));
		for (const choice of ['region', 'outlook']) {
			const top = page.locator(`.phone-choices select[data-choice="${choice}"]`);
			const box = (await top.boundingBox())!;
			expect(box.x + box.width, choice).toBeGreaterThan(390 * 0.5);
			expect(box.y, choice).toBeLessThan(60);
		}
		expect(await page.locator('.phone-choices select[data-choice="region"]').inputValue()).toBe('ca');
		await page.getByRole('button', { name: 'Menu' }).click();
		const inMenu = page.locator('.mobile-preferences select[data-choice="region"]');
		await expect.poll(() => inMenu.isVisible()).toBe(true);
		await inMenu.selectOption('it');
		expect(await page.locator('.phone-choices select[data-choice="region"]').inputValue()).toBe('it');
		expect((await data(page)).zone).toBe('eu');
		await page.locator('.mobile-preferences select[data-choice="outlook"]').selectOption('new');
		expect((await data(page)).outlook).toBe('new');
		expect(await page.locator('.phone-choices select[data-choice="outlook"]').inputValue()).toBe('new');
		await page.context().close();
	});
});
