/** Faithful to the source guide, and honest: origin, dates, headings, wording, names, downloads. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { fold, url, useBrowser } from './browser';
import { PAGES } from '../../src/links/registry';
import { sidebar } from '../../src/config/sidebar';
import { regions, zones, ZONE_IDS } from '../../src/settings/mail-settings';
import { zoneList } from '../../src/i18n';
import en from '../../src/i18n/en';
import { regionName } from '../../src/i18n';

const browser = useBrowser();
const root = join(import.meta.dirname, '../..');
const guidePages = Object.keys(PAGES);

describe('the source guide and dates', () => {
	it('the start page names the source guide, its publisher and date, and links to the original', async () => {
		const page = await browser.page();
		await page.goto(url('/'));
		const source = page.locator('[data-source-guide]');
		const text = fold(await source.innerText());
		expect(text).toContain('MX Plan - Configuring your email address in Outlook for Windows');
		expect(text).toContain('OVHcloud');
		// The date as the reader reads it, and machine-readable.
		expect(await source.locator('time').getAttribute('datetime')).toBe('2024-02-16');
		expect(text).toMatch(/16 February 2024|February 16, 2024/);
		const link = source.locator('a[href^="https://help.ovhcloud.com/"]');
		expect(await link.getAttribute('href')).toBe(
			'https://help.ovhcloud.com/csm/en-ca-mx-plan-outlook-windows-configuration?id=kb_article_view',
		);
		await page.context().close();
	});

	it('every page shows when it was last updated, from its file’s git history', async () => {
		const page = await browser.page();
		for (const path of [...guidePages, '/links/']) {
			const file = path === '/links/' ? 'links.mdx' : PAGES[path as keyof typeof PAGES].file;
			const committed = Number(execFileSync('git', ['log', '-1', '--format=%ct', '--', `content/docs/${file}`], { cwd: root, encoding: 'utf8' }).trim());
			await page.goto(url(path));
			const time = page.locator('footer time[datetime]');
			expect(await time.count(), path).toBe(1);
			const datetime = (await time.getAttribute('datetime'))!;
			// Same calendar day as the last commit of the page's file (no fixed date in this test).
			expect(new Date(datetime).toISOString().slice(0, 10), path).toBe(new Date(committed * 1000).toISOString().slice(0, 10));
			expect(fold(await page.locator('footer').innerText()), path).toMatch(/Last updated: \S/);
		}
		await page.context().close();
	});
});

describe('headings', () => {
	it('no page repeats its title as a heading; titles, sidebar names and the registry agree', async () => {
		const page = await browser.page();
		type Entry = { label?: string; link?: string; items?: Entry[] };
		const flat = (items: Entry[]): [string, string][] =>
			items.flatMap((item) => (item.items ? flat(item.items) : item.link && item.label ? [[item.link, item.label] as [string, string]] : []));
		const labels = new Map(flat(sidebar as Entry[]));
		for (const path of guidePages) {
			await page.goto(url(path));
			const title = (await page.locator('h1').innerText()).trim();
			const headings = await page.locator('main h2, main h3').allInnerTexts();
			expect(headings.map((h) => h.trim()), path).not.toContain(title);
			if (path !== '/') {
				expect(title, path).toBe(en.pages[path as keyof typeof en.pages]);
				expect(labels.get(path), path).toBe(title);
			}
		}
		await page.context().close();
	});

	it('the source’s anchors that are no longer headings land at the top of their page’s content', async () => {
		const page = await browser.page();
		for (const [path, id] of [['/pop-or-imap/', 'popimap'], ['/add-account/', 'adding-the-account']]) {
			await page.goto(url(`${path}#${id}`));
			const el = page.locator(`#${id}`);
			expect(await el.evaluate((e) => /^H[1-6]$/.test(e.tagName)), id).toBe(false);
			// The first thing in the page's content.
			expect(await el.evaluate((e) => e.closest('.sl-markdown-content')?.firstElementChild === e), id).toBe(true);
		}
		await page.context().close();
	});
});

describe('wording that is true with and without JavaScript', () => {
	for (const js of [true, false]) {
		it(`step instructions (${js ? 'JavaScript on' : 'JavaScript off'})`, async () => {
			const page = await browser.page({ javaScriptEnabled: js });
			await page.goto(url('/add-account/?region=ca&outlook=classic'));
			const text = fold(await page.locator('main').innerText());
			const tabsShown = await page.locator('[role="tab"]').first().isVisible();
			expect(tabsShown).toBe(js);
			// The page's words about tabs: only the instructions (no-JavaScript note apart, which names none).
			const steps = fold(await page.locator('main .sl-markdown-content').innerText());
			if (js) {
				expect(text).toContain('tabs below');
			} else {
				// Our tabs are gone (Outlook's own dialog tabs are still named in the steps).
				expect(steps).not.toMatch(/clicking on the tabs|tab by tab/i);
				expect(steps).toContain('steps below');
			}
			await page.context().close();
		});
	}
});

/** Zones whose servers have other names (from the settings module). */
const aliasZones = ZONE_IDS.filter((zone) => (['imap', 'pop', 'smtp'] as const).some((p) => zones[zone][p].aliases.length > 0));
const noAliasZones = ZONE_IDS.filter((zone) => !aliasZones.includes(zone));

