import { existsSync } from 'node:fs';

/** Flags that let Debian's Chromium run headless on a machine without network access. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Debian's Chromium (or CHROMIUM_PATH); Playwright's own browser downloads are not used. */
export function chromiumPath(): string {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(`Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
	}
	return path;
}
