// `npm test` runs this first (npm's pretest), under whatever Node the machine has: it stops within
// a second when something the tests need is missing, with the fix, instead of after the build.
import { chromiumPath } from './chromium.mjs';

try {
	chromiumPath();
} catch (error) {
	console.error(`npm test: ${error instanceof Error ? error.message : error}`);
	console.error('npm test: the end-to-end tests drive the built site in Chromium; nothing was built or run.');
	process.exit(1);
}
