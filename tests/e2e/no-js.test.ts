/**
 * JavaScript off: every zone labelled, every step of both Outlooks readable and labelled, no dead
 * picker, and no instruction to check a flag that is not there.
 */
import { describe, expect, it } from 'vitest';
import { hostsOf, STEP_LABELS, url, useBrowser, visibleText } from './browser';
import { ZONE_IDS } from '../../src/settings/mail-settings';
import { placeTitle, stepsOf } from '../../src/links/registry';
import { STEP_SETS } from '../../src/links/places';
import en from '../../src/i18n/en';
import { catalogues, zoneName } from '../../src/i18n';
import { LANGUAGES, localePath } from '../../src/i18n/languages';

const browser = useBrowser();

describe('without JavaScript', () => {
	it('shows every step of every set, each under its title, both Outlooks labelled, with every zone’s servers labelled', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url('/add-account/?region=ca&outlook=new'));
		for (const set of STEP_SETS) {
			const steps = stepsOf(set);
			const panels = page.locator(`[data-step-tabs="${set}"] [role="tabpanel"]`);
			expect(await panels.count(), set).toBe(steps.length);
			for (let i = 0; i < steps.length; i++) {
				expect(await panels.nth(i).isVisible()).toBe(true);
				expect((await panels.nth(i).innerText()).trim().startsWith(placeTitle(steps[i]!, en)), `${set} ${i}`).toBe(true);
			}
		}
		expect(stepsOf('classic').map((s) => placeTitle(s, en))).toEqual(STEP_LABELS);
		// Each Outlook's instructions under its label (the address's ?outlook= needs JavaScript).
		const labels = await page.locator('main .variant-label').filter({ visible: true }).allInnerTexts();
		expect(labels.map((l) => l.trim())).toEqual(expect.arrayContaining([en.outlooks.classic, en.outlooks.new]));
		const text = await visibleText(page);
		for (const zone of ZONE_IDS) {
			for (const host of hostsOf(zone).own.filter((h) => !h.startsWith('ssl0'))) expect(text).toContain(host);
			expect(text.toUpperCase()).toContain(zoneName(en, zone).toUpperCase());
		}
		await page.context().close();
	});

	it('explains the all-zones view and lists which regions are in which zone; hides the picker', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url('/modify-settings/'));
		const note = page.locator('.choice-nojs');
		expect(await note.isVisible()).toBe(true);
		expect(await note.innerText()).toContain('JavaScript is off');
		for (const zone of ZONE_IDS) expect(await note.innerText()).toContain(zoneName(en, zone));
		expect(await page.locator('select[data-choice="region"]').filter({ visible: true }).count()).toBe(0);
		expect(await page.locator('.choice-prompt[data-for="region"]').isVisible()).toBe(false);
		const text = await visibleText(page);
		for (const zone of ZONE_IDS) for (const host of hostsOf(zone).own) expect(text).toContain(host);
		await page.context().close();
	});

	it('never asks to check a flag it cannot show: the warning points to the list of zones instead (and the reverse with JavaScript)', async () => {
		for (const lang of LANGUAGES)
			for (const key of ['/', '/add-account/']) {
				const path = localePath(lang, key);
				const t = catalogues[lang].region;
				const off = await browser.page({ javaScriptEnabled: false });
				await off.goto(url(path));
				const offText = await visibleText(off);
				expect(offText, `${path} without JavaScript`).toContain(t.checkTitleNoJs);
				expect(offText, `${path} without JavaScript`).not.toContain(t.checkTitle);
				await off.context().close();
				const on = await browser.page();
				await on.goto(url(`${path}?region=fr`));
				const onText = await visibleText(on);
				expect(onText, `${path} with JavaScript`).toContain(t.checkTitle);
				expect(onText, `${path} with JavaScript`).not.toContain(t.checkTitleNoJs);
				await on.context().close();
			}
	});
});

