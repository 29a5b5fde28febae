/** Links support agents paste into tickets: ids, aliases, steps, copy link, the link index. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, fold, hostsOf, pageErrors, readClipboard, sampleRegions, url, useBrowser } from './browser';
import { byName, places, placeTitle, PAGES } from '../../src/links/registry';
import { zones } from '../../src/settings/mail-settings';
import en from '../../src/i18n/en';

const browser = useBrowser();
const names = [...byName.keys()];

/** Where the reader ends up: page path, hash, the target's position, the selected step. */
async function landing(page: Page, id: string) {
	await page.waitForFunction((target) => {
		const el = document.getElementById(target);
		if (!el) return false;
		const top = el.getBoundingClientRect().top;
		return top >= 0 && top < innerHeight * 0.6;
	}, id, { timeout: 5000 }).catch(() => undefined);
	return page.evaluate((target) => {
		const el = document.getElementById(target);
		const rect = el?.getBoundingClientRect();
		const panel = el?.closest('[role="tabpanel"]') as HTMLElement | null;
		const tab = panel ? panel.closest('starlight-tabs')!.querySelector(`[role="tab"][aria-selected="true"]`)?.textContent?.trim() : null;
		const visible = el ? (panel ? !panel.hidden && el.checkVisibility() : el.checkVisibility() || el.classList.contains('alias-anchor')) : false;
		return { path: location.pathname, hash: location.hash, region: new URL(location.href).searchParams.get('region'), outlook: document.documentElement.dataset.outlook ?? null, top: rect ? Math.round(rect.top) : null, inView: !!rect && rect.top >= 0 && rect.top < innerHeight * 0.6, visible, tab, panelText: panel?.innerText ?? '' };
	}, id);
}

describe('every registered id and alias lands, for a region of each zone', () => {
	for (const region of sampleRegions) {
		it(`${region.id}: ${names.length} names on their own page`, async () => {
			const page = await browser.page();
			for (const name of names) {
				const place = byName.get(name)!;
				await page.goto(url(`${place.page}?region=${region.id}#${name}`));
				const where = await landing(page, place.id);
				expect(where, name).toMatchObject({ path: place.page, hash: `#${place.id}`, region: region.id, inView: true, visible: true });
				// The source guide's tabs say their whole title; the other sets' say “Step N” (StepTabs).
				const title = placeTitle(place, en);
				if (place.kind === 'step') expect(where.tab, name).toBe(place.steps === 'classic' ? title : title.split(' - ')[0]);
				// A place of one Outlook shows that Outlook (a link's intent wins).
				if (place.only.outlook) expect(where.outlook, name).toBe(place.only.outlook);
			}
			expect(pageErrors(page)).toEqual([]);
			await page.context().close();
		});
	}

	it('a registered id or alias opened on the wrong page goes to its page and section', async () => {
		const page = await browser.page();
		for (const name of names) {
			const place = byName.get(name)!;
			const wrong = Object.keys(PAGES).find((path) => path !== place.page)!;
			await page.goto(url(`${wrong}?region=ca#${name}`));
			await page.waitForURL((u) => u.pathname === place.page);
			const where = await landing(page, place.id);
			expect(where, `${name} from ${wrong}`).toMatchObject({ path: place.page, hash: `#${place.id}`, region: 'ca', inView: true });
		}
		await page.context().close();
	});
});

describe('step links', () => {
	for (const region of sampleRegions) {
		it(`#step-4-pop opens the POP step with ${region.zone}'s servers`, async () => {
			const page = await browser.page();
			await page.goto(url(`/add-account/?region=${region.id}#step-4-pop`));
			const where = await landing(page, 'step-4-pop');
			expect(where.tab).toBe('Step 4 - POP');
			const text = fold(where.panelText);
			expect(text).toContain(`Server ${zones[region.zone].pop.host}`);
			expect(text).toContain(`Server ${zones[region.zone].smtp.host}`);
			for (const host of hostsOf(region.zone).others) expect(text).not.toContain(host);
			await page.context().close();
		});
	}

	it('choosing a tab writes its step id into the address, by mouse and by keyboard', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=fr&outlook=classic'));
		await page.locator('[data-step-tabs="classic"]').getByRole('tab', { name: 'Step 3', exact: true }).click();
		expect(new URL(page.url()).hash).toBe('#step-3');
		await page.keyboard.press('ArrowRight');
		expect(new URL(page.url()).hash).toBe('#step-4-imap');
		expect(new URL(page.url()).searchParams.get('region')).toBe('fr');
		await page.context().close();
	});
});

