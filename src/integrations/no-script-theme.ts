/**
 * Without JavaScript, Starlight's pages stay in their dark theme (`<html data-theme="dark">`; its
 * theme script is what follows the system's preference). This Starlight plugin adds one CSS module
 * that applies Starlight's own light-theme variables when the system prefers light and no script
 * ran. "No script ran" is `:root:not([data-region-state])`: our pre-paint region script
 * (src/scripts/region-head.js) always sets `data-region-state`, in the same <head> as Starlight's
 * theme script.
 *
 * The variables are read at build time from Starlight's `style/props.css` (its
 * `:root[data-theme='light']` block), not copied: a Starlight upgrade brings its new light colours
 * along, and a changed file fails the build instead of silently dropping the light theme.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:mxplan/no-script-theme.css';
const LIGHT_BLOCK = /:root\[data-theme='light'\],\s*\[data-theme='light'\] ::backdrop\s*\{([^}]*)\}/;

/** The CSS, from the text of Starlight's props.css. */
export function noScriptThemeCss(props: string): string {
	const match = LIGHT_BLOCK.exec(props);
	if (!match) {
		throw new Error(
			"no-script-theme: Starlight's style/props.css has no `:root[data-theme='light']` block any more; update src/integrations/no-script-theme.ts",
		);
	}
	return `@layer starlight, mxplan;
@layer mxplan {
	@media (prefers-color-scheme: light) {
		:root:not([data-region-state]) {${match[1]}
			color-scheme: light;
		}
	}
}
`;
}

function vitePlugin(): Plugin {
	return {
		name: 'mxplan:no-script-theme',
		resolveId(id) {
			return id === MODULE_ID ? MODULE_ID : undefined;
		},
		async load(id) {
			if (id !== MODULE_ID) return undefined;
			const entry = await this.resolve('@astrojs/starlight');
			if (!entry) throw new Error('no-script-theme: cannot resolve @astrojs/starlight');
			const file = join(dirname(entry.id), 'style/props.css');
			this.addWatchFile(file);
			return noScriptThemeCss(await readFile(file, 'utf8'));
		},
	};
}

/** Starlight plugin: adds the CSS module to Starlight's custom CSS, and the Vite plugin that makes it. */
export function noScriptTheme(): StarlightPlugin {
	return {
		name: 'mxplan-no-script-theme',
		hooks: {
			'config:setup'({ config, updateConfig, addIntegration }) {
				updateConfig({ customCss: [...(config.customCss ?? []), MODULE_ID] });
				addIntegration({
					name: 'mxplan-no-script-theme',
					hooks: {
						'astro:config:setup'({ updateConfig: updateAstroConfig }) {
							updateAstroConfig({ vite: { plugins: [vitePlugin()] } });
						},
					},
				});
			},
		},
	};
}
