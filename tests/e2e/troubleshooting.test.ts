/**
 * The troubleshooting page in Chromium, on the built site: the settings checker against a region
 * of each zone (the other zone's server named, the finding cleared when fixed, a region switch
 * re-checks), the acceptance scenario, every error code's id, search by code, JavaScript off,
 * the copied findings, nothing typed leaving the page, and axe with findings shown. Typed values
 * come from the settings module.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { fold, hostsOf, pageErrors, readClipboard, sampleRegions, url, useBrowser, visibleText } from './browser';
import { regions, zones, ZONE_IDS, type Region, type ZoneId } from '../../src/settings/mail-settings';
import { ERROR_CODES } from '../../src/troubleshooting/codes';
import en from '../../src/i18n/en';
import { regionName, zoneName } from '../../src/i18n';

const browser = useBrowser();
const PATH = '/troubleshooting/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const picker = 'header select[data-choice="region"]:visible';
/** A zone whose servers differ from `zone`'s. */
const otherZone = (zone: ZoneId) => ZONE_IDS.find((z) => zones[z].imap.host !== zones[zone].imap.host)!;
const findings = (page: Page) => page.locator('[data-checker-findings] > li');
const texts = (page: Page) => findings(page).evaluateAll((items) => items.map((li) => li.querySelector('p')!.textContent!));

/** Opens the page; with `auth`, ticks SMTP authentication first (an unticked box is a finding). */
async function open(page: Page, region: string | null, auth = false, outlook = 'classic') {
	const query = new URLSearchParams({ ...(region ? { region } : {}), ...(outlook ? { outlook } : {}) }).toString();
	await page.goto(url(`${PATH}${query ? `?${query}` : ''}`));
	await page.locator('#ck-in-host').waitFor();
	if (auth) await page.getByLabel('Outgoing server requires authentication').check();
}

/** The acceptance scenario's values: the Europe IMAP server, Canada's port and security, "jean", authentication off. */
async function acceptance(page: Page) {
	await page.getByLabel('Account type').selectOption('imap');
	await page.getByLabel('Incoming server').fill(zones.eu.imap.host);
	await page.getByLabel('Incoming port').fill(String(zones.ca.imap.port));
	await page.getByLabel('Incoming encryption').selectOption(zones.ca.imap.security);
	await page.getByLabel('User name').fill('jean');
	await page.getByLabel('Outgoing server requires authentication').setChecked(false);
}

