/**
 * Validates the settings module before anything is bundled, so a wrong value stops
 * `astro build` / `astro dev` within a second with the module's own message (zone or region,
 * field, the bad value) and a hint, instead of after bundling with Vite's stack trace.
 *
 * Config-time code that needs the settings (region-visibility.ts) takes them from here, never by
 * a static import: a static import would throw while the config loads, before this check speaks.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

type SettingsModule = typeof import('../settings/mail-settings.ts');

// Importing the module validates it. Done while the config loads (its module loader closes after).
const loaded: { module: SettingsModule } | { error: string } = await import('../settings/mail-settings.ts').then(
	(module) => ({ module }),
	(error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
);

/** The validated settings module; throws the check's error when they are invalid. */
export function configSettings(): SettingsModule {
	if ('module' in loaded) return loaded.module;
	const failure = new AstroError(
		loaded.error,
		'Correct the value in src/settings/mail-settings.ts (rawSettings); every page reads it from there.',
	);
	// The message says where the mistake is; a stack trace of the config loader would not.
	failure.stack = '';
	throw failure;
}

export function settingsCheck(): AstroIntegration {
	return {
		name: 'settings-check',
		hooks: {
			'astro:config:setup'() {
				configSettings();
			},
		},
	};
}
