/**
 * Reflow and resizing (WCAG 1.4.4, 1.4.10, 1.4.12): every page at 320–400 px, with the text-spacing
 * overrides, and with 200 % text on a phone. Nothing may scroll sideways, be clipped, or spill out
 * of its box; the site title stays visible, whole or ending in an ellipsis.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { url, useBrowser } from './browser';
import { PAGES } from '../../src/links/registry';
import { LANGUAGES, localePath } from '../../src/i18n/languages';

const browser = useBrowser();
const paths = [...Object.keys(PAGES), '/links/'];

/** WCAG 1.4.12's text-spacing overrides, applied to every element (as the W3C's bookmarklet does). */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;
/** 200 % text: every rem-sized length doubles, as with a browser's text-size setting. */
const TEXT_200 = `:root { font-size: 200% !important; }`;

async function open(page: Page, path: string, css?: string) {
	await page.goto(url(path));
	if (css) await page.addStyleTag({ content: css });
	await page.evaluate(() => document.fonts.ready);
}

/** Elements whose content is wider than their box while their overflow hides it. */
function clipped(page: Page) {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('main *, header *')) {
			if (!el.checkVisibility() || el instanceof SVGElement) continue;
			const style = getComputedStyle(el);
			if (!/hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis') continue;
			if (el.classList.contains('sr-only') || style.position === 'absolute' && el.clientWidth <= 1) continue;
			if (el.scrollWidth > el.clientWidth + 1)
				out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.innerText.slice(0, 30)}" ${el.scrollWidth}>${el.clientWidth}`);
		}
		return out;
	});
}

/** Settings tables that need scrolling to show their values. */
function tablesThatScroll(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('main table')]
			.filter((table) => table.checkVisibility() && table.scrollWidth > table.clientWidth + 1)
			.map((table) => `${table.innerText.slice(0, 40)} ${table.scrollWidth}>${table.clientWidth}`),
	);
}

/** SVG text outside its box: inside a box, it must stay within it; outside boxes, touch none. */
function diagramSpills(page: Page) {
	return page.evaluate(() => {
		const out: string[] = [];
		const inside = (a: DOMRect, b: DOMRect) =>
			a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
		const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
		for (const svg of document.querySelectorAll<SVGSVGElement>('.diagram svg')) {
			if (!svg.checkVisibility()) continue;
			const frame = svg.getBoundingClientRect();
			const boxes = [...svg.querySelectorAll('rect')].map((rect) => rect.getBoundingClientRect());
			for (const text of svg.querySelectorAll('text')) {
				const box = text.getBoundingClientRect();
				const cx = (box.left + box.right) / 2;
				const cy = (box.top + box.bottom) / 2;
				const home = boxes.find((b) => cx > b.left && cx < b.right && cy > b.top && cy < b.bottom);
				const label = `"${text.textContent!.trim()}"`;
				if (!inside(box, frame)) out.push(`${label} leaves the drawing`);
				else if (home && !inside(box, home)) out.push(`${label} spills out of its box`);
				else if (!home && boxes.some((b) => meets(box, b))) out.push(`${label} runs into a box`);
			}
		}
		return out;
	});
}

/** The site title: on screen, and either whole or cut with a visible ellipsis. */
function title(page: Page) {
	return page.evaluate(() => {
		const span = document.querySelector<HTMLElement>('.site-title span')!;
		const box = span.getBoundingClientRect();
		const style = getComputedStyle(span);
		// Cut across (one line) or after the last line (wrapped): either way, with an ellipsis.
		const across = span.scrollWidth <= span.clientWidth + 1 || style.textOverflow === 'ellipsis';
		const down = span.scrollHeight <= span.clientHeight + 1 || style.webkitLineClamp !== 'none';
		const whole = span.scrollWidth <= span.clientWidth + 1 && span.scrollHeight <= span.clientHeight + 1;
		const ellipsis = across && down;
		return {
			visible: box.width >= 40 && box.right <= document.documentElement.clientWidth && box.left >= 0,
			whole,
			ellipsis,
		};
	});
}

describe('text-spacing overrides (WCAG 1.4.12) at 320 px', () => {
	for (const query of ['', '?region=ca'])
		it(query ? `region ${query.slice(8)}` : 'no region', async () => {
			const page = await browser.page({ viewport: { width: 320, height: 800 }, bypassCSP: true });
			for (const path of paths) {
				await open(page, `${path}${query}`, TEXT_SPACING);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
				expect(await clipped(page), path).toEqual([]);
				expect(await tablesThatScroll(page), path).toEqual([]);
				expect(await diagramSpills(page), path).toEqual([]);
			}
			await page.context().close();
		});
});

describe('no sideways scrolling from 320 to 400 px', () => {
	it('every page, with and without a region', async () => {
		const page = await browser.page({ viewport: { width: 320, height: 800 } });
		for (const width of [320, 336, 352, 368, 384, 400]) {
			await page.setViewportSize({ width, height: 800 });
			for (const path of paths)
				for (const query of ['', '?region=world']) {
					await page.goto(url(`${path}${query}`));
					const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
					expect(scroll, `${path}${query} at ${width} px`).toBeLessThanOrEqual(width);
				}
		}
		await page.context().close();
	});
});

