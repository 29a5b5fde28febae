/**
 * Serves the choice-visibility CSS (src/styles/choice-visibility.ts), generated from the choices
 * and the link registry, as the virtual stylesheet `virtual:mxplan/choice-visibility.css`.
 * ChoiceHead.astro imports it, so it is bundled into every page's stylesheet (render-blocking,
 * like the rest of the CSS: the first paint already has it).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { configSettings } from './settings-check';
import { choiceVisibilityCss } from '../styles/choice-visibility';

// The choices and the registry import the settings module: loaded while the config loads (the
// module loader closes after), and left to the settings check to report when the settings are wrong.
const deps = await Promise.all([import('../choices/choices'), import('../links/registry')]).catch(() => null);

const CHOICE_VISIBILITY_CSS = 'virtual:mxplan/choice-visibility.css';
// Resolved id: `\0` marks it virtual for other plugins; the `.css` ending sends it through Vite's CSS pipeline.
const RESOLVED = `\0${CHOICE_VISIBILITY_CSS}`;

function plugin(): Plugin {
	const watched = ['../settings/mail-settings.ts', '../choices/choices.ts', '../links/places.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)));
	return {
		name: 'mxplan:choice-visibility-css',
		resolveId(id) {
			return id === CHOICE_VISIBILITY_CSS ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			// The settings module as loaded with the config (its check speaks first); changing these restarts `astro dev`.
			for (const file of watched) this.addWatchFile(file);
			const { regions, ZONE_IDS } = configSettings();
			if (!deps) throw new Error('choice-visibility: the choices or the link registry did not load');
			const [{ CHOICES }, { places }] = deps;
			const attributes: Record<string, string[]> = { zone: [...ZONE_IDS] };
			for (const c of CHOICES) attributes[c.id] = c.values.map((v) => v.id);
			attributes.region = regions.map((region) => region.id);
			return choiceVisibilityCss({ choices: CHOICES.map((c) => c.id), attributes, places: places.filter((place) => Object.keys(place.only).length) });
		},
	};
}

export function choiceVisibility(): AstroIntegration {
	return {
		name: 'mxplan:choice-visibility',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plugin()] } });
			},
		},
	};
}