describe('copy link', () => {
	async function copied(page: Page, selector: string): Promise<string> {
		const button = page.locator(selector);
		await button.click();
		await expect.poll(() => button.locator('.copy-link-label').textContent()).toBe('Copied');
		await expect.poll(() => page.locator('[data-choice-status]').textContent()).toMatch(/^Link to “.+” copied$/);
		return readClipboard(page);
	}

	it('copies the canonical address with the region shown, for sections and steps', async () => {
		const page = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(url('/modify-settings/?region=au#imap-pop'));
		expect(await copied(page, 'button[data-copy-link="popimap-settings"]')).toBe(`${baseURL()}/modify-settings/?region=au#popimap-settings`);
		await page.goto(url('/add-account/?region=au'));
		await page.getByRole('tab', { name: 'Step 4 - POP' }).click();
		expect(await copied(page, '[data-step-tabs="classic"] [role="tabpanel"]:not([hidden]) button[data-copy-link]')).toBe(`${baseURL()}/add-account/?region=au#step-4-pop`);
		await page.context().close();
	});

	it('copies no region when none is chosen', async () => {
		const page = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(url('/modify-settings/'));
		expect(await copied(page, 'button[data-copy-link="smtp-settings"]')).toBe(`${baseURL()}/modify-settings/#smtp-settings`);
		await page.context().close();
	});

	it('is a keyboard-reachable button beside, not inside, the heading’s anchor link, and is named for its section', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/?region=ca'));
		const button = page.getByRole('button', { name: 'Copy link to “Reminder of POP, IMAP and SMTP settings”' });
		expect(await button.count()).toBe(1);
		expect(await button.evaluate((b) => b.closest('a') === null && b.parentElement!.classList.contains('sl-heading-wrapper'))).toBe(true);
		await button.focus();
		expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
		await page.context().close();
	});

	it('a copied link opened in a fresh browser shows the same section in the same region', async () => {
		const first = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await first.goto(url('/add-account/?region=sg'));
		await first.getByRole('tab', { name: 'Step 4 - IMAP' }).click();
		const link = await copied(first, '[data-step-tabs="classic"] [role="tabpanel"]:not([hidden]) button[data-copy-link]');
		await first.context().close();
		const fresh = await browser.page();
		await fresh.goto(url('/?region=fr'));
		await fresh.goto(link);
		const where = await landing(fresh, 'step-4-imap');
		expect(where).toMatchObject({ path: '/add-account/', region: 'sg', tab: 'Step 4 - IMAP', inView: true });
		expect(fold(where.panelText)).toContain(`Server ${zones.apac.imap.host}`);
		expect(await fresh.evaluate(() => document.documentElement.dataset.region)).toBe('sg');
		await fresh.context().close();
	});
});

describe('link index for support agents', () => {
	it('lists every registered place with its id and a link for the region picked there', async () => {
		const page = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(url('/links/?region=ca'));
		const rows = page.locator('[data-link-index] tr[data-place]');
		expect(await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.place))).toEqual(places.map((p) => p.id));
		// No region until the agent picks the customer's.
		expect(await page.locator('select[data-link-index-choice="region"]').inputValue()).toBe('');
		await page.locator('tr[data-place="popimap"] button[data-copy-link]').click();
		await expect.poll(() => readClipboard(page)).toBe(`${baseURL()}/pop-or-imap/#popimap`);
		await page.locator('select[data-link-index-choice="region"]').selectOption('de');
		for (const place of places) {
			const link = page.locator(`tr[data-place="${place.id}"] a[data-link-index-link]`);
			// A place of one Outlook carries it, whatever the index's own Outlook picker says.
			const query = `?region=de${place.only.outlook ? `&outlook=${place.only.outlook}` : ''}`;
			expect(new URL((await link.getAttribute('href'))!, baseURL()).href).toBe(`${baseURL()}${place.page}${query}#${place.id}`);
			expect(await link.textContent()).toBe(`${place.page}${query}#${place.id}`);
			if (place.only.outlook) expect(await page.locator(`tr[data-place="${place.id}"] td[data-column="outlook"]`).textContent()).toBe(en.outlooks[place.only.outlook as 'new']);
		}
		// Both pickers: the Outlook picked applies to the places both Outlooks share.
		await page.locator('select[data-link-index-choice="outlook"]').selectOption('new');
		expect(await page.locator('tr[data-place="smtp-settings"] a[data-link-index-link]').textContent()).toBe('/modify-settings/?region=de&outlook=new#smtp-settings');
		expect(await page.locator('tr[data-place="step-1"] a[data-link-index-link]').textContent()).toBe('/add-account/?region=de&outlook=classic#step-1');
		await page.locator('select[data-link-index-choice="outlook"]').selectOption('');
		// The page's own region is untouched by the index's picker.
		expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe('ca');
		await page.locator('tr[data-place="smtp-settings"] button[data-copy-link]').click();
		await expect.poll(() => readClipboard(page)).toBe(`${baseURL()}/modify-settings/?region=de#smtp-settings`);
		// A link's region wins over the stored one.
		await page.goto(`${baseURL()}/modify-settings/?region=de#smtp-settings`);
		expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe('de');
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it('every id, alias and step lands on its content', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		for (const name of names) {
			const place = byName.get(name)!;
			await page.goto(url(`${place.page}#${name}`));
			const where = await page.evaluate((target) => {
				const el = document.getElementById(target)!;
				const top = el.getBoundingClientRect().top;
				return { top, inView: top >= 0 && top < innerHeight * 0.6, shown: el.closest('[hidden]') === null || getComputedStyle(el.closest('[hidden]')!).display !== 'none' };
			}, name);
			expect(where, name).toMatchObject({ inView: true, shown: true });
		}
		await page.context().close();
	});
});
