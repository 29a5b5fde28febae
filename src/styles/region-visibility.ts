/**
 * The CSS that shows one region's values, generated at build time from the settings module and
 * served as part of the site's stylesheet (virtual module `virtual:mxplan/region-visibility.css`,
 * src/integrations/region-visibility.ts). The pre-paint script (src/scripts/region-head.js) only
 * sets `data-zone` and `data-region` on <html>; these rules do the hiding, so no script writes
 * CSS (the Content-Security-Policy allows no runtime-written styles).
 *
 * - `.zv` (a value of some zones, `data-zones`) of another zone: invisible, still in place (stacked
 *   variants share one grid cell, so a switch never moves the page);
 * - `.rv` (an entry of some regions, `data-regions`) of another region: invisible, in place;
 * - any other `[data-regions]` item of another region: out of the layout.
 *
 * In the `mxplan` layer with `!important`, so no author rule can show another zone's value.
 */
import type { Region, ZoneId } from '../settings/mail-settings';

/** Ids are plain lower-case words (the settings schema says so); checked again here, as they go into selectors. */
const PLAIN_ID = /^[a-z][a-z0-9-]*$/;

function plain(kind: string, id: string): string {
	if (!PLAIN_ID.test(id)) throw new Error(`region-visibility: ${kind} id "${id}" is not a plain lower-case word`);
	return id;
}

export function regionVisibilityCss(regions: readonly Pick<Region, 'id' | 'zone'>[]): string {
	if (regions.length === 0) throw new Error('region-visibility: no regions');
	const zones = [...new Set<ZoneId>(regions.map((region) => region.zone))];
	const rules = [
		...zones.map((zone) => {
			const z = plain('zone', zone);
			return `:root[data-zone="${z}"] .zv:not([data-zones~="${z}"]) { visibility: hidden !important; }`;
		}),
		...regions.map((region) => {
			const r = plain('region', region.id);
			return (
				`:root[data-region="${r}"] .rv:not([data-regions~="${r}"]) { visibility: hidden !important; }\n` +
				`:root[data-region="${r}"] [data-regions]:not(.rv):not([data-regions~="${r}"]) { display: none !important; }`
			);
		}),
	];
	return `/* Generated from src/settings/mail-settings.ts by src/styles/region-visibility.ts. */\n@layer starlight, mxplan;\n@layer mxplan {\n${rules.join('\n')}\n}\n`;
}
