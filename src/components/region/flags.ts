/**
 * Flag images: flag-icons (MIT) SVGs for countries, our globe for regions that are not a
 * country, and a "no region" mark. Only the flags in use are emitted by the build.
 */
import type { ImageMetadata } from 'astro';
import globe from '../../assets/globe.svg';
import noRegion from '../../assets/no-region.svg';

const countryFlags = import.meta.glob<ImageMetadata>('../../../node_modules/flag-icons/flags/4x3/*.svg', {
	import: 'default',
});

/** URL of the flag for a settings-module flag code (`fr`, `globe`) or `none`. */
export async function flagSrc(code: string): Promise<string> {
	if (code === 'globe') return globe.src;
	if (code === 'none') return noRegion.src;
	const load = countryFlags[`../../../node_modules/flag-icons/flags/4x3/${code}.svg`];
	if (!load) throw new Error(`Flag: no flag image for country code "${code}"`);
	return (await load()).src;
}
