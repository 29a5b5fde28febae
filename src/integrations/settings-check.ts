/**
 * Validates the settings module before anything is bundled, so a wrong value stops
 * `astro build` / `astro dev` within a second with the module's own message (zone or region,
 * field, the bad value) and a hint, instead of after bundling with Vite's stack trace.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

// Importing the module validates it. Done while the config loads (its module loader closes after).
const invalid = await import('../settings/mail-settings.ts').then(
	() => null,
	(error: unknown) => (error instanceof Error ? error.message : String(error)),
);

export function settingsCheck(): AstroIntegration {
	return {
		name: 'settings-check',
		hooks: {
			'astro:config:setup'() {
				if (invalid === null) return;
				const failure = new AstroError(
					invalid,
					'Correct the value in src/settings/mail-settings.ts (rawSettings); every page reads it from there.',
				);
				// The message says where the mistake is; a stack trace of the config loader would not.
				failure.stack = '';
				throw failure;
			},
		},
	};
}
