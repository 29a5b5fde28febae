import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { headersFor, parseHeadersFile } from '../../src/security/headers-file';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/**
 * Serves the built site (dist/) for the browser tests as Cloudflare Pages or Netlify would: every
 * response gets the headers `dist/_headers` gives its address (the Content-Security-Policy and
 * security headers, the settings files' media types), and an unknown address gets `404.html`
 * with status 404. So every browser test runs under the site's policy. `npm test` builds first.
 */
export default async function setup(project: TestProject) {
	const root = join(import.meta.dirname, '../..');
	const dist = join(root, 'dist');
	if (!existsSync(join(dist, 'index.html'))) {
		throw new Error('No built site in dist/: run `npm run build` first (`npm test` does).');
	}
	if (!existsSync(join(dist, '_headers'))) {
		throw new Error('No dist/_headers: the build writes it (src/integrations/security-headers.ts); rebuild.');
	}
	const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
	const notFound = readFileSync(join(dist, '404.html'));
	const port = Number(process.env.E2E_PORT ?? 4329);
	// The hosts do not serve the _headers file itself.
	const serve = sirv(dist, { dev: false, etag: true });
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		// Set before sirv answers: its own headers give way to these (Content-Type included).
		for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
		if (path === '/_headers') return notFoundPage(res);
		serve(req, res, () => notFoundPage(res));
	});
	function notFoundPage(res: import('node:http').ServerResponse) {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/html;charset=utf-8');
		res.end(notFound);
	}
	await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
	project.provide('baseURL', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
