// `npm test` runs this first (npm's pretest), under whatever Node the machine has: it stops within
// a second when a program the tests need is missing, with the fix, instead of after the build.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

const missing = [];
try {
	chromiumPath();
} catch (error) {
	missing.push(error instanceof Error ? error.message : String(error));
}
// The print test reads Chromium's PDF with poppler's pdftotext.
if (spawnSync('pdftotext', ['-v']).error) {
	missing.push("pdftotext not found: install Debian's poppler-utils (as root: apt-get install -y poppler-utils).");
}
if (missing.length) {
	for (const line of missing) console.error(`npm test: ${line}`);
	console.error('npm test: the end-to-end tests drive the built site in Chromium; nothing was built or run.');
	process.exit(1);
}
