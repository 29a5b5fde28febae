/**
 * Accessibility: axe on every page (no choices, and a region with either Outlook; 390 and 1280 px;
 * light and dark, paired; picker focused), a keyboard-only walk, the picker's names, the polite announcement, and
 * no layout shift when switching region.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { url, useBrowser } from './browser';
import { PAGES } from '../../src/links/registry';
import en from '../../src/i18n/en';
import { regionName } from '../../src/i18n';
import { LANGUAGES, localePath } from '../../src/i18n/languages';

const browser = useBrowser();
const paths = [...Object.keys(PAGES), '/links/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/**
 * Width, colour scheme and choices paired so that every two of them meet in each combination
 * (pairwise: 4 runs instead of 8); the choices include each Outlook's steps alone.
 */
const AXE_RUNS = [
	{ width: 390, scheme: 'light', query: '' },
	{ width: 390, scheme: 'dark', query: '?region=fr&outlook=new' },
	{ width: 1280, scheme: 'light', query: '?region=fr&outlook=classic' },
	{ width: 1280, scheme: 'dark', query: '' },
] as const;

describe('axe: zero violations', () => {
	for (const { width, scheme, query } of AXE_RUNS)
		it(`${width} px, ${scheme}, ${query || 'no choices'}`, async () => {
			const page = await browser.page({ viewport: { width, height: 900 }, colorScheme: scheme });
			for (const path of paths) {
				await page.goto(url(`${path}${query}`));
				expect(await violations(page), path).toEqual([]);
			}
			// The picker focused (the native list itself is drawn by the browser, outside the page).
			const picker = page.locator('select[data-choice="region"]').filter({ visible: true }).first();
			await picker.focus();
			expect(await violations(page), 'picker focused').toEqual([]);
			await page.context().close();
		});

	it('JavaScript off (the pages served without their scripts, so that axe itself can run)', async () => {
		const page = await browser.page();
		await page.route('**/*', async (route) => {
			if (route.request().resourceType() !== 'document') return route.continue();
			const response = await route.fetch();
			const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
			return route.fulfill({ response, body: html });
		});
		for (const path of paths) {
			await page.goto(url(path));
			expect(await page.evaluate(() => document.documentElement.dataset.regionState)).toBeUndefined();
			expect(await violations(page), path).toEqual([]);
		}
		await page.context().close();
	});

	it('the notices at the bottom of the window: the translation offer and a link’s notice', async () => {
		const page = await browser.page({ viewport: { width: 390, height: 844 } });
		await page.goto(url('/pl/troubleshooting/'));
		await page.locator('header select[data-choice="region"]:visible').selectOption('it');
		await expect.poll(() => page.locator('dialog.translation-offers').isVisible()).toBe(true);
		expect(await violations(page), 'translation offer').toEqual([]);
		await page.goto(url('/add-account/?region=fr&outlook=classic'));
		await page.goto(url('/add-account/?region=fr#new-step-2'));
		await expect.poll(() => page.locator('aside.choice-link-notice[data-value="new"]').isVisible()).toBe(true);
		expect(await violations(page), 'link notice').toEqual([]);
		await page.context().close();
	});

	it('an unknown ?region= notice', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=atlantis'));
		expect(await violations(page)).toEqual([]);
		await page.context().close();
	});
});

/** Tabs through the page, recording what gets focus and whether the focus is drawn. */
async function tabWalk(page: Page, steps: number) {
	const seen: Array<{ key: string; visible: boolean }> = [];
	for (let i = 0; i < steps; i++) {
		await page.keyboard.press('Tab');
		seen.push(
			await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return { key: 'body', visible: true };
				const style = getComputedStyle(el);
				const drawn = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
				const key = el.matches('select[data-choice]')
					? `${(el as HTMLElement).dataset.choice}-select`
					: el.matches('[role="tab"]')
						? `tab:${el.textContent!.trim()}`
						: el.matches('button[data-copy-link]')
							? `copy:${(el as HTMLElement).dataset.copyLink}`
							: `${el.tagName.toLowerCase()}`;
				return { key, visible: drawn && el.matches(':focus-visible') };
			}),
		);
	}
	return seen;
}

