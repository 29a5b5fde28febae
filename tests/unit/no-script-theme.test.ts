import { describe, expect, it } from 'vitest';
import { noScriptSelectors } from '../../src/integrations/no-script-theme';

describe('the light theme without JavaScript', () => {
	it("gives Starlight's light-theme rules a twin for pages no script ran on", () => {
		// props.css, reset.css, Search, MobileMenuToggle, util.css, as Starlight writes them.
		expect(noScriptSelectors([":root[data-theme='light']", "[data-theme='light'] ::backdrop"])).toEqual([
			':root:not([data-region-state])',
			':root:not([data-region-state]) ::backdrop',
		]);
		expect(noScriptSelectors(["html[data-theme='light']"])).toEqual(['html:not([data-region-state])']);
		expect(noScriptSelectors(['[data-theme="light"] button:where(.astro-x)'])).toEqual([':root:not([data-region-state]) button:where(.astro-x)']);
		expect(noScriptSelectors(['[data-theme=light] .light\\:sl-hidden'])).toEqual([':root:not([data-region-state]) .light\\:sl-hidden']);
	});

	it('leaves other rules alone, and light themes set on an element other than the root', () => {
		expect(noScriptSelectors([':root', "[data-theme='dark'] .dark\\:sl-hidden", '.x'])).toEqual([]);
		expect(noScriptSelectors([".expressive-code[data-theme='light']"])).toEqual([]);
		expect(noScriptSelectors([":root[data-theme='light'] .a", '.b'])).toEqual([':root:not([data-region-state]) .a']);
	});
});
