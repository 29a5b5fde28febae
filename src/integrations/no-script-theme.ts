/**
 * Without JavaScript, Starlight's pages stay in their dark theme: `<html data-theme="dark">` is
 * static, and only Starlight's theme script switches it to follow the system. This Starlight plugin
 * adds a PostCSS step (to Vite's CSS pipeline) that gives every light-theme rule of Starlight and of
 * its code blocks (Expressive Code) — every rule whose selector starts with
 * `[data-theme='light']` on the root — a twin that applies when the system prefers light and no
 * script ran. "No script ran" is `:root:not([data-region-state])`: our pre-paint region script
 * (src/scripts/region-head.js) always sets `data-region-state`, in the same <head> as Starlight's
 * theme script.
 *
 * So the light theme is Starlight's own, not a copy: an upgrade brings its new light colours along.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
// Types only: PostCSS runs inside Vite, which depends on it.
import type { Plugin as PostcssPlugin } from 'postcss';

/** `:root[data-theme='light'] X`, `html[data-theme=light] X` or `[data-theme="light"] X` at the start. */
const LIGHT_ROOT = /^(:root|html)?\[data-theme=(['"]?)light\2\]/;
const NO_SCRIPT = ':not([data-region-state])';

/** The selectors of a light-theme rule, for pages without script; empty if it is not one. */
export function noScriptSelectors(selectors: readonly string[]): string[] {
	return selectors.flatMap((selector) => {
		const match = LIGHT_ROOT.exec(selector.trim());
		if (!match) return [];
		return [`${match[1] ?? ':root'}${NO_SCRIPT}${selector.trim().slice(match[0].length)}`];
	});
}

const MEDIA = '(prefers-color-scheme: light)';

/** The PostCSS plugin (PostCSS 8 visitor API; PostCSS itself comes with Vite). */
export function noScriptThemePostcss(): PostcssPlugin {
	const made = new WeakSet<object>();
	return {
		postcssPlugin: 'mxplan-no-script-theme',
		Rule(rule, { AtRule }) {
			if (made.has(rule)) return;
			const selectors = noScriptSelectors(rule.selectors);
			if (!selectors.length) return;
			const twin = rule.clone({ selectors });
			made.add(twin);
			const media = new AtRule({ name: 'media', params: MEDIA });
			media.append(twin);
			rule.after(media);
		},
	};
}

/** Starlight plugin: adds the PostCSS step to Vite's CSS pipeline. */
export function noScriptTheme(): StarlightPlugin {
	return {
		name: 'mxplan-no-script-theme',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration({
					name: 'mxplan-no-script-theme',
					hooks: {
						'astro:config:setup'({ updateConfig }) {
							updateConfig({ vite: { css: { postcss: { plugins: [noScriptThemePostcss()] } } } });
						},
					},
				});
			},
		},
	};
}
