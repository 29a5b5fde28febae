import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { allHosts, PROTOCOLS, regions, zones, type Region, type ZoneId } from '../../src/settings/mail-settings';

export const baseURL = () => inject('baseURL');
export const url = (path: string) => new URL(path, baseURL()).href;

/** One Chromium per test file. */
export function useBrowser() {
	const state = {} as { browser: Browser };
	beforeAll(async () => {
		state.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await state.browser?.close();
	});
	return {
		async page(options: BrowserContextOptions = {}): Promise<Page> {
			const context = await state.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
			const page = await context.newPage();
			const errors: Error[] = [];
			page.on('pageerror', (error) => errors.push(error));
			page.on('dialog', (dialog) => {
				errors.push(new Error(`unexpected dialog: ${dialog.message()}`));
				void dialog.dismiss();
			});
			(page as Page & { errors: Error[] }).errors = errors;
			return page;
		},
	};
}

export function pageErrors(page: Page): Error[] {
	return (page as Page & { errors: Error[] }).errors;
}

/**
 * The clipboard's text. The site's Permissions-Policy denies reading the clipboard (it only
 * writes it), so read it from a blank page of the same origin, served by the test without the
 * site's headers, in the same browser context (same clipboard permission).
 */
export async function readClipboard(page: Page): Promise<string> {
	const reader = await page.context().newPage();
	const address = url('/__test-clipboard-reader');
	await reader.route(address, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>clipboard</title>' }));
	await reader.goto(address);
	await reader.bringToFront();
	try {
		return await reader.evaluate(() => navigator.clipboard.readText());
	} finally {
		await reader.close();
		await page.bringToFront();
	}
}

/** Host names (with aliases) of a zone, and of every other zone. */
export function hostsOf(zone: ZoneId) {
	const own = [...new Set(PROTOCOLS.flatMap((p) => [zones[zone][p].host, ...zones[zone][p].aliases]))];
	return { own, others: allHosts().filter((host) => !own.includes(host)) };
}

/** The text a reader sees (innerText skips display:none and visibility:hidden), spaces folded. */
export async function visibleText(page: Page, selector = 'main'): Promise<string> {
	return fold(await page.locator(selector).first().innerText());
}

export const fold = (text: string) => text.replace(/\s+/g, ' ');

/** One region of each zone, for the slower checks. */
export const sampleRegions: Region[] = (['eu', 'ca', 'apac'] as const).map(
	(zone) => regions.find((region) => region.zone === zone)!,
);

export const STEP_LABELS = ['Step 1', 'Step 2', 'Step 3', 'Step 4 - IMAP', 'Step 4 - POP'];
