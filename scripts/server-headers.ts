/**
 * Prints the headers of dist/_headers (written by `npm run build`) as nginx or Apache
 * configuration, for hosts that do not read `_headers`:
 *
 *   npm run build && npm run headers -- nginx
 *   npm run build && npm run headers -- apache
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toApache, toNginx } from '../src/security/server-config';

const server = process.argv[2];
const file = join(import.meta.dirname, '../dist/_headers');
if (server !== 'nginx' && server !== 'apache') {
	console.error('Usage: npm run headers -- nginx|apache');
	process.exit(2);
}
if (!existsSync(file)) {
	console.error('No dist/_headers: run `npm run build` first.');
	process.exit(1);
}
const text = readFileSync(file, 'utf8');
process.stdout.write(server === 'nginx' ? toNginx(text) : toApache(text));
