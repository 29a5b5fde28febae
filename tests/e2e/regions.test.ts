/**
 * For every region, with each Outlook: exactly its zone's servers, ports and security in every
 * step of that Outlook (and nothing of the other Outlook), and the region's own webmail.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fold, hostsOf, pageErrors, url, useBrowser, visibleText } from './browser';
import en from '../../src/i18n/en';
import { PROTOCOLS, regions, zones } from '../../src/settings/mail-settings';

const browser = useBrowser();

/** The text of every step of a set, tab by tab, as a reader sees it. */
async function stepTexts(page: Page, set: string): Promise<string[]> {
	const tabs = page.locator(`[data-step-tabs="${set}"]`);
	const seen: string[] = [];
	for (const tab of await tabs.getByRole('tab').all()) {
		await tab.click();
		const panel = tabs.locator('[role="tabpanel"]:not([hidden])');
		await expect.poll(() => panel.count()).toBe(1);
		seen.push(fold(await panel.innerText()));
	}
	return seen;
}

describe.each(regions.map((region) => [region.id, region] as const))('region %s', (_id, region) => {
	const { own, others } = hostsOf(region.zone);
	const zone = zones[region.zone];

	it('adding the account in classic Outlook: every step of both windows shows only its zone and the webmail is the region’s', async () => {
		const page = await browser.page();
		await page.goto(url(`/add-account/?region=${region.id}&outlook=classic`));
		expect(await page.evaluate(() => document.documentElement.dataset.zone)).toBe(region.zone);
		const seen = await stepTexts(page, 'classic');
		const manual = (await stepTexts(page, 'classic-manual')).join('\n');
		expect(manual).toContain(zone.imap.host);
		expect(manual).toContain(zone.smtp.host);
		expect(manual).toContain(String(zone.smtp.port));
		expect(await page.locator('[data-step-tabs="new"]').isVisible()).toBe(false);
		const imapStep = seen[3]!;
		const popStep = seen[4]!;
		for (const [text, incoming] of [
			[imapStep, zone.imap],
			[popStep, zone.pop],
		] as const) {
			expect(text).toContain(`Server ${incoming.host}`);
			expect(text).toContain(`Port ${incoming.port}`);
			expect(text).toContain(`Encryption method ${incoming.security}`);
			expect(text).toContain(`Server ${zone.smtp.host}`);
			expect(text).toContain(`Port ${zone.smtp.port}`);
		}
		const all = (await visibleText(page)) + seen.join('\n') + manual;
		for (const host of others) expect(all).not.toContain(host);
		// No zone labels once a region is chosen.
		expect(all).not.toMatch(/Europe \/ Africa:|Canada \/ Americas:|Asia \/ Pacific:/i);
		const webmail = page.locator('main a[data-webmail]');
		await expect.poll(() => webmail.filter({ visible: true }).count()).toBe(1);
		expect(await webmail.filter({ visible: true }).getAttribute('href')).toBe(region.webmail);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('adding the account in the new Outlook: its form carries the zone’s IMAP and SMTP servers, the POP values as OVHcloud gives them, and nothing of classic Outlook', async () => {
		const page = await browser.page();
		await page.goto(url(`/add-account/?region=${region.id}&outlook=new`));
		// innerText puts a space after a value that can differ by zone (its variants are grid items); the page shows none.
		const form = (await stepTexts(page, 'new'))[2]!.replace(/ ([,.;])/g, '$1');
		const ui = en.outlook.new;
		expect(form).toContain(`${ui.imapIncomingServer}: ${zone.imap.host}, ${ui.port} ${zone.imap.port}, ${ui.secureConnectionType} ${zone.imap.security}`);
		expect(form).toContain(`${ui.smtpOutgoingServer}: ${zone.smtp.host}, ${ui.port} ${zone.smtp.port}, ${ui.secureConnectionType} ${zone.smtp.security}`);
		expect(form).toContain(`${zone.pop.host}, port ${zone.pop.port}, ${zone.pop.security}`);
		for (const set of ['classic', 'classic-manual']) expect(await page.locator(`[data-step-tabs="${set}"]`).isVisible(), set).toBe(false);
		const all = (await visibleText(page)) + form;
		for (const host of others) expect(all).not.toContain(host);
		expect(all).not.toContain(en.outlook.classic.changeAccountSettings);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('settings reminder: the three tables carry the zone’s hosts, ports and SSL/TLS', async () => {
		const page = await browser.page();
		await page.goto(url(`/modify-settings/?region=${region.id}`));
		for (const protocol of PROTOCOLS) {
			const rows = await page.locator(`table[data-protocol="${protocol}"] tbody tr`).evaluateAll((trs) =>
				Object.fromEntries(
					trs.map((tr) => [
						(tr.querySelector('th') as HTMLElement).innerText.trim(),
						(tr.querySelector('td') as HTMLElement).innerText.trim(),
					]),
				),
			);
			const server = zone[protocol];
			expect(rows[protocol === 'smtp' ? 'Server (outgoing)' : 'Server (incoming)']).toBe(server.host);
			expect(rows.Port).toBe(String(server.port));
			expect(rows['Security type']).toBe(server.security);
			expect(rows['User name']).toBe('Enter the full email address');
		}
		const text = await visibleText(page);
		for (const host of own) expect(text).toContain(host);
		for (const host of others) expect(text).not.toContain(host);
		await page.context().close();
	});
});
