/** Odd addresses and storage that throws: a clear notice, never broken, never injected. */
import { describe, expect, it } from 'vitest';
import { hostsOf, pageErrors, url, useBrowser, visibleText } from './browser';
import { ZONE_IDS } from '../../src/settings/mail-settings';

const browser = useBrowser();

const odd = [
	'xx',
	'',
	'%20',
	'fr%00',
	'<img src=x onerror=alert(1)>',
	'"><script>alert(1)</script>',
	'ca<b>bold</b>',
	'__proto__',
	'constructor',
	'toString',
	'a'.repeat(5000),
	'%E2%80%AEac',
	'fr&region=ca',
];

describe('unknown or malformed ?region=', () => {
	for (const value of odd) {
		it(`?region=${value.slice(0, 40)}${value.length > 40 ? '…' : ''}`, async () => {
			const page = await browser.page();
			const response = await page.goto(`${url('/modify-settings/')}?region=${value.includes('%') ? value : encodeURIComponent(value)}`);
			expect(response?.status()).toBe(200);
			const raw = new URL(response!.url()).searchParams.get('region')!;
			// The address no longer claims a region the page does not show.
			await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
			const notice = page.locator('.choice-notice[data-for="region"]');
			await expect.poll(() => notice.isVisible()).toBe(true);
			const echoed = await page.locator('[data-choice-notice-value="region"]').textContent();
			expect(echoed).toBe(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
			expect(await page.locator('.choice-prompt[data-for="region"]').isVisible()).toBe(true);
			// Nothing injected, nothing chosen: every zone shown.
			expect(await page.locator('img[src="x"], b:text-is("bold")').count()).toBe(0);
			expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent!.includes('alert(')))).toBe(false);
			expect(await page.evaluate(() => document.documentElement.dataset.regionState)).toBe('none');
			const text = await visibleText(page);
			for (const zone of ZONE_IDS) for (const host of hostsOf(zone).own.filter((h) => !h.startsWith('ssl0'))) expect(text).toContain(host);
			expect(pageErrors(page)).toEqual([]);
			// The page still works: choosing clears the notice.
			await page.locator('header select[data-choice="region"]:visible').selectOption('ie');
			await expect.poll(() => notice.isVisible()).toBe(false);
			expect(new URL(page.url()).searchParams.getAll('region')).toEqual(['ie']);
			await page.context().close();
		});
	}
});

describe('unknown or malformed ?outlook=', () => {
	for (const value of ['web', '', 'NEW ', '<img src=x onerror=alert(1)>', '__proto__', 'classic,new', 'a'.repeat(300)]) {
		it(`?outlook=${value.slice(0, 40)}${value.length > 40 ? '…' : ''}`, async () => {
			const page = await browser.page();
			const response = await page.goto(`${url('/add-account/')}?region=fr&outlook=${encodeURIComponent(value)}`);
			expect(response?.status()).toBe(200);
			const state = await page.evaluate(() => ({ ...document.documentElement.dataset }));
			if (value.trim().toLowerCase() === 'new') {
				// A known value with odd case and spaces is forgiven.
				expect(state).toMatchObject({ outlook: 'new', outlookState: 'chosen' });
				expect(await page.locator('.choice-notice[data-for="outlook"]').isVisible()).toBe(false);
				await expect.poll(() => new URL(page.url()).searchParams.get('outlook')).toBe('new');
			} else {
				expect(state.outlook).toBeUndefined();
				expect(state).toMatchObject({ outlookState: 'none', outlookNotice: 'unknown', region: 'fr' });
				const notice = page.locator('.choice-notice[data-for="outlook"]');
				await expect.poll(() => notice.isVisible()).toBe(true);
				const echoed = await page.locator('[data-choice-notice-value="outlook"]').textContent();
				expect(echoed).toBe(value.length > 40 ? `${value.slice(0, 40)}…` : value);
				// Both Outlooks' steps, labelled, and the prompt; nothing injected.
				for (const set of ['classic', 'classic-manual', 'new']) expect(await page.locator(`[data-step-tabs="${set}"]`).isVisible(), set).toBe(true);
				expect(await page.locator('#outlook-prompt').isVisible()).toBe(true);
				expect(await page.locator('img[src="x"]').count()).toBe(0);
				await page.locator('header select[data-choice="outlook"]:visible').selectOption('classic');
				await expect.poll(() => notice.isVisible()).toBe(false);
				expect(new URL(page.url()).searchParams.getAll('outlook')).toEqual(['classic']);
			}
			expect(pageErrors(page)).toEqual([]);
			await page.context().close();
		});
	}
});

describe('storage that throws', () => {
	const blockStorage = () => {
		// As Chromium does with site data blocked: reading window.localStorage throws.
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	};

	it('still applies ?region=, switches, and keeps the region in links', async () => {
		const page = await browser.page();
		await page.addInitScript(blockStorage);
		await page.goto(url('/modify-settings/?region=ca'));
		expect(await page.evaluate(() => document.documentElement.dataset.zone)).toBe('ca');
		await page.locator('header select[data-choice="region"]:visible').selectOption('pl');
		const text = await visibleText(page);
		for (const host of hostsOf('eu').own) expect(text).toContain(host);
		for (const host of hostsOf('eu').others) expect(text).not.toContain(host);
		const link = page.locator('.sidebar a', { hasText: 'POP or IMAP, what’s the difference?' }).first();
		expect(new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('region')).toBe('pl');
		await link.click();
		await page.waitForURL(/pop-or-imap/);
		expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe('pl');
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('without ?region= shows the prompt and every zone', async () => {
		const page = await browser.page();
		await page.addInitScript(blockStorage);
		await page.goto(url('/modify-settings/'));
		expect(await page.locator('.choice-prompt[data-for="region"]').isVisible()).toBe(true);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});
});