describe('the “2 different host names” note', () => {
	it('exists only for the zones whose servers have another name, and says so without a region', async () => {
		expect(aliasZones.length).toBeGreaterThan(0);
		expect(noAliasZones.length).toBeGreaterThan(0);
		const page = await browser.page();
		const note = /2 different host names for the same server/;
		for (const zone of aliasZones) {
			const region = regions.find((r) => r.zone === zone)!;
			await page.goto(url(`/add-account/?region=${region.id}`));
			expect(fold(await page.locator('main').innerText())).toMatch(note);
		}
		for (const zone of noAliasZones) {
			const region = regions.find((r) => r.zone === zone)!;
			await page.goto(url(`/add-account/?region=${region.id}`));
			expect(fold(await page.locator('main').innerText()), region.id).not.toMatch(note);
		}
		for (const js of [true, false]) {
			const p = await browser.page({ javaScriptEnabled: js });
			await p.goto(url('/add-account/'));
			const text = fold(await p.locator('main').innerText());
			expect(text).toMatch(note);
			expect(text.toUpperCase()).toContain(zoneList(en, aliasZones).toUpperCase());
			await p.context().close();
		}
		await page.context().close();
	});
});

async function ariaText(page: Page, selector: string) {
	return fold(await page.locator(selector).first().ariaSnapshot());
}

