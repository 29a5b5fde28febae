/** Flags that let Debian's Chromium run headless on a machine without network access. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Debian's Chromium (or CHROMIUM_PATH): the one lookup `npm test` also checks before building. */
export { chromiumPath } from '../../scripts/chromium.mjs';
