/**
 * The guide in seven languages, in Chromium on the built site: for every language and a region of
 * each zone, every page shows exactly that zone's servers and speaks the page's language; step
 * links and aliases land; the language picker keeps the region, the Outlook and the #id; copy link
 * gives the language's address; the translation offer appears for a region of another language and
 * never switches by itself; without JavaScript every zone is labelled in the page's language;
 * search finds a host name in every language; Starlight's own words are the page's language's; axe
 * is clean on every page of German and Polish (the longest words), with and without a region.
 */
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { baseURL, fold, hostsOf, pageErrors, readClipboard, sampleRegions, url, useBrowser, visibleText } from './browser';
import { byName, PAGES, placeTitle, places } from '../../src/links/registry';
import { getRegion, zones } from '../../src/settings/mail-settings';
import { catalogues, outlookLabel, regionName, zoneName } from '../../src/i18n';
import { LANGUAGES, LANGUAGE_INFO, localePath, type Lang } from '../../src/i18n/languages';

const browser = useBrowser();
const pages = Object.keys(PAGES);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.each(LANGUAGES.map((lang) => [lang] as const))('%s', (lang) => {
	const t = catalogues[lang];

	it('every page, for a region of each zone, shows only that zone’s servers, under the page’s language', async () => {
		const page = await browser.page();
		for (const region of sampleRegions) {
			for (const key of pages) {
				await page.goto(url(`${localePath(lang, key)}?region=${region.id}`));
				expect(await page.evaluate(() => document.documentElement.lang), key).toBe(LANGUAGE_INFO[lang].tag);
				expect(await page.evaluate(() => document.documentElement.dataset.zone), key).toBe(region.zone);
				const text = await visibleText(page);
				for (const host of hostsOf(region.zone).others) expect(text, `${lang} ${key} ${region.id}`).not.toContain(host);
			}
			// The settings reminder carries the zone's own servers, with the catalogue's words.
			await page.goto(url(`${localePath(lang, '/modify-settings/')}?region=${region.id}`));
			const text = await visibleText(page);
			for (const host of hostsOf(region.zone).own) expect(text).toContain(host);
			expect(text).toContain(t.table.security);
		}
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('every step id and alias lands on its page in this language, its tab open, its Outlook shown', async () => {
		const page = await browser.page();
		const names = places.filter((p) => p.kind !== 'section' || p.aliases.length).flatMap((p) => [p.id, ...p.aliases]);
		let turn = 0;
		// A place of one Outlook's steps shows that Outlook; any other keeps the reader's.
		let outlook: string | null = null;
		for (const name of names) {
			const place = byName.get(name)!;
			const region = sampleRegions[turn++ % sampleRegions.length]!;
			await page.goto(url(`${localePath(lang, place.page)}?region=${region.id}#${name}`));
			await expect.poll(() => page.evaluate(() => location.hash), { message: name }).toBe(`#${place.id}`);
			const where = await page.evaluate((id) => {
				const el = document.getElementById(id)!;
				const panel = el.closest('[role="tabpanel"]') as HTMLElement | null;
				return { path: location.pathname, visible: panel ? !panel.hidden && el.checkVisibility() : true, outlook: document.documentElement.dataset.outlook ?? null };
			}, place.id);
			outlook = place.only.outlook ?? outlook;
			expect(where, name).toEqual({ path: localePath(lang, place.page), visible: true, outlook });
		}
		await page.context().close();
	});

	it('without JavaScript, every zone is labelled in the page’s language, and both Outlooks’ steps', async () => {
		const page = await browser.page({ javaScriptEnabled: false });
		await page.goto(url(localePath(lang, '/add-account/')));
		const text = await visibleText(page);
		for (const zone of ['eu', 'ca', 'apac'] as const) expect(text.toUpperCase()).toContain(zoneName(t, zone).toUpperCase());
		for (const value of ['classic', 'new'] as const) expect(text.toUpperCase()).toContain(t.outlooks[value].toUpperCase());
		expect(text).toContain(t.region.noJsStrong);
		for (const set of ['classic', 'classic-manual', 'new']) expect(await page.locator(`[data-step-tabs="${set}"]`).isVisible(), set).toBe(true);
		await page.context().close();
	});

	it('Starlight’s own words are this language’s: asides and heading anchors', async () => {
		const page = await browser.page();
		const english = ['Note', 'Tip', 'Caution', 'Danger'];
		for (const key of pages) {
			await page.goto(url(localePath(lang, key)));
			const titles = await page.locator('main aside.starlight-aside').evaluateAll((asides) => asides.map((a) => a.getAttribute('aria-label')));
			if (lang !== 'en') expect(titles.filter((title) => english.includes(title!)), key).toEqual([]);
		}
		await page.goto(url(localePath(lang, '/modify-settings/')));
		const label = await page.locator('h2#backup + a.sl-anchor-link .sr-only').textContent();
		expect(label).toContain(placeTitle(byName.get('backup')!, t));
		if (lang !== 'en') expect(label).not.toMatch(/^Section titled/);
		await page.context().close();
	});

	it('search finds a host name in this language’s pages', async () => {
		const page = await browser.page();
		await page.goto(url(`${localePath(lang, '/')}?region=ca`));
		await page.locator('button[data-open-modal]').click();
		await page.locator('#starlight__search input').fill(zones.ca.pop.host);
		const results = () => page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		await expect.poll(results, { timeout: 45_000, interval: 100 }).toContain(localePath(lang, '/modify-settings/'));
		// Only this language's pages.
		const other = new RegExp(`^/(${LANGUAGES.filter((l) => l !== 'en' && l !== lang).join('|')})/`);
		expect((await results()).filter((path) => other.test(path) || (lang !== 'en' && !path.startsWith(`/${lang}/`)))).toEqual([]);
		await page.context().close();
	});
});

describe('language and choices together', () => {
	it('a French-speaking reader in Canada opening /fr/add-account/?region=ca#step-4-pop sees the POP step in French, with the .ca servers and French Outlook’s labels', async () => {
		const page = await browser.page();
		await page.goto(url('/fr/add-account/?region=ca#step-4-pop'));
		const fr = catalogues.fr;
		const panel = page.locator('[data-step-tabs="classic"] [role="tabpanel"]:not([hidden])');
		await expect.poll(() => panel.locator('#step-4-pop').count()).toBe(1);
		const text = fold(await panel.innerText());
		expect(text).toContain(`${fr.outlook.classic.server} ${zones.ca.pop.host}`);
		expect(text).toContain(`${fr.outlook.classic.server} ${zones.ca.smtp.host}`);
		expect(text).toContain(fr.outlook.classic.incomingMail);
		expect(text).toContain(fr.outlook.classic.encryptionMethod);
		for (const host of hostsOf('ca').others) expect(text).not.toContain(host);
		expect(await page.getByRole('tab', { name: placeTitle(byName.get('step-4-pop')!, fr), exact: true }).getAttribute('aria-selected')).toBe('true');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
		await page.context().close();
	});

	it('the language picker goes to the same page in another language and keeps the region, the Outlook and the #id', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=ca&outlook=new#new-step-2'));
		await page.locator('.right-group starlight-lang-select select').selectOption({ label: LANGUAGE_INFO.pl.label });
		await page.waitForURL(/\/pl\/add-account\//);
		const address = new URL(page.url());
		expect([address.pathname, address.searchParams.get('region'), address.searchParams.get('outlook'), address.hash]).toEqual(['/pl/add-account/', 'ca', 'new', '#new-step-2']);
		const open = page.locator('[data-step-tabs="new"] [role="tabpanel"]:not([hidden]) #new-step-2');
		await expect.poll(() => open.count()).toBe(1);
		// The choices are stored once, for every language.
		await page.goto(url('/de/modify-settings/'));
		expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ region: 'ca', outlook: 'new' });
		await page.context().close();
	});

	it('copy link keeps the page’s language, the region and the Outlook', async () => {
		const page = await browser.page({ permissions: ['clipboard-read', 'clipboard-write'] });
		await page.goto(url('/es/modify-settings/?region=sg&outlook=classic'));
		await page.locator('button[data-copy-link="popimap-settings"]').click();
		await expect.poll(() => page.locator('button[data-copy-link="popimap-settings"] .copy-link-label').textContent()).toBe(catalogues.es.copy.copied);
		await expect.poll(() => page.locator('[data-choice-status]').textContent()).toContain(placeTitle(byName.get('popimap-settings')!, catalogues.es));
		expect(await readClipboard(page)).toBe(`${baseURL()}/es/modify-settings/?region=sg&outlook=classic#popimap-settings`);
		await page.context().close();
	});

	it('picking a region of another language offers that language’s page, in that language, and never switches by itself', async () => {
		const page = await browser.page();
		await page.goto(url('/add-account/?region=gb#using-your-email-address'));
		const offer = page.locator('dialog.translation-offers');
		expect(await offer.isVisible()).toBe(false);
		const picker = page.locator('header select[data-choice="region"]:visible');
		await picker.focus();
		await picker.selectOption('de');
		await expect.poll(() => offer.isVisible()).toBe(true);
		const line = offer.locator('.translation-offer').filter({ visible: true });
		expect(await line.count()).toBe(1);
		expect(await line.getAttribute('lang')).toBe('de');
		expect(await line.innerText()).toContain(catalogues.de.offerLink);
		// Nothing switched: still the English page, the same place.
		await page.waitForTimeout(300);
		expect(new URL(page.url()).pathname).toBe('/add-account/');
		// Followed, the link keeps the region and the place.
		await line.locator('a').click();
		await page.waitForURL(/\/de\/add-account\//);
		const address = new URL(page.url());
		expect([address.searchParams.get('region'), address.hash]).toEqual(['de', '#using-your-email-address']);
		// A region whose languages include the page's offers nothing (Canada reads English and French).
		await page.goto(url('/fr/add-account/'));
		await page.locator('header select[data-choice="region"]:visible').selectOption('ca');
		await page.waitForTimeout(200);
		expect(await page.locator('dialog.translation-offers').isVisible()).toBe(false);
		await page.context().close();
	});

	it('the offer closes without a script, and shows again only after the next pick', async () => {
		const page = await browser.page();
		await page.goto(url('/pl/troubleshooting/'));
		await page.locator('header select[data-choice="region"]:visible').selectOption('it');
		const offer = page.locator('dialog.translation-offers');
		await expect.poll(() => offer.isVisible()).toBe(true);
		await offer.getByRole('button', { name: catalogues.pl.close }).click();
		expect(await offer.isVisible()).toBe(false);
		// Another pick offers again (its language's line), and the picker keeps the focus.
		const picker = page.locator('header select[data-choice="region"]:visible');
		await picker.focus();
		await picker.selectOption('de');
		await expect.poll(() => offer.isVisible()).toBe(true);
		expect(await offer.locator('p[lang="de"]').isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.matches('select[data-choice="region"]'))).toBe(true);
		await offer.getByRole('button', { name: catalogues.pl.close }).click();
		// The next page of the visit does not offer it again.
		await page.locator('.sidebar a', { hasText: catalogues.pl.pages['/pop-or-imap/'] }).first().click();
		await page.waitForURL(/\/pl\/pop-or-imap\//);
		expect(await page.locator('dialog.translation-offers').isVisible()).toBe(false);
		await page.context().close();
	});

	it('the region prompt, notices and zone labels speak the page’s language', async () => {
		const page = await browser.page();
		await page.goto(url('/it/modify-settings/?region=zz'));
		const it_ = catalogues.it;
		expect(await page.locator('#region-prompt').innerText()).toContain(it_.region.promptTitle);
		expect(fold(await page.locator('.choice-notice[data-for="region"]').innerText())).toContain(it_.region.unknown.split('{value}')[0]!.trim());
		expect(await page.locator('main .zl').first().innerText()).toMatch(new RegExp(`^(${Object.values(it_.zones).map((z) => z.replace(/[/]/g, '\\/')).join('|')})`, 'i'));
		await page.locator('#region-prompt select[data-choice="region"]').selectOption('pl');
		await expect.poll(() => page.locator('[data-choice-status]').textContent()).toContain(regionName(it_, 'pl'));
		await page.context().close();
	});
});

describe('axe: German and Polish', () => {
	// Each language at both widths, once without choices and once with a region and an Outlook.
	const runs = [
		['de', 390, ''],
		['de', 1280, '?region=au&outlook=new'],
		['pl', 1280, ''],
		['pl', 390, '?region=au&outlook=classic'],
	] as const satisfies ReadonlyArray<readonly [Lang, number, string]>;
	for (const [lang, width, query] of runs)
		it(`${lang}, ${width} px, ${query || 'no choices'}`, async () => {
			const page = await browser.page({ viewport: { width, height: 900 } });
			for (const key of [...pages, '/links/']) {
				await page.goto(url(`${localePath(lang, key)}${query}`));
				const { violations } = await new AxeBuilder({ page: page as Page }).withTags(TAGS).analyze();
				expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `${lang} ${key} ${width}`).toEqual([]);
			}
			await page.context().close();
		});
});

describe('Outlook labels in the illustrations and the steps agree', () => {
	it('the new Outlook’s form in German shows German Outlook’s labels, in the steps and the drawing', async () => {
		const page = await browser.page();
		await page.goto(url('/de/add-account/?region=de&outlook=new#new-step-3'));
		const panel = page.locator('[data-step-tabs="new"] [role="tabpanel"]:not([hidden])');
		await expect.poll(() => panel.locator('#new-step-3').count()).toBe(1);
		const de = catalogues.de;
		for (const key of ['new.imapIncomingServer', 'new.smtpUsername', 'new.smtpOutgoingServer', 'new.secureConnectionType']) {
			const label = outlookLabel(de, key);
			expect(await panel.locator('.ui-label', { hasText: label }).count(), key).toBeGreaterThan(0);
			expect(await panel.locator('figure .ol-label', { hasText: label }).count(), key).toBeGreaterThan(0);
		}
		expect(getRegion('de')!.zone).toBe('eu');
		expect(fold(await panel.innerText())).toContain(zones.eu.imap.host);
		await page.context().close();
	});
});
