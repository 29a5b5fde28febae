/**
 * Flag images: flag-icons (MIT) SVGs for countries, our own globes for regions that are not a
 * country (each its own: a reader told to check the flag must tell them apart), and a "no region"
 * mark. Only the flags in use are emitted by the build.
 */
import type { ImageMetadata } from 'astro';
import globeAmericas from '../../assets/globe-americas.svg';
import globeAsia from '../../assets/globe-asia.svg';
import noRegion from '../../assets/no-region.svg';
import type { GlobeFlag } from '../../settings/mail-settings';

const globes: Record<GlobeFlag, ImageMetadata> = { 'globe-americas': globeAmericas, 'globe-asia': globeAsia };

const countryFlags = import.meta.glob<ImageMetadata>('../../../node_modules/flag-icons/flags/4x3/*.svg', {
	import: 'default',
});

/** URL of the flag for a settings-module flag code (`fr`, `globe-asia`) or `none`. */
export async function flagSrc(code: string): Promise<string> {
	if (Object.hasOwn(globes, code)) return globes[code as GlobeFlag].src;
	if (code === 'none') return noRegion.src;
	const load = countryFlags[`../../../node_modules/flag-icons/flags/4x3/${code}.svg`];
	if (!load) throw new Error(`Flag: no flag image for country code "${code}"`);
	return (await load()).src;
}
