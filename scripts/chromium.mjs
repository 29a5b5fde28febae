// Where the browser tests, the screenshots and the benchmark find Chromium: Debian's package
// (/usr/bin/chromium) or CHROMIUM_PATH. Plain JavaScript, so `npm test` can check it first under
// any Node (scripts/preflight.mjs). Playwright's own browser downloads are not used.
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** How to get Chromium, for messages. */
export const CHROMIUM_FIX =
	'install Debian\'s Chromium (as root: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary';

/** @returns {string} the Chromium binary to drive; throws with the fix when there is none. */
export function chromiumPath() {
	const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
	if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: ${CHROMIUM_FIX}.`);
	return path;
}
