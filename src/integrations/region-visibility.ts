/**
 * Serves the region-visibility CSS (src/styles/region-visibility.ts), generated from the settings
 * module, as the virtual stylesheet `virtual:mxplan/region-visibility.css`. RegionHead.astro
 * imports it, so it is bundled into every page's stylesheet (render-blocking, like the rest of the
 * CSS: the first paint already has it).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { configSettings } from './settings-check';
import { regionVisibilityCss } from '../styles/region-visibility';

const REGION_VISIBILITY_CSS = 'virtual:mxplan/region-visibility.css';
// Resolved id: `\0` marks it virtual for other plugins; the `.css` ending sends it through Vite's CSS pipeline.
const RESOLVED = `\0${REGION_VISIBILITY_CSS}`;

function plugin(): Plugin {
	const settingsFile = fileURLToPath(new URL('../settings/mail-settings.ts', import.meta.url));
	return {
		name: 'mxplan:region-visibility-css',
		resolveId(id) {
			return id === REGION_VISIBILITY_CSS ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			// The settings module as loaded with the config; changing it restarts `astro dev`.
			this.addWatchFile(settingsFile);
			return regionVisibilityCss(configSettings().regions);
		},
	};
}

export function regionVisibility(): AstroIntegration {
	return {
		name: 'mxplan:region-visibility',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plugin()] } });
			},
		},
	};
}
