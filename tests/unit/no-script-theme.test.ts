import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noScriptThemeCss } from '../../src/integrations/no-script-theme';

const props = readFileSync('node_modules/@astrojs/starlight/dist/style/props.css', 'utf8');

describe('the light theme without JavaScript', () => {
	it("carries Starlight's own light variables, for pages no script ran on, when the system prefers light", () => {
		const css = noScriptThemeCss(props);
		const light = /:root\[data-theme='light'\][^{]*\{([^}]*)\}/.exec(props)![1]!;
		const names = [...light.matchAll(/(--sl-[\w-]+):/g)].map((m) => m[1]);
		expect(names.length).toBeGreaterThan(20);
		for (const name of names) expect(css, name).toContain(`${name}:`);
		expect(css).toContain('--sl-color-white: hsl(224, 10%, 10%)');
		expect(css).toMatch(/@media \(prefers-color-scheme: light\)\s*\{\s*:root:not\(\[data-region-state\]\)/);
		expect(css).toContain('color-scheme: light');
	});

	it('fails loudly when Starlight no longer has the light block', () => {
		expect(() => noScriptThemeCss(props.replace(/data-theme='light'/g, 'data-mode="light"'))).toThrow(/update src\/integrations\/no-script-theme\.ts/);
	});
});
