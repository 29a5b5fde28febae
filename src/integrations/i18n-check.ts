/**
 * Checks the message catalogues (src/i18n/) before anything is bundled: a language that lacks a
 * key, has one English does not, drops a `{placeholder}` or a value from rich text, or names an
 * Outlook label or place that does not exist stops `astro build` and `astro dev` with one line per
 * problem, naming the language and the key (src/i18n/check.ts).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { catalogues } from '../i18n';
import { i18nProblems } from '../i18n/check';
import { ERROR_CODES } from '../troubleshooting/codes';
import { PAGES, rawPlaces } from '../links/places';
import { configSettings } from './settings-check';

export function i18nCheck(): AstroIntegration {
	return {
		name: 'i18n-check',
		hooks: {
			'astro:config:setup'() {
				const { regions, ZONE_IDS } = configSettings();
				const problems = i18nProblems(catalogues, {
					regionIds: regions.map((region) => region.id),
					zoneIds: ZONE_IDS,
					placeIds: rawPlaces.map((place) => place.id).filter((id) => !id.startsWith('0x')),
					pageKeys: [...Object.keys(PAGES), '/links/'],
					codes: ERROR_CODES.map((entry) => entry.code),
				});
				if (problems.length) {
					const failure = new AstroError(
						`Invalid message catalogues (src/i18n/):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
						'Every language has exactly the keys of src/i18n/en/, with the same {placeholders}; rich text keeps every value, label and link.',
					);
					failure.stack = '';
					throw failure;
				}
			},
		},
	};
}
