/** The settings files in the built site, and the download block following the flag. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { XMLParser } from 'fast-xml-parser';
import { pageErrors, url, useBrowser } from './browser';
import { regions, zones } from '../../src/settings/mail-settings';
import { files } from '../../src/downloads/settings-files';
import en from '../../src/i18n/en';
import { zoneName } from '../../src/i18n';

const dist = join(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'incomingServer' });
const browser = useBrowser();

describe('built settings files', () => {
	it.each(regions.map((r) => [r.id, r] as const))('%s has its profiles, autoconfig and JSON, with its zone’s servers', (_id, region) => {
		const zone = zones[region.zone];
		for (const protocol of ['imap', 'pop'] as const) {
			const profile = parsePlist(read(files.profile(region.id, protocol))) as any;
			expect(profile.PayloadContent[0].IncomingMailServerHostName).toBe(zone[protocol].host);
			expect(profile.PayloadContent[0].OutgoingMailServerHostName).toBe(zone.smtp.host);
		}
		const config = xml.parse(read(files.autoconfig(region.id))).clientConfig.emailProvider;
		expect(config.incomingServer.map((s: any) => s.hostname)).toEqual([zone.imap.host, zone.pop.host]);
		// Built without SITE_URL (as `npm test` does): no link to the guide, rather than a made-up address.
		if (process.env.SITE_URL) expect(config.documentation['@url']).toBe(new URL(`/add-account/?region=${region.id}`, process.env.SITE_URL).href);
		else expect(config.documentation).toBeUndefined();
		expect(JSON.parse(read(files.json(region.id))).outgoing.smtp.host).toBe(zone.smtp.host);
	});
});

describe('the download block', () => {
	it('offers the chosen region’s files only, and follows the flag', async () => {
		const page = await browser.page();
		await page.goto(url('/download-settings/?region=ca'));
		const visibleLinks = () =>
			page.locator('.downloads a[data-download]').filter({ visible: true }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		const expected = (id: string) => [files.profile(id, 'imap'), files.profile(id, 'pop'), files.autoconfig(id), files.json(id)];
		expect(await visibleLinks()).toEqual(expected('ca'));
		await page.locator('header select[data-choice="region"]:visible').selectOption('it');
		expect(await visibleLinks()).toEqual(expected('it'));
		// The linked profile is the region's, served from the site.
		const body = await (await page.request.get(url(files.profile('it', 'imap')))).text();
		expect((parsePlist(body) as any).PayloadContent[0].IncomingMailServerHostName).toBe(zones.eu.imap.host);
		const srv = await page.locator('.srv').innerText();
		expect(srv).toContain(`${zones.eu.imap.host}.`);
		expect(srv).not.toContain(`${zones.ca.imap.host}.`);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('without JavaScript lists every region’s files under its zone, and every zone’s DNS records', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url('/download-settings/'));
		for (const region of regions) {
			const row = page.locator(`.downloads .rv[data-regions="${region.id}"]`);
			expect(await row.isVisible()).toBe(true);
			expect(await row.locator('a').count()).toBe(4);
		}
		const zonesShown = await page.locator('.downloads .rs-label').allInnerTexts();
		expect(zonesShown.map((t) => t.trim().toUpperCase())).toEqual(['eu', 'ca', 'apac'].map((z) => zoneName(en, z).toUpperCase()));
		const srv = await page.locator('.srv').innerText();
		expect(srv).toContain(`${zones.eu.imap.host}.`);
		expect(srv).toContain(`${zones.ca.imap.host}.`);
		await page.context().close();
	});
});
