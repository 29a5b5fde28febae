/** For every region: exactly its zone's servers, ports and security, and its own webmail. */
import { describe, expect, it } from 'vitest';
import { fold, hostsOf, pageErrors, STEP_LABELS, url, useBrowser, visibleText } from './browser';
import { PROTOCOLS, regions, zones } from '../../src/settings/mail-settings';

const browser = useBrowser();

describe.each(regions.map((region) => [region.id, region] as const))('region %s', (_id, region) => {
	const { own, others } = hostsOf(region.zone);
	const zone = zones[region.zone];

	it('adding the account: every step shows only its zone and the webmail is the region’s', async () => {
		const page = await browser.page();
		await page.goto(url(`/add-account/?region=${region.id}`));
		expect(await page.evaluate(() => document.documentElement.dataset.zone)).toBe(region.zone);
		const seen: string[] = [];
		for (const label of STEP_LABELS) {
			await page.getByRole('tab', { name: label, exact: true }).click();
			const panel = page.locator('.step-tabs [role="tabpanel"]:not([hidden])');
			await expect.poll(() => panel.count()).toBe(1);
			seen.push(fold(await panel.innerText()));
		}
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
		const all = (await visibleText(page)) + seen.join('\n');
		for (const host of others) expect(all).not.toContain(host);
		// No zone labels once a region is chosen.
		expect(all).not.toMatch(/Europe \/ Africa:|Canada \/ Americas:|Asia \/ Pacific:/i);
		const webmail = page.locator('main a[data-webmail]');
		await expect.poll(() => webmail.filter({ visible: true }).count()).toBe(1);
		expect(await webmail.filter({ visible: true }).getAttribute('href')).toBe(region.webmail);
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
