/** JavaScript off: every zone labelled, all five steps readable, no dead picker. */
import { describe, expect, it } from 'vitest';
import { hostsOf, STEP_LABELS, url, useBrowser, visibleText } from './browser';
import { zones, ZONE_IDS } from '../../src/settings/mail-settings';

const browser = useBrowser();

describe('without JavaScript', () => {
	it('shows all five steps, each under its title, with every zone’s servers labelled', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url('/add-account/?region=ca'));
		const panels = page.locator('.step-tabs [role="tabpanel"]');
		expect(await panels.count()).toBe(5);
		for (let i = 0; i < 5; i++) {
			expect(await panels.nth(i).isVisible()).toBe(true);
			expect((await panels.nth(i).innerText()).trim().startsWith(STEP_LABELS[i]!)).toBe(true);
		}
		const text = await visibleText(page);
		for (const zone of ZONE_IDS) {
			for (const host of hostsOf(zone).own.filter((h) => !h.startsWith('ssl0'))) expect(text).toContain(host);
			expect(text.toUpperCase()).toContain(zones[zone].label.toUpperCase());
		}
		await page.context().close();
	});

	it('explains the all-zones view and lists which regions are in which zone; hides the picker', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url('/modify-settings/'));
		const note = page.locator('.choice-nojs');
		expect(await note.isVisible()).toBe(true);
		expect(await note.innerText()).toContain('JavaScript is off');
		for (const zone of ZONE_IDS) expect(await note.innerText()).toContain(zones[zone].label);
		expect(await page.locator('select[data-choice="region"]').filter({ visible: true }).count()).toBe(0);
		expect(await page.locator('.choice-prompt[data-for="region"]').isVisible()).toBe(false);
		const text = await visibleText(page);
		for (const zone of ZONE_IDS) for (const host of hostsOf(zone).own) expect(text).toContain(host);
		await page.context().close();
	});
});
