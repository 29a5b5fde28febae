/**
 * Forced colours (Windows high contrast): backgrounds, box shadows and text colours are replaced by
 * the system's, so nothing may rely on them to hide text or to mark a state.
 */
import { describe, expect, it } from 'vitest';
import { url, useBrowser } from './browser';

const browser = useBrowser();

describe('forced colours', () => {
	it('the phone header picker shows the flag, never the region name under it', async () => {
		const page = await browser.page({ viewport: { width: 390, height: 844 } });
		await page.emulateMedia({ forcedColors: 'active' });
		// Two regions with the same zone and different names: if the text shows, the pictures differ.
		const shots: Buffer[] = [];
		for (const region of ['fr', 'de']) {
			await page.goto(url(`/?region=${region}`));
			const picker = page.locator('.phone-choices choice-select[data-for="region"]');
			// The flags differ: hide it, so that only the select (where its text would be) is compared.
			await page.locator('.phone-choices [data-fill="region icon"]').evaluate((flag: HTMLElement) => (flag.style.visibility = 'hidden'));
			shots.push(await picker.screenshot());
			// And the native select still names the region for screen readers.
			expect(await page.locator('.phone-choices select[data-choice="region"]').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text)).not.toBe('');
		}
		expect(shots[0]!.equals(shots[1]!)).toBe(true);
		await page.context().close();
	});

	it('the selected step tab is marked by a line, not only by bold text', async () => {
		for (const forcedColors of ['active', 'none'] as const) {
			const page = await browser.page();
			await page.emulateMedia({ forcedColors });
			await page.goto(url('/add-account/?region=fr&outlook=classic'));
			const marks = await page.locator('[data-step-tabs="classic"] [role="tab"]').evaluateAll((tabs) =>
				tabs.map((tab) => {
					const style = getComputedStyle(tab);
					const line = (side: 'Bottom') => style[`border${side}Style`] !== 'none' && parseFloat(style[`border${side}Width`]) >= 2;
					const shadow = style.boxShadow !== 'none';
					const underline = style.textDecorationLine.includes('underline');
					return { selected: tab.getAttribute('aria-selected') === 'true', marked: line('Bottom') || underline || shadow };
				}),
			);
			expect(marks.filter((m) => m.selected)).toHaveLength(1);
			for (const mark of marks) expect(mark.marked, `${forcedColors}: ${JSON.stringify(mark)}`).toBe(mark.selected || !(forcedColors === 'active'));
			await page.context().close();
		}
	});
});