describe('words stay apart for screen readers and copy', () => {
	it('badges are separated from captions', async () => {
		const page = await browser.page();
		for (const path of ['/add-account/', '/pop-or-imap/', '/modify-settings/']) {
			await page.goto(url(`${path}?region=ca`));
			const captions = await page.locator('figure.illustration figcaption').evaluateAll((els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
			expect(captions.length, path).toBeGreaterThan(0);
			for (const caption of captions) expect(caption, path).toMatch(/^(Illustration|Diagram)[:.,—–] /);
			const inner = await page.locator('figure.illustration figcaption').allInnerTexts();
			// innerText shows the badge as styled (upper case), then its visually hidden colon.
			for (const caption of inner) expect(fold(caption), path).toMatch(/^(Illustration|Diagram) ?[:.,—–] \S/i);
			const aria = await ariaText(page, 'figure.illustration figcaption');
			expect(aria, path).not.toMatch(/(Illustration|Diagram)[A-Z]/);
		}
		await page.context().close();
	});

	it('stacked zone values read as separate words, in text content, innerText and the accessibility tree', async () => {
		const page = await browser.page();
		await page.goto(url('/modify-settings/'));
		const cell = page.locator('table.settings-table[data-protocol="imap"] td:has(.zs)').first();
		const text = fold((await cell.textContent())!);
		const inner = fold(await cell.innerText());
		const aria = fold(await cell.ariaSnapshot());
		for (const t of [text, inner, aria]) {
			// No host glued to the next zone's label.
			expect(t).not.toMatch(/\.(net|ca)[A-Z]/);
			expect(t).toMatch(new RegExp(`${zones.eu.imap.host.replaceAll('.', '\\.')}[;,.]? +\\S`));
		}
		await page.context().close();
	});
});

describe('/links/ is for support agents', () => {
	it('is in its own sidebar group, and out of the reader’s previous/next chain', async () => {
		const page = await browser.page();
		await page.goto(url('/download-settings/'));
		expect(await page.locator('.pagination-links a[rel="next"]').count()).toBe(0);
		const group = await page.evaluate(() => {
			const links = [...document.querySelectorAll<HTMLAnchorElement>('#starlight__sidebar a')].filter((a) => new URL(a.href).pathname === '/links/');
			return links.map((link) => link.closest('details')?.querySelector(':scope > summary')?.textContent?.trim() ?? null).join(' | ');
		});
		expect(group).toBe('For support agents');
		for (const path of guidePages) {
			await page.goto(url(path));
			const hrefs = await page.locator('.pagination-links a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			expect(hrefs, path).not.toContain('/links/');
		}
		await page.goto(url('/links/'));
		expect(await page.locator('.pagination-links a').count()).toBe(0);
		await page.context().close();
	});
});

describe('download notes and names', () => {
	it('say what the clients really do', async () => {
		const page = await browser.page();
		await page.goto(url('/download-settings/'));
		const text = fold(await page.locator('main').innerText());
		expect(text).toMatch(/14 days/);
		expect(text).toMatch(/delete[sd]? .*in Thunderbird/);
		expect(text).toMatch(/Android.*(ignores|uses only|only IMAP|not POP)/);
		expect(text).toMatch(/two accounts/);
		expect(text).toMatch(/General › Device Management|General → Device Management/);
		expect(text).toMatch(/[Uu]nverified|not verified/);
		expect(text).toMatch(/user name/);
		expect(text).not.toMatch(/so your other devices still see them/);
		expect(text).toMatch(/macOS, Privacy & Security › Profiles/);
		await page.context().close();
	});

	for (const js of [true, false]) {
		it(`every download link has an accessible name of its own, with its region (${js ? 'JavaScript on' : 'off'})`, async () => {
			const page = await browser.page({ javaScriptEnabled: js });
			await page.goto(url('/download-settings/'));
			const links = page.locator('main a[data-download]');
			const count = await links.count();
			expect(count).toBe(regions.length * 4);
			const snapshot = await page.locator('main .downloads').ariaSnapshot();
			const names = [...snapshot.matchAll(/- link "([^"]+)"/g)].map((m) => m[1]!);
			expect(names.length).toBe(count);
			expect(new Set(names).size).toBe(count);
			for (const region of regions) expect(names.filter((n) => n.includes(regionName(en, region.id))).length, region.id).toBe(4);
			await page.context().close();
		});
	}
});

describe('quotes as readers read them', () => {
	it('the built pages’ content has no straight quote or “Username” outside code', () => {
		const found: string[] = [];
		const skip = new Set(['code', 'pre', 'script', 'style', 'template', 'kbd', 'samp']);
		const walk = (node: any, file: string) => {
			if (node.nodeName === '#text') {
				const text: string = node.value;
				// “SMTP Username” is the new Outlook's own label (quoted as it shows it).
				for (const m of text.matchAll(/.{0,25}(["']|(?<!SMTP )\b[Uu]sername\b).{0,25}/g)) found.push(`${file}: ${m[0]}`);
				return;
			}
			if (skip.has(node.tagName)) return;
			for (const child of node.childNodes ?? []) walk(child, file);
			if (node.content) walk(node.content, file);
		};
		const findMain = (node: any): any => (node.tagName === 'main' ? node : (node.childNodes ?? []).map(findMain).find(Boolean));
		for (const file of readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' })) {
			if (!file.endsWith('.html') || file.startsWith('pagefind')) continue;
			const main = findMain(parse(readFileSync(join(root, 'dist', file), 'utf8')));
			if (main) walk(main, file);
		}
		expect(found).toEqual([]);
	});
});

describe('no placeholder domain', () => {
	it('nothing in dist/ mentions example.org or example.com (the DNS records say <your-domain>)', () => {
		const dist = join(root, 'dist');
		const found: string[] = [];
		for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
			if (!/\.(html|xml|json|mobileconfig|txt|js|css|webmanifest)$/.test(file)) continue;
			// Pagefind's own library resolves relative URLs against a dummy base; it is not a link.
			if (file.startsWith('pagefind/') && file.endsWith('.js')) continue;
			const text = readFileSync(join(dist, file), 'utf8');
			for (const m of text.matchAll(/example\.(org|com|net)/g)) found.push(`${file}: …${text.slice(Math.max(0, m.index! - 40), m.index! + 20)}…`);
		}
		expect(found).toEqual([]);
	});
});
