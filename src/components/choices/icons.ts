/**
 * The choices' icons: flag-icons (MIT) SVGs for countries, our own globes for regions that are not
 * a country (each its own: a reader told to check the flag must tell them apart), two drawings
 * that tell the classic Outlook (title bar and ribbon) from the new one (a rail of icons on the
 * left), and a "nothing chosen" mark. Only the icons in use are emitted by the build.
 */
import type { ImageMetadata } from 'astro';
import globeAmericas from '../../assets/globe-americas.svg';
import globeAsia from '../../assets/globe-asia.svg';
import noRegion from '../../assets/no-region.svg';
import outlookClassic from '../../assets/outlook-classic.svg';
import outlookNew from '../../assets/outlook-new.svg';
import type { GlobeFlag } from '../../settings/mail-settings';

const own: Record<GlobeFlag | 'outlook-classic' | 'outlook-new' | 'none', ImageMetadata> = {
	'globe-americas': globeAmericas,
	'globe-asia': globeAsia,
	'outlook-classic': outlookClassic,
	'outlook-new': outlookNew,
	none: noRegion,
};

const countryFlags = import.meta.glob<ImageMetadata>('../../../node_modules/flag-icons/flags/4x3/*.svg', {
	import: 'default',
});

/** URL of an icon: a settings-module flag code (`fr`, `globe-asia`), an Outlook (`outlook-new`) or `none`. */
export async function iconSrc(code: string): Promise<string> {
	if (Object.hasOwn(own, code)) return own[code as keyof typeof own].src;
	const load = countryFlags[`../../../node_modules/flag-icons/flags/4x3/${code}.svg`];
	if (!load) throw new Error(`Icon: no flag image for country code "${code}"`);
	return (await load()).src;
}