describe('keyboard only', () => {
	it('reaches and operates the region and Outlook pickers, the step tabs and every copy button, with visible focus', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/'));
		const walk = await tabWalk(page, 120);
		const interesting = walk.filter((s) => /^(region-select|outlook-select|tab:|copy:)/.test(s.key));
		expect(interesting.map((s) => s.key)).toEqual(
			expect.arrayContaining(['region-select', 'outlook-select', 'tab:Step 1', 'copy:step-1', 'copy:manual-step-1', 'copy:new-step-1', 'copy:using-your-email-address']),
		);
		expect(interesting.filter((s) => !s.visible)).toEqual([]);
		// Operate the picker with the keyboard.
		await page.locator('header select[data-choice="region"]:visible').focus();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.region)).toBeTruthy();
		// Operate the tabs with the keyboard.
		const classic = page.locator('[data-step-tabs="classic"]');
		await classic.getByRole('tab', { name: 'Step 1', exact: true }).focus();
		await page.keyboard.press('End');
		expect(await classic.getByRole('tab', { name: 'Step 4 - POP' }).getAttribute('aria-selected')).toBe('true');
		await page.locator('header select[data-choice="outlook"]:visible').focus();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.outlook)).toBeTruthy();
		// Every copy button on the settings page is reachable.
		await page.goto(url('/modify-settings/?region=ca'));
		// Every visible one (the Outlook picked above hides the other Outlook's sections).
		const buttons = await page.locator('button[data-copy-link]').evaluateAll((els) => els.filter((b) => b.checkVisibility()).map((b) => `copy:${(b as HTMLElement).dataset.copyLink}`));
		expect(buttons.length).toBeGreaterThan(6);
		const reached = (await tabWalk(page, buttons.length + 120)).map((s) => s.key);
		for (const button of buttons) expect(reached).toContain(button);
		await page.context().close();
	});
});

describe('screen-reader names', () => {
	it('the picker says it chooses the region, gives the current one, and a change is announced politely', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/?region=ie'));
		const picker = page.getByRole('combobox', { name: 'Region for the mail settings' }).filter({ visible: true });
		expect(await picker.count()).toBe(1);
		const cdp = await page.context().newCDPSession(page);
		const { nodes } = await cdp.send('Accessibility.getFullAXTree');
		const combo = nodes.find((n: any) => n.role?.value === 'combobox' && n.name?.value === 'Region for the mail settings' && !n.ignored);
		expect(combo?.value?.value).toBe(regionName(en, 'ie'));
		const live = page.locator('[data-choice-status]');
		expect(await live.getAttribute('aria-live')).toBe('polite');
		await picker.selectOption('au');
		await expect.poll(() => live.textContent()).toBe(`Showing the settings for ${regionName(en, 'au')} (Asia / Pacific).`);
		await page.context().close();
	});
});

/** Records every layout shift of the page from now on (input-excluded ones too), with what moved. */
async function watchShifts(page: Page) {
	await page.evaluate(() => {
		(window as any).__shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as any[])
				(window as any).__shifts.push({
					value: entry.value,
					hadRecentInput: entry.hadRecentInput,
					moved: entry.sources.map((s: any) => s.node?.outerHTML?.slice(0, 80)),
				});
		}).observe({ type: 'layout-shift' });
	});
}
const shifts = (page: Page) => page.evaluate(() => (window as any).__shifts as Array<{ value: number; hadRecentInput: boolean; moved: string[] }>);
const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('layout shift', () => {
	// From France: Canada (the English and French offers on a page in another language), Australia
	// (English only: the French line goes), France again (French only), and the other zones.
	const sequence = ['ca', 'au', 'fr', 'ca', 'gb', 'world', 'asia'];
	const translated = LANGUAGES.filter((lang) => lang !== 'en').flatMap((lang) => ['/add-account/', '/troubleshooting/'].map((key) => localePath(lang, key)));
	for (const width of [390, 1280])
		it(`switching region moves nothing, on every page and the translated guides’ (${width} px)`, async () => {
			const page = await browser.page({ viewport: { width, height: 900 } });
			for (const path of [...paths, ...translated]) {
				await page.goto(url(`${path}?region=fr`));
				await watchShifts(page);
				for (const region of sequence) {
					await page.locator('select[data-choice="region"]').filter({ visible: true }).first().selectOption(region);
					await frames(page);
				}
				// Every entry counts, input-excluded ones included.
				expect(await shifts(page), path).toEqual([]);
			}
			await page.context().close();
		});

	it('switching Outlook from the keyboard: the steps change, nothing else moves on its own', async () => {
		// The other Outlook's steps (and its entries in the table of contents) replace these: what
		// follows them moves, as the reader asked. Only shifts after the reader's own input may
		// happen (CLS leaves those out); none without it.
		const page = await browser.page({ viewport: { width: 1280, height: 900 } });
		for (const path of ['/add-account/', '/modify-settings/', '/troubleshooting/', '/de/add-account/']) {
			await page.goto(url(`${path}?region=fr&outlook=classic`));
			await watchShifts(page);
			await page.locator('header select[data-choice="outlook"]:visible').focus();
			for (const key of ['ArrowDown', 'ArrowUp', 'ArrowDown']) {
				await page.keyboard.press(key);
				await frames(page);
			}
			expect(await page.evaluate(() => document.documentElement.dataset.outlook), path).toBe('new');
			expect((await shifts(page)).filter((shift) => !shift.hadRecentInput), path).toEqual([]);
		}
		await page.context().close();
	});
});
