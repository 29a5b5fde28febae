/**
 * The Content-Security-Policy and security headers, on the built site served with dist/_headers
 * applied (global-setup.ts): the headers are what they should be, every page of dist/ works with
 * zero policy violations in every state a reader reaches, and the policy really blocks a script
 * it does not know.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { pageErrors, readClipboard, url, useBrowser } from './browser';
import { regions, ZONE_IDS, zones } from '../../src/settings/mail-settings';
import { builtPages } from '../../src/integrations/security-headers';
import { checkSite, parsePolicy } from '../../src/security/csp';

const dist = join(import.meta.dirname, '../../dist');
// Every page of the build (other pages may be added: none is listed by hand).
const pages = builtPages(dist);
const regionOf = (zone: string) => regions.find((region) => region.zone === zone)!.id;

const browser = useBrowser();

interface Guarded {
	page: Page;
	/** Violations so far: `securitypolicyviolation` events and the console's CSP / Permissions-Policy errors. */
	violations: string[];
}

/**
 * A page whose every document reports policy violations to the test as they happen (the
 * listener is installed before any of the page's scripts runs, and survives navigations).
 */
async function guarded(options: BrowserContextOptions = {}): Promise<Guarded> {
	const page = await browser.page(options);
	const violations: string[] = [];
	await page.exposeBinding('__cspViolation', (_source, text: string) => {
		violations.push(text);
	});
	await page.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(e) => {
				const report = (window as unknown as { __cspViolation(text: string): void }).__cspViolation;
				report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
			},
			true,
		);
	});
	page.on('console', (message) => {
		if (/content.security.policy|permissions.policy|refused to/i.test(message.text())) {
			violations.push(`console ${message.type()}: ${message.text()}`);
		}
	});
	return { page, violations };
}

/** Lets pending work (observers, timers, lazy loads) settle, then returns the violations. */
async function settled({ page, violations }: Guarded): Promise<string[]> {
	await page.waitForLoadState('load');
	await page.waitForTimeout(150);
	return violations;
}

async function fetchHeaders(path: string) {
	const response = await fetch(url(path));
	await response.arrayBuffer();
	return response;
}

