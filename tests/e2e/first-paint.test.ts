/**
 * No frame ever shows another region's values: the region is applied before <body> exists, and
 * a check at every animation frame (just before each paint) from the first one until load finds
 * no other zone's host visible.
 */
import { describe, expect, it } from 'vitest';
import { hostsOf, sampleRegions, url, useBrowser } from './browser';
import { REGION_STORAGE_KEY } from '../../src/scripts/region-keys';

const browser = useBrowser();

async function watchFrames(page: import('playwright-core').Page, forbidden: string[]) {
	await page.addInitScript((hosts: string[]) => {
		const log = { frames: 0, bad: [] as string[], regionAtBody: null as string | null | undefined };
		(window as any).__frames = log;
		new MutationObserver((_, observer) => {
			if (document.body) {
				log.regionAtBody = document.documentElement.dataset.regionState ?? null;
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
		const check = () => {
			log.frames++;
			const text = document.body?.innerText ?? '';
			for (const host of hosts) if (text.includes(host)) log.bad.push(`frame ${log.frames}: ${host}`);
			if (document.readyState !== 'complete' || log.frames < 3) requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	}, forbidden);
}

describe('first paint', () => {
	for (const region of sampleRegions) {
		it(`?region=${region.id}: no frame shows another zone`, async () => {
			const page = await browser.page();
			// Slow the page down so it paints several frames while loading.
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
			await watchFrames(page, hostsOf(region.zone).others);
			await page.goto(url(`/modify-settings/?region=${region.id}`), { waitUntil: 'load' });
			await page.waitForTimeout(100);
			const log = await page.evaluate(() => (window as any).__frames);
			expect(log.regionAtBody).toBe('chosen');
			expect(log.frames).toBeGreaterThan(0);
			expect(log.bad).toEqual([]);
			await page.context().close();
		});
	}

	it('a stored region is applied before the first paint too', async () => {
		const page = await browser.page();
		await page.goto(url('/?region=asia'));
		await watchFrames(page, hostsOf('apac').others);
		await page.goto(url('/add-account/'), { waitUntil: 'load' });
		const log = await page.evaluate(() => (window as any).__frames);
		expect(log.regionAtBody).toBe('chosen');
		expect(log.bad).toEqual([]);
		expect(await page.evaluate((key) => localStorage.getItem(key), REGION_STORAGE_KEY)).toBe('asia');
		await page.context().close();
	});
});