describe('the settings checker', () => {
	it.each(sampleRegions)('region $id: the other zone’s server is named, with the right one; fixing it clears the finding', async (region: Region) => {
		const page = await browser.page();
		await open(page, region.id, true);
		const other = otherZone(region.zone);
		// Every zone that uses that server is named (Canada / Americas and Asia / Pacific share theirs).
		const owners = ZONE_IDS.filter((z) => zones[z].imap.host === zones[other].imap.host).map((z) => zoneName(en, z)).join(' and ');
		await page.getByLabel('Incoming server').fill(zones[other].imap.host);
		await expect.poll(() => texts(page)).toEqual([`${zones[other].imap.host} is the ${owners} server; for ${regionName(en, region.id)} use ${zones[region.zone].imap.host}.`]);
		await page.getByLabel('Outgoing server', { exact: true }).fill(zones[other].smtp.host);
		await expect.poll(async () => (await texts(page))[1]).toContain(`for ${regionName(en, region.id)} use ${zones[region.zone].smtp.host}`);
		// Fixed: the findings go.
		await page.getByLabel('Incoming server').fill(` ${zones[region.zone].imap.host.toUpperCase()} `);
		await page.getByLabel('Outgoing server', { exact: true }).fill(zones[region.zone].smtp.host);
		await expect.poll(() => findings(page).count()).toBe(0);
		await expect.poll(() => page.locator('[data-checker-status]').textContent()).toMatch(/No mistakes so far/);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('the acceptance scenario: Canada, the Europe server, user “jean”, authentication off → three findings with their links', async () => {
		const page = await browser.page();
		await open(page, 'ca');
		await acceptance(page);
		await expect.poll(() => findings(page).count()).toBe(3);
		const items = await findings(page).evaluateAll((lis) =>
			lis.map((li) => ({ text: li.querySelector('p')!.textContent!, href: new URL(li.querySelector('a')!.href) })).map(({ text, href }) => ({ text, path: href.pathname, search: href.search, hash: href.hash })),
		);
		expect(items[0]!.text).toBe(`${zones.eu.imap.host} is the ${zoneName(en, 'eu')} server; for Canada use ${zones.ca.imap.host}.`);
		expect(items[1]!.text).toMatch(/user name must be the full email address/);
		expect(items[2]!.text).toMatch(/Turn SMTP authentication on/);
		expect(items.map((i) => `${i.path}${i.search}${i.hash}`)).toEqual([
			'/add-account/?region=ca#step-4-imap',
			'/modify-settings/?region=ca#imap-settings',
			'/troubleshooting/?region=ca#smtp-auth',
		]);
		expect(await page.locator('[data-checker-status]').textContent()).toBe('3 mistakes found');
		// Announced politely once the reader pauses.
		const live = page.locator('[data-checker-live]');
		expect(await live.getAttribute('aria-live')).toBe('polite');
		await expect.poll(() => live.textContent()).toContain('3 mistakes found');
		// Each link lands on its step or table.
		await findings(page).nth(0).locator('a').click();
		await page.waitForURL(/\/add-account\//);
		await expect.poll(() => page.locator('[data-step-tabs="classic"] [role="tab"][aria-selected="true"]').textContent()).toMatch(/Step 4 - IMAP/);
		await page.context().close();
	});

	it('a fix links to the reader’s Outlook’s own step: the new Outlook’s form, or the settings tables while no Outlook is chosen', async () => {
		let page!: Page;
		for (const [outlook, first] of [
			['', '/modify-settings/?region=ca#imap-settings'],
			['new', '/add-account/?region=ca#new-step-3'],
		] as const) {
			// A fresh browser each time: nothing stored.
			if (page) await page.context().close();
			page = await browser.page();
			await open(page, 'ca', false, outlook);
			await acceptance(page);
			await expect.poll(() => findings(page).count()).toBe(3);
			const href = new URL(await findings(page).nth(0).locator('a').evaluate((a) => (a as HTMLAnchorElement).href));
			expect(`${href.pathname}${href.search}${href.hash}`, outlook || 'none').toBe(first);
		}
		// Switching the Outlook re-checks, with the other Outlook's link.
		await page.locator('header select[data-choice="outlook"]:visible').selectOption('classic');
		await expect.poll(async () => new URL(await findings(page).nth(0).locator('a').evaluate((a) => (a as HTMLAnchorElement).href)).hash).toBe('#step-4-imap');
		await page.context().close();
	});

	it('everything right: says so, and what to check next', async () => {
		const page = await browser.page();
		await open(page, 'sg', true);
		const z = zones.apac;
		await page.getByLabel('Account type').selectOption('pop');
		await page.getByLabel('Incoming server').fill(z.pop.host);
		await page.getByLabel('Incoming port').fill(String(z.pop.port));
		await page.getByLabel('Incoming encryption').selectOption(z.pop.security);
		await page.getByLabel('Outgoing server', { exact: true }).fill(z.smtp.host);
		await page.getByLabel('Outgoing port').fill(String(z.smtp.port));
		await page.getByLabel('Outgoing encryption').selectOption(z.smtp.security);
		await page.getByLabel('User name').fill('someone@example.org');
		await expect.poll(() => page.locator('[data-checker-status]').textContent()).toMatch(/^Everything matches the settings for Singapore\. .*password.*checklist/);
		expect(await findings(page).count()).toBe(0);
		const next = new URL((await page.locator('[data-checker-next] a').getAttribute('href'))!, page.url());
		expect(`${next.pathname}${next.hash}`).toBe(`${PATH}#checklist`);
		expect(await page.locator('[data-checker-next]').isVisible()).toBe(true);
		await page.context().close();
	});

	it('switching region re-checks', async () => {
		const page = await browser.page();
		await open(page, 'fr', true);
		await page.getByLabel('Incoming server').fill(zones.eu.imap.host);
		await page.getByLabel('Incoming port').fill(String(zones.eu.imap.port));
		await expect.poll(() => page.locator('[data-checker-status]').textContent()).toMatch(/No mistakes so far/);
		expect(await findings(page).count()).toBe(0);
		await page.locator(picker).selectOption('ca');
		await expect.poll(() => texts(page)).toEqual([`${zones.eu.imap.host} is the ${zoneName(en, 'eu')} server; for Canada use ${zones.ca.imap.host}.`]);
		expect(await page.locator('[data-checker-where]').textContent()).toContain('Canada');
		await page.locator(picker).selectOption('de');
		await expect.poll(() => findings(page).count()).toBe(0);
		await page.context().close();
	});

	it('no region: checks against every zone and says which zone the values belong to', async () => {
		const page = await browser.page();
		await open(page, null, true);
		expect(await page.evaluate(() => document.documentElement.dataset.regionState)).toBe('none');
		await page.getByLabel('Incoming server').fill(zones.ca.imap.host);
		const sameServers = ZONE_IDS.filter((z) => zones[z].imap.host === zones.ca.imap.host).map((z) => zoneName(en, z));
		await expect.poll(() => page.locator('[data-checker-where]').textContent()).toContain(sameServers.join(' and '));
		expect(await findings(page).count()).toBe(0);
		await page.context().close();
	});

	it('nothing typed leaves the page: no field names, no submit, the address and storage unchanged', async () => {
		const page = await browser.page();
		const requests: string[] = [];
		await open(page, 'ca');
		page.on('request', (request) => requests.push(request.url()));
		const before = page.url();
		expect(await page.locator('[data-checker] [name]').count()).toBe(0);
		await acceptance(page);
		await page.getByLabel('User name').press('Enter');
		await expect.poll(() => findings(page).count()).toBe(3);
		expect(page.url()).toBe(before);
		expect(requests.filter((r) => r.includes('jean'))).toEqual([]);
		const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
		expect(stored).not.toContain('jean');
		await page.context().close();
	});

	it('“Copy findings” copies the region, each finding and its absolute link, never the user name', async () => {
		const page = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await open(page, 'ca');
		await acceptance(page);
		await expect.poll(() => findings(page).count()).toBe(3);
		// After the (debounced) announcement of the findings, so that it does not replace this one.
		await expect.poll(() => page.locator('[data-checker-live]').textContent()).toContain('3 mistakes found');
		await page.getByRole('button', { name: 'Copy findings' }).click();
		await expect.poll(() => page.locator('[data-checker-live]').textContent()).toBe('Findings copied');
		const copied = await readClipboard(page);
		expect(copied).not.toMatch(/jean/i);
		expect(copied).toContain(`Canada (${zoneName(en, 'ca')})`);
		expect(copied).toContain(zones.ca.imap.host);
		for (const hash of ['/add-account/?region=ca#step-4-imap', '/modify-settings/?region=ca#imap-settings', '/troubleshooting/?region=ca#smtp-auth'])
			expect(copied).toContain(url(hash));
		expect(copied.match(/^\d\. /gm)).toHaveLength(3);
		await page.context().close();
	});

	for (const [width, scheme] of [
		[1280, 'light'],
		[390, 'dark'],
	] as const)
		it(`axe: no violations with findings shown (${width} px, ${scheme})`, async () => {
			const page = await browser.page({ viewport: { width, height: 900 }, colorScheme: scheme });
			await open(page, 'ca');
			await acceptance(page);
			await page.getByLabel('Outgoing encryption').selectOption('STARTTLS');
			await expect.poll(() => findings(page).count()).toBe(4);
			const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
			await page.context().close();
		});
});

describe('error codes', () => {
	it.each(sampleRegions)('every code’s id lands in view, region $id', async (region: Region) => {
		const page = await browser.page();
		for (const { code } of ERROR_CODES) {
			const id = code.toLowerCase();
			await page.goto(url(`${PATH}?region=${region.id}#${id}`));
			const heading = page.locator(`[id="${id}"]`);
			await expect.poll(() => heading.evaluate((el) => {
				const { top, bottom } = el.getBoundingClientRect();
				return top >= 0 && bottom <= innerHeight;
			}), { message: id }).toBe(true);
			expect(await heading.textContent()).toContain(code);
		}
		await page.context().close();
	});

	it('/troubleshooting/?region=gb#0x800ccc0f lands on that code with Europe’s values', async () => {
		const page = await browser.page();
		await page.goto(url(`${PATH}?region=gb#0x800ccc0f`));
		const section = page.locator('[data-error-code="0x800CCC0F"]');
		await expect.poll(() => section.isVisible()).toBe(true);
		const text = fold(await section.innerText());
		expect(text).toContain(zones.eu.pop.host);
		for (const zone of ZONE_IDS.filter((z) => zones[z].pop.host !== zones.eu.pop.host)) expect(text).not.toContain(zones[zone].pop.host);
		expect(await page.evaluate(() => document.getElementById('0x800ccc0f')!.getBoundingClientRect().top)).toBeLessThan(200);
		await page.context().close();
	});

	it('search does not land on a code section for a code that is not on the page (the control for the two above)', async () => {
		const page = await browser.page();
		await page.goto(url('/?region=ca'));
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByPlaceholder('Search').fill('0x800DDD0E');
		// Pagefind says how many results it found once it is done.
		await expect.poll(() => page.locator('.pagefind-ui__message').textContent(), { timeout: 15_000 }).toMatch(/results? for 0x800DDD0E/i);
		const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).hash));
		expect(hrefs.filter((hash) => hash.startsWith('#0x'))).toEqual([]);
		await page.context().close();
	});

	it('“Copy link” beside a code copies its address, here and in the link index', async () => {
		const page = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(url(`${PATH}?region=ca`));
		await page.locator('button[data-copy-link="0x800ccc0e"]').click();
		await expect.poll(() => readClipboard(page)).toBe(url(`${PATH}?region=ca#0x800ccc0e`));
		// The link index: the code's row copies the troubleshooting page's address, not the index's.
		await page.goto(url('/links/'));
		await page.locator('select[data-link-index-choice="region"]').selectOption('gb');
		await page.locator('tr[data-place="0x80042109"] button[data-copy-link]').click();
		await expect.poll(() => readClipboard(page)).toBe(url(`${PATH}?region=gb#0x80042109`));
		await page.context().close();
	});

	it('a code opened on another page goes to its section', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=au#0x800ccc1a'));
		await page.waitForURL((u) => u.pathname === PATH && u.hash === '#0x800ccc1a' && u.search === '?region=au');
		await expect.poll(() => page.evaluate(() => document.getElementById('0x800ccc1a')!.getBoundingClientRect().top)).toBeLessThan(200);
		await page.context().close();
	});

	for (const query of ['0x800CCC0E', '800ccc0e'])
		it(`search finds the section by “${query}”`, async () => {
			const page = await browser.page();
			await page.goto(url('/?region=ca'));
			await page.getByRole('button', { name: 'Search' }).click();
			await page.getByPlaceholder('Search').fill(query);
			const links = page.locator('.pagefind-ui__result-link');
			await expect.poll(() => links.first().isVisible(), { timeout: 15_000 }).toBe(true);
			const hrefs = await links.evaluateAll((all) => all.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return `${u.pathname}${u.hash}`; }));
			expect(hrefs).toContain('/troubleshooting/#0x800ccc0e');
			await page.context().close();
		});
});

