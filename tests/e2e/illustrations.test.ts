/** The illustrations of Outlook's dialogs and the POP/IMAP diagrams. */
import { describe, expect, it } from 'vitest';
import { fold, hostsOf, url, useBrowser } from './browser';
import { zones } from '../../src/settings/mail-settings';
import en from '../../src/i18n/en';
import { zoneName } from '../../src/i18n';

const browser = useBrowser();

/** The visible text of each illustrated form, by protocol block. */
async function formValues(page: import('playwright-core').Page, scope: string) {
	return page.locator(`${scope} fieldset.ol-group`).evaluateAll((groups) =>
		groups.map((g) => ({
			protocol: (g as HTMLElement).dataset.protocol,
			fields: [...g.querySelectorAll('.ol-field')].map((f) => (f as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
		})),
	);
}

const expected = (zone: 'eu' | 'ca' | 'apac', protocol: 'imap' | 'pop' | 'smtp') => [
	`Server ${zones[zone][protocol].host}`,
	`Port ${zones[zone][protocol].port}`,
	`Encryption method ${zones[zone][protocol].security}`,
];

describe('illustrations', () => {
	it('step 4 forms show the chosen region’s servers and follow a change of region', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=ca#step-4-pop'));
		const pop = '[role="tabpanel"]:not([hidden]) .illustration';
		expect(await formValues(page, pop)).toEqual([
			{ protocol: 'pop', fields: expected('ca', 'pop') },
			{ protocol: 'smtp', fields: expected('ca', 'smtp') },
		]);
		await page.locator('header select[data-choice="region"]:visible').selectOption('es');
		expect(await formValues(page, pop)).toEqual([
			{ protocol: 'pop', fields: expected('eu', 'pop') },
			{ protocol: 'smtp', fields: expected('eu', 'smtp') },
		]);
		await page.getByRole('tab', { name: 'Step 4 - IMAP' }).click();
		expect(await formValues(page, pop)).toEqual([
			{ protocol: 'imap', fields: expected('eu', 'imap') },
			{ protocol: 'smtp', fields: expected('eu', 'smtp') },
		]);
		await page.context().close();
	});

	it('the server settings window (modifying settings) shows the region’s servers', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/?region=sg'));
		expect(await formValues(page, '.illustration')).toEqual([
			{ protocol: 'imap', fields: expected('apac', 'imap') },
			{ protocol: 'smtp', fields: expected('apac', 'smtp') },
		]);
		const text = fold(await page.locator('.illustration').allInnerTexts().then((t) => t.join(' ')));
		for (const host of hostsOf('apac').others) expect(text).not.toContain(host);
		await page.context().close();
	});

	it('without JavaScript, every zone is labelled inside the forms', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url('/modify-settings/'));
		const server = fold(await page.locator('.illustration fieldset[data-protocol="imap"] .ol-field').first().innerText());
		for (const zone of ['eu', 'ca', 'apac'] as const) {
			expect(server).toContain(zones[zone].imap.host);
			expect(server.toUpperCase()).toContain(zoneName(en, zone).toUpperCase());
		}
		await page.context().close();
	});

	it('every illustration has a caption, is marked as one, and no raster image stands in for a dialog', async () => {
		const page = await browser.page();
		for (const path of ['/add-account/', '/modify-settings/', '/pop-or-imap/']) {
			await page.goto(url(`${path}?region=fr`));
			const figures = await page.locator('main figure.illustration').evaluateAll((figs) =>
				figs.map((f) => ({
					caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
					badge: f.querySelector('.illustration-badge')?.textContent ?? '',
					rasters: [...f.querySelectorAll('img, picture, canvas')].length,
				})),
			);
			expect(figures.length, path).toBeGreaterThan(1);
			for (const figure of figures) {
				expect(figure.caption.length).toBeGreaterThan(20);
				expect(['Illustration:', 'Diagram:']).toContain(figure.badge);
				expect(figure.rasters).toBe(0);
			}
			// No raster image anywhere in the content (the source guide's screenshots are not shipped).
			expect(await page.locator('main img:not([src$=".svg"])').count()).toBe(0);
		}
		await page.context().close();
	});

	it('the POP/IMAP diagrams are SVG images with a text alternative', async () => {
		const page = await browser.page();
		await page.goto(url('/pop-or-imap/'));
		const svgs = await page.locator('main figure.diagram svg[role="img"]').evaluateAll((els) =>
			els.map((svg) => {
				const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
				return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' | ');
			}),
		);
		expect(svgs).toHaveLength(3);
		expect(svgs.find((s) => s.startsWith('IMAP'))).toMatch(/stays on the email server/);
		expect(svgs.find((s) => s.startsWith('POP'))).toMatch(/deleted from the email server/);
		await page.context().close();
	});

	it('every illustration fits a phone', async () => {
		const page = await browser.page({ viewport: { width: 390, height: 844 } });
		for (const path of ['/add-account/?region=world', '/modify-settings/', '/pop-or-imap/']) {
			await page.goto(url(path));
			const overflow = await page.locator('main figure.illustration').evaluateAll((figs) =>
				figs.filter((f) => f.scrollWidth > f.clientWidth + 1 || f.getBoundingClientRect().right > innerWidth).length,
			);
			expect(overflow, path).toBe(0);
		}
		await page.context().close();
	});
});