describe('security headers', () => {
	it('dist/_headers gives every built page a policy that covers its inline scripts and styles', () => {
		expect(pages.length).toBeGreaterThanOrEqual(7);
		expect(checkSite(readFileSync(join(dist, '_headers'), 'utf8'), pages)).toEqual([]);
	});

	it.each(pages.map((p) => p.path))('%s is served with the policy and the security headers', async (path) => {
		const response = await fetchHeaders(path);
		expect(response.status).toBe(200);
		const h = response.headers;
		const csp = parsePolicy(h.get('content-security-policy') ?? '');
		expect(csp.get('default-src')).toEqual(["'self'"]);
		const scriptSrc = csp.get('script-src')!;
		expect(scriptSrc[0]).toBe("'self'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		// Everything else is a hash of an inline script, or Pagefind's WebAssembly.
		expect(scriptSrc.slice(1).filter((s) => !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(s))).toEqual(["'wasm-unsafe-eval'"]);
		expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThanOrEqual(3);
		const styleSrc = csp.get('style-src')!;
		expect(styleSrc[0]).toBe("'self'");
		expect(styleSrc.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s))).toBe(true);
		expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		expect(csp.get('form-action')).toEqual(["'self'"]);
		expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
		expect(h.get('strict-transport-security')).toMatch(/^max-age=(\d+); includeSubDomains$/);
		expect(Number(/max-age=(\d+)/.exec(h.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(31_536_000);
		expect(h.get('x-content-type-options')).toBe('nosniff');
		expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
		expect(h.get('x-frame-options')).toBe('DENY');
		const permissions = Object.fromEntries(h.get('permissions-policy')!.split(/,\s*/).map((p) => p.split('=') as [string, string]));
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'clipboard-read', 'fullscreen']) {
			expect(permissions[feature], feature).toBe('()');
		}
		// The copy-link buttons write to the clipboard: allowed for our own pages only.
		expect(permissions['clipboard-write']).toBe('(self)');
		expect(Object.values(permissions).filter((allow) => allow !== '()' && allow !== '(self)')).toEqual([]);
		expect(h.get('content-type')).toBe('text/html;charset=utf-8');
	});

	it('each page carries the same policy in a <meta> before any script, without frame-ancestors', async () => {
		for (const { path } of pages) {
			const response = await fetch(url(path));
			const html = await response.text();
			const head = html.slice(0, html.indexOf('</head>'));
			const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(head);
			expect(meta, path).not.toBeNull();
			expect(meta!.index).toBeLessThan(head.search(/<script|<style|<link rel="stylesheet"/));
			const fromHeader = response.headers.get('content-security-policy')!;
			expect(meta![1]).not.toContain('frame-ancestors');
			expect(`${meta![1]}; frame-ancestors 'none'`).toBe(fromHeader);
		}
	});

	it('an unknown address gets the 404 page with the same headers', async () => {
		const response = await fetchHeaders('/no-such-page/');
		expect(response.status).toBe(404);
		expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('the settings files keep their media types, with the security headers', async () => {
		const files = (readdirSync(join(dist, 'settings'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.\w+$/.test(f));
		const expected: [RegExp, string, string | null][] = [
			[/\.mobileconfig$/, 'application/x-apple-aspen-config', 'attachment'],
			[/config-v1\.1\.xml$/, 'application/xml; charset=utf-8', null],
			[/\.json$/, 'application/json; charset=utf-8', null],
		];
		const seen = new Set<string>();
		for (const file of files) {
			const [, type, disposition] = expected.find(([pattern]) => pattern.test(file)) ?? [];
			expect(type, file).toBeDefined();
			seen.add(type!);
			const response = await fetchHeaders(`/settings/${file.split('\\').join('/')}`);
			expect(response.status, file).toBe(200);
			expect(response.headers.get('content-type'), file).toBe(type);
			expect(response.headers.get('content-disposition'), file).toBe(disposition);
			expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
		}
		expect(seen.size).toBe(3);
		// One of each kind per region.
		expect(files.filter((f) => f.endsWith('.mobileconfig')).length).toBeGreaterThanOrEqual(regions.length);
	});

	it('the _headers file itself is not served', async () => {
		expect((await fetchHeaders('/_headers')).status).toBe(404);
	});
});

describe('zero policy violations', () => {
	it.each(pages.map((p) => p.path))('%s, without a region, with one of each zone, and switching', async (path) => {
		const guard = await guarded();
		const { page } = guard;
		await page.goto(url(path));
		expect(await settled(guard)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.dataset.regionState)).toBe('none');
		for (const zone of ZONE_IDS) {
			const id = regionOf(zone);
			await page.goto(url(`${path}?region=${id}`));
			expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe(id);
		}
		// Switch with the picker (the page's own scripts: storage, address, links, announcement).
		await page.locator('header select[data-choice="region"]:visible').selectOption('de');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.zone)).toBe('eu');
		expect(new URL(page.url()).searchParams.get('region')).toBe('de');
		await page.locator('header select[data-choice="region"]:visible').selectOption('ca');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.zone)).toBe('ca');
		// The theme picker (Starlight's inline scripts).
		await page.locator('starlight-theme-select select').first().selectOption('light');
		expect(await settled(guard)).toEqual([]);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('at 390 px, with the mobile menu and the phone picker', async () => {
		const guard = await guarded({ viewport: { width: 390, height: 844 } });
		const { page } = guard;
		await page.goto(url('/modify-settings/?region=fr'));
		await page.locator('.phone-choices select[data-choice="region"]').selectOption('sg');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.zone)).toBe('apac');
		await page.getByRole('button', { name: 'Menu' }).click();
		expect(await settled(guard)).toEqual([]);
		await page.context().close();
	});

	it('opening every step link, with a region', async () => {
		const steps = pages.flatMap(({ path, html }) => [...html.matchAll(/\sid="(step-[\w-]+)"/g)].map((m) => `${path}?region=${regionOf('apac')}#${m[1]}`));
		expect(steps.length).toBeGreaterThanOrEqual(5);
		const guard = await guarded();
		for (const step of steps) {
			await guard.page.goto(url(step));
			const id = new URL(step, 'http://x').hash.slice(1);
			// The step's tab is open (the inline filler and the bundle both ran).
			const open = () => guard.page.evaluate((id) => document.getElementById(id)?.closest('[role="tabpanel"]')?.hasAttribute('hidden'), id);
			await expect.poll(open, { timeout: 5000 }).toBe(false);
		}
		expect(await settled(guard)).toEqual([]);
		expect(pageErrors(guard.page)).toEqual([]);
		await guard.page.context().close();
	});

	it('copying a link, and a code block', async () => {
		const guard = await guarded({ permissions: ['clipboard-read', 'clipboard-write'] });
		const { page } = guard;
		await page.goto(url('/modify-settings/?region=ie'));
		await page.locator('button[data-copy-link="popimap-settings"]').click();
		await expect.poll(() => readClipboard(page)).toBe(url('/modify-settings/?region=ie#popimap-settings'));
		// Expressive Code's copy button, on the first page with a code block.
		const withCode = pages.find((p) => p.html.includes('class="expressive-code"'));
		expect(withCode, 'a page with a code block').toBeDefined();
		await page.goto(url(`${withCode!.path}?region=ie`));
		await page.locator('.expressive-code .copy button').filter({ visible: true }).first().click();
		await expect.poll(() => readClipboard(page)).toContain(zones.eu.imap.host);
		expect(await settled(guard)).toEqual([]);
		await page.context().close();
	});

	it('searching (Pagefind) and opening a result', async () => {
		const guard = await guarded();
		const { page } = guard;
		await page.goto(url('/?region=ca'));
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByPlaceholder('Search').fill(zones.ca.imap.host);
		const result = page.locator('.pagefind-ui__result-link').first();
		await expect.poll(() => result.isVisible(), { timeout: 15_000 }).toBe(true);
		expect(await settled(guard)).toEqual([]);
		await result.click();
		await page.waitForURL((address) => address.pathname !== '/');
		expect(await settled(guard)).toEqual([]);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('with the unknown-region notice (?region=zz) and an address trying to inject', async () => {
		const guard = await guarded();
		const { page } = guard;
		await page.goto(url('/add-account/?region=zz'));
		await expect.poll(() => page.locator('.choice-notice[data-for="region"]').isVisible()).toBe(true);
		await page.goto(url(`/add-account/?region=${encodeURIComponent('"><script>alert(1)</script><img src=x onerror=alert(2)>')}`));
		await expect.poll(() => page.locator('.choice-notice[data-for="region"]').isVisible()).toBe(true);
		expect(await settled(guard)).toEqual([]);
		expect(pageErrors(page)).toEqual([]);
		await page.context().close();
	});

	it('on the 404 page', async () => {
		const guard = await guarded();
		const response = await guard.page.goto(url('/no-such-page/?region=au'));
		expect(response?.status()).toBe(404);
		expect(await guard.page.evaluate(() => document.documentElement.dataset.region)).toBe('au');
		expect(await settled(guard)).toEqual([]);
		await guard.page.context().close();
	});
});

describe('the policy bites', () => {
	const planted = '<script>window.__planted = true;</script>';
	const plantedStyle = '<style>main { display: none; }</style>';

	async function plantedPage(withHeaders: boolean) {
		const guard = await guarded();
		const address = url('/modify-settings/?region=fr');
		await guard.page.route(address, async (route) => {
			const response = await route.fetch();
			const headers = response.headers();
			if (!withHeaders) delete headers['content-security-policy'];
			const html = (await response.text()).replace('</head>', `${planted}${plantedStyle}</head>`).replace('</main>', `${planted}</main>`);
			await route.fulfill({ response, headers, body: html });
		});
		await guard.page.goto(address);
		return guard;
	}

	for (const withHeaders of [true, false]) {
		it(`an inline script and a <style> without a hash are blocked (${withHeaders ? 'header and <meta>' : 'the <meta> alone'})`, async () => {
			const guard = await plantedPage(withHeaders);
			const { page } = guard;
			expect(await page.evaluate(() => (window as unknown as { __planted?: boolean }).__planted)).toBeUndefined();
			await expect.poll(() => guard.violations.filter((v) => v.startsWith('script-src-elem blocked inline')).length).toBeGreaterThanOrEqual(2);
			await expect.poll(() => guard.violations.some((v) => v.startsWith('style-src-elem blocked inline'))).toBe(true);
			expect(await page.locator('main').isVisible()).toBe(true);
			// The site's own scripts still ran.
			expect(await page.evaluate(() => document.documentElement.dataset.region)).toBe('fr');
			expect(await page.locator('header select[data-choice="region"]:visible').inputValue()).toBe('fr');
			await page.context().close();
		});
	}

	it('the choices’ head script changed after the build (its hash no longer matches) does not run', async () => {
		const guard = await guarded();
		const address = url('/modify-settings/?region=fr');
		await guard.page.route(address, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('window.mx=', 'window.changed=1,window.mx=');
			expect(html).toContain('window.changed=1');
			await route.fulfill({ response, body: html });
		});
		await guard.page.goto(address);
		expect(await guard.page.evaluate(() => document.documentElement.dataset.regionState)).toBeUndefined();
		await expect.poll(() => guard.violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
		await guard.page.context().close();
	});
});
