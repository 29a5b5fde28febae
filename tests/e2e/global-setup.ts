import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** Serves the built site (dist/) for the browser tests; `npm test` builds it first. */
export default async function setup(project: TestProject) {
	const root = join(import.meta.dirname, '../..');
	if (!existsSync(join(root, 'dist/index.html'))) {
		throw new Error('No built site in dist/: run `npm run build` first (`npm test` does).');
	}
	const port = Number(process.env.E2E_PORT ?? 4329);
	// A plain static server over dist/, as any static host would serve it.
	const serve = sirv(join(root, 'dist'), { dev: false, etag: true });
	const server = createServer((req, res) => serve(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	}));
	await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
	project.provide('baseURL', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
