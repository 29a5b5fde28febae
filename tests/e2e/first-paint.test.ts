/**
 * No frame ever shows another region's values or another Outlook's steps: the choices are applied
 * before <body> exists, and a check at every animation frame (just before each paint) from the
 * first one until load finds no other zone's host visible and no other Outlook's block shown.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hostsOf, sampleRegions, url, useBrowser } from './browser';
import { CHOICES } from '../../src/choices/choices';

const browser = useBrowser();
const key = (id: string) => CHOICES.find((c) => c.id === id)!.storageKey;

async function watchFrames(page: Page, hosts: string[], outlook: string | null) {
	await page.addInitScript(
		([hosts, outlook]) => {
			const log = { frames: 0, bad: [] as string[], atBody: null as Record<string, string | undefined> | null, openStep: [] as string[] };
			(window as any).__frames = log;
			new MutationObserver((_, observer) => {
				if (document.body) {
					const data = document.documentElement.dataset;
					log.atBody = { region: data.regionState, outlook: data.outlook };
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
			const check = () => {
				log.frames++;
				const text = document.body?.innerText ?? '';
				for (const host of hosts as string[]) if (text.includes(host)) log.bad.push(`frame ${log.frames}: ${host}`);
				if (outlook)
					for (const el of document.querySelectorAll<HTMLElement>(`[data-outlooks]:not([data-outlooks~="${outlook}"])`))
						if (el.checkVisibility()) log.bad.push(`frame ${log.frames}: ${el.dataset.outlooks} block shown`);
				const open = document.querySelector('[data-step-tabs="new"] [role="tabpanel"]:not([hidden]) .step-anchor');
				if (open) log.openStep.push(open.id);
				if (document.readyState !== 'complete' || log.frames < 3) requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		},
		[hosts, outlook] as const,
	);
}

async function slowed(page: Page) {
	// Slow the page down so it paints several frames while loading.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
}

describe('first paint', () => {
	for (const region of sampleRegions)
		for (const outlook of ['classic', 'new'])
			it(`?region=${region.id}&outlook=${outlook}: no frame shows another zone or the other Outlook`, async () => {
				const page = await browser.page();
				await slowed(page);
				await watchFrames(page, hostsOf(region.zone).others, outlook);
				await page.goto(url(`/add-account/?region=${region.id}&outlook=${outlook}`), { waitUntil: 'load' });
				await page.waitForTimeout(100);
				const log = await page.evaluate(() => (window as any).__frames);
				expect(log.atBody).toEqual({ region: 'chosen', outlook });
				expect(log.frames).toBeGreaterThan(0);
				expect(log.bad).toEqual([]);
				await page.context().close();
			});

	it('a stored region and Outlook are applied before the first paint too', async () => {
		const page = await browser.page();
		await page.goto(url('/?region=asia&outlook=new'));
		await watchFrames(page, hostsOf('apac').others, 'new');
		await page.goto(url('/modify-settings/'), { waitUntil: 'load' });
		const log = await page.evaluate(() => (window as any).__frames);
		expect(log.atBody).toEqual({ region: 'chosen', outlook: 'new' });
		expect(log.bad).toEqual([]);
		expect(await page.evaluate((keys) => keys.map((k) => localStorage.getItem(k)), [key('region'), key('outlook')])).toEqual(['asia', 'new']);
		await page.context().close();
	});

	it('a link to a new-Outlook step shows the new Outlook, with that step’s tab open, from the first frame, over a stored classic Outlook', async () => {
		const page = await browser.page();
		await page.goto(url('/?region=fr&outlook=classic'));
		await slowed(page);
		await watchFrames(page, hostsOf('eu').others, 'new');
		await page.goto(url('/add-account/#new-step-2'), { waitUntil: 'load' });
		await page.waitForTimeout(100);
		const log = await page.evaluate(() => (window as any).__frames);
		expect(log.atBody).toEqual({ region: 'chosen', outlook: 'new' });
		expect(log.bad).toEqual([]);
		expect(log.openStep.length).toBeGreaterThan(0);
		expect(new Set(log.openStep)).toEqual(new Set(['new-step-2']));
		await page.context().close();
	});
});