describe('200 % text on a 390 px phone (root font size 200 %)', () => {
	for (const query of ['', '?region=world'])
		it(query ? `region ${query.slice(8)}` : 'no region', async () => {
			const page = await browser.page({ viewport: { width: 390, height: 844 }, bypassCSP: true });
			for (const path of paths) {
				await open(page, `${path}${query}`, TEXT_200);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
				const t = await title(page);
				expect(t.visible, `${path}: title on screen`).toBe(true);
				expect(t.whole || t.ellipsis, `${path}: title whole or with an ellipsis`).toBe(true);
				expect(await clipped(page), path).toEqual([]);
				// Headings, drawn menus and buttons keep their words whole: no word broken across lines.
				const broken = await page.evaluate(() => {
					const out: string[] = [];
					const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
						// Host names (code) may wrap anywhere; words may not.
						const parent = node.parentElement;
						if (!parent?.closest('.illustration, h1, h2') || parent.closest('code') || !parent.checkVisibility()) continue;
						for (const word of node.data.matchAll(/[A-Za-z]{3,}/g)) {
							const range = document.createRange();
							range.setStart(node, word.index);
							range.setEnd(node, word.index + word[0].length);
							const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
							if (lines.size > 1) out.push(word[0]);
						}
					}
					return out;
				});
				expect(broken, path).toEqual([]);
			}
			await page.context().close();
		});
});

describe('the site title never cut mid-letter', () => {
	it('is whole, or ends in an ellipsis, at every width', async () => {
		const page = await browser.page({ viewport: { width: 320, height: 800 } });
		for (const query of ['', '?region=world']) {
			await page.goto(url(`/add-account/${query}`));
			for (const width of [320, 360, 390, 430, 480, 512, 640, 800, 850, 900, 944, 1024, 1280]) {
				await page.setViewportSize({ width, height: 800 });
				const t = await title(page);
				expect(t.visible, `${width} px ${query}`).toBe(true);
				expect(t.whole || t.ellipsis, `${width} px ${query}: cut without an ellipsis`).toBe(true);
			}
		}
		await page.context().close();
	});
});

describe('the header’s region picker', () => {
	it('stays on screen, and shows the longest region name whole wherever it shows a name', async () => {
		const page = await browser.page({ viewport: { width: 800, height: 700 } });
		await page.goto(url('/add-account/?region=world'));
		for (const width of [320, 390, 640, 800, 850, 900, 944, 1024, 1152, 1280, 1600]) {
			await page.setViewportSize({ width, height: 700 });
			const pickers = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLSelectElement>('header select[data-choice="region"]')]
					.filter((select) => select.checkVisibility())
					.map((select) => {
						const style = getComputedStyle(select);
						const context = document.createElement('canvas').getContext('2d')!;
						context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
						const needed =
							context.measureText(select.selectedOptions[0]!.text).width +
							parseFloat(style.paddingLeft) +
							parseFloat(style.paddingRight);
						return {
							right: select.getBoundingClientRect().right,
							// A compact picker (flag only) hides its text on purpose.
							nameShown: style.color !== 'rgba(0, 0, 0, 0)' && parseFloat(style.fontSize) > 0,
							fits: needed <= select.clientWidth,
						};
					}),
			);
			expect(pickers, `${width} px`).toHaveLength(1);
			expect(pickers[0]!.right, `${width} px`).toBeLessThanOrEqual(width);
			if (pickers[0]!.nameShown) expect(pickers[0]!.fits, `${width} px: name cut`).toBe(true);
		}
		await page.context().close();
	});
});

describe('a step link on a phone', () => {
	for (const step of ['step-4-imap', 'step-4-pop', 'step-2'])
		it(`#${step} leaves the tab row in view, below the sticky bars`, async () => {
			const page = await browser.page({ viewport: { width: 390, height: 844 } });
			await page.goto(url(`/add-account/?region=ca#${step}`));
			await page.waitForFunction((id) => document.getElementById(id)!.checkVisibility(), step);
			await page.waitForTimeout(300);
			const { tabsTop, barsBottom } = await page.evaluate(() => {
				const bars = [...document.querySelectorAll<HTMLElement>('header, mobile-starlight-toc nav, .mobile-preview, [class*="mobile-toc"]')]
					.filter((el) => el.checkVisibility() && /sticky|fixed/.test(getComputedStyle(el).position))
					.map((el) => el.getBoundingClientRect().bottom);
				return {
					tabsTop: document.querySelector('.step-tabs [role="tablist"]')!.getBoundingClientRect().top,
					barsBottom: Math.max(...bars),
				};
			});
			expect(barsBottom).toBeGreaterThan(50);
			expect(tabsTop).toBeGreaterThanOrEqual(barsBottom);
			await page.context().close();
		});
});

describe('200 % text in every language, on the smallest phones', () => {
	// German and Polish words are long: with large text on a small phone, one word wider than its
	// box (a link card's title, a form label, a fieldset, the link index's table) widened the page.
	it('no page scrolls sideways or clips its text at 320 or 390 px', async () => {
		const page = await browser.page({ viewport: { width: 320, height: 800 }, bypassCSP: true });
		for (const width of [320, 390]) {
			await page.setViewportSize({ width, height: 800 });
			for (const lang of LANGUAGES)
				for (const path of [...paths, '/404/']) {
					// English's 404 page is /404.html; the other languages' are /<lang>/404/.
					const address = path === '/404/' && lang === 'en' ? '/404.html' : localePath(lang, path);
					await open(page, `${address}?region=ca&outlook=classic`, TEXT_200);
					const where = `${address} at ${width} px`;
					expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
					expect(await clipped(page), where).toEqual([]);
				}
		}
		await page.context().close();
	});
});
