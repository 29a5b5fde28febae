/**
 * Print: what Chromium's PDF of a page holds (text extracted with poppler's pdftotext), and how
 * the print styles draw what would otherwise rely on background colours (which browsers drop
 * by default when printing).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fold, hostsOf, url, useBrowser } from './browser';
import { placeTitle, stepsOf } from '../../src/links/registry';
import { PROTOCOLS, regionsByZone, zones } from '../../src/settings/mail-settings';
import en from '../../src/i18n/en';
import { regionName, zoneName } from '../../src/i18n';

const browser = useBrowser();
/** The source guide's steps (classic Outlook's), by their titles. */
const steps = stepsOf('classic').map((step) => ({ ...step, title: placeTitle(step, en) }));
const newSteps = stepsOf('new').map((step) => ({ ...step, title: placeTitle(step, en) }));
const dir = mkdtempSync(join(tmpdir(), 'mxplan-print-'));

/** The page printed to PDF by Chromium, as text (pdftotext keeps the reading order). */
async function printed(page: Page, name: string): Promise<string> {
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	return fold(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

describe('printing /add-account/ with a region', () => {
	it('holds every step of the chosen Outlook under its title, the region and the Outlook at the top, and only that zone’s servers', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=ca&outlook=classic'));
		const text = await printed(page, 'add-account-ca');
		for (const step of steps) expect(text, step.title).toContain(step.title);
		for (const step of newSteps) expect(text, step.title).not.toContain(step.title);
		expect(text).toContain(en.outlookChoice.printChosen.replace('{name}', en.outlooks.classic));
		// Every step's body is printed, not only the first tab's.
		for (const protocol of PROTOCOLS) expect(text, protocol).toContain(zones.ca[protocol].host);
		const { others } = hostsOf('ca');
		for (const host of others) expect(text, host).not.toContain(host);
		// The region the values are for, before the first step.
		const region = text.indexOf(`These settings are for ${regionName(en, 'ca')}`);
		expect(region).toBeGreaterThanOrEqual(0);
		expect(region).toBeLessThan(text.indexOf(steps[0]!.title));
		// Nothing that only works on screen.
		expect(text).not.toContain('Copy link');
		expect(text).not.toContain('Choose your region');
		// Paper has no tabs: the text says so.
		expect(text).toContain('follow the steps below');
		expect(text).not.toContain('clicking on the tabs');
		await page.context().close();
	});

	it('prints the flag at the top right, so that “check the flag at the top right” holds on paper', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=ca'));
		await page.emulateMedia({ media: 'print' });
		const flags = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLImageElement>('img[data-fill="region icon"]')]
				.filter((img) => img.checkVisibility())
				.map((img) => {
					const box = img.getBoundingClientRect();
					return { src: img.src, right: document.documentElement.clientWidth - box.right, top: box.top };
				}),
		);
		const expected = await page.evaluate(
			() => document.querySelector<HTMLTemplateElement>('#choice-region')!.content.querySelector<HTMLOptionElement>('option[value="ca"]')!.dataset.icon!,
		);
		expect(flags).toHaveLength(1);
		expect(new URL(flags[0]!.src).pathname).toBe(expected);
		expect(flags[0]!.right).toBeLessThan(80);
		expect(flags[0]!.top).toBeLessThan(150);
	});

	it('shows no tab strip or picker on paper', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=ca&outlook=classic'));
		await page.emulateMedia({ media: 'print' });
		const shown = await page.evaluate(() =>
			['[role="tablist"]', 'select[data-choice="region"]', '.copy-link', '.choice-prompt[data-for="region"]'].map((selector) => [
				selector,
				[...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.checkVisibility()).length,
			]),
		);
		expect(Object.fromEntries(shown)).toEqual({
			'[role="tablist"]': 0,
			'select[data-choice="region"]': 0,
			'.copy-link': 0,
			'.choice-prompt[data-for="region"]': 0,
		});
		// Each step is printed under its own title.
		const titles = await page.locator('[data-step-tabs="classic"] [role="tabpanel"] .step-title').evaluateAll((els) =>
			els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => (el as HTMLElement).innerText.trim()),
		);
		expect(titles).toEqual(steps.map((step) => step.title));
		await page.context().close();
	});
});

describe('printing without a region', () => {
	it('says every zone and both Outlooks are shown, and labels every zone and each Outlook', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/'));
		const text = await printed(page, 'add-account-none');
		expect(text).toContain('No region chosen');
		expect(text).toContain(en.outlookChoice.printNone);
		for (const step of newSteps) expect(text, step.title).toContain(step.title);
		for (const name of Object.values(en.outlooks)) expect(text.toLowerCase()).toContain(name.toLowerCase());
		// Zone labels are set in capitals.
		for (const group of regionsByZone) expect(text.toLowerCase(), zoneName(en, group.zone)).toContain(zoneName(en, group.zone).toLowerCase());
		for (const step of steps) expect(text, step.title).toContain(step.title);
		expect(text).not.toContain('Copy link');
		expect(text).not.toContain('Choose your country or region');
		await page.context().close();
	});
});

describe('illustrations on paper, without background colours', () => {
	it('draws buttons, ticks and numbered markers with borders', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=ca'));
		await page.emulateMedia({ media: 'print' });
		const marks = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.ol-primary, .ol-box, .ol-marker, .ol-nav, .illustration-badge')]
				.filter((el) => el.checkVisibility())
				.map((el) => {
					const style = getComputedStyle(el);
					const drawn =
						(style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1) ||
						(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1);
					// The text must be dark enough to read on white paper.
					const [r, g, b] = style.color.match(/[\d.]+/g)!.map(Number);
					const dark = 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 110;
					return `${el.className}: ${drawn ? 'drawn' : 'background only'}${dark ? '' : ', light text'}`;
				}),
		);
		expect(marks.length).toBeGreaterThan(3);
		expect(marks.filter((mark) => !mark.endsWith('drawn'))).toEqual([]);
		await page.context().close();
	});
});