describe('JavaScript off', () => {
	it('shows every zone’s values, labelled, and no form', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url(`${PATH}?region=ca`));
		expect(await page.locator('[data-checker-form]').isVisible()).toBe(false);
		expect(await page.locator('[data-checker-results]').isVisible()).toBe(false);
		const tables = page.locator('.ck-nojs');
		expect(await tables.isVisible()).toBe(true);
		// Zone labels are set in capitals by CSS (innerText follows it).
		const text = fold(await tables.innerText()).toLowerCase();
		for (const zone of ZONE_IDS) {
			expect(text).toContain(zoneName(en, zone).toLowerCase());
			for (const protocol of ['imap', 'pop', 'smtp'] as const) expect(text).toContain(zones[zone][protocol].host);
		}
		await page.context().close();
	});
});

describe('every region sees only its own zone’s servers on the page', () => {
	it.each(regions)('$id', async (region: Region) => {
		const page = await browser.page();
		await page.goto(url(`${PATH}?region=${region.id}`));
		const text = await visibleText(page);
		const { own, others } = hostsOf(region.zone);
		for (const host of others) expect(text, host).not.toContain(host);
		for (const host of own.filter((h) => !h.startsWith('ssl0'))) expect(text, host).toContain(host);
		await page.context().close();
	});
});
