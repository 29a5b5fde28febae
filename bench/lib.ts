/**
 * Measuring a built site: page weights as a browser would fetch them on a first visit, and
 * build timings. Used by `npm run bench` and by the budget tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';

export const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Route `/add-account/` → `dist/add-account/index.html`. */
export const htmlFile = (dist: string, route: string) => join(dist, route.replace(/^\//, ''), 'index.html');

const scriptTags = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(attrs);

/** A module and every module it imports statically, each once. */
function moduleGraph(dist: string, path: string, seen: Set<string>): void {
	if (seen.has(path)) return;
	seen.add(path);
	const file = join(dist, path);
	if (!existsSync(file)) return;
	const code = readFileSync(file, 'utf8');
	for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
		const target = new URL(match[1]!, `http://x${path}`).pathname;
		moduleGraph(dist, target, seen);
	}
}

export interface PageWeight {
	html: number;
	htmlGzip: number;
	/** JavaScript the page runs on load (inline and module scripts with their static imports), gzip. */
	jsGzip: number;
	/** Inline scripts only, raw bytes. */
	inlineJs: number;
	cssGzip: number;
}

export function pageWeight(dist: string, route: string): PageWeight {
	const html = readFileSync(htmlFile(dist, route), 'utf8');
	let js = 0;
	let inlineJs = 0;
	// Inline scripts travel inside the one HTML response, so they are compressed together.
	const inline: string[] = [];
	const modules = new Set<string>();
	for (const [, attrs, body] of html.matchAll(scriptTags)) {
		const type = attr(attrs!, 'type')?.slice(2).find(Boolean);
		if (type && !/module|javascript/.test(type)) continue; // JSON and other data blocks
		const src = attr(attrs!, 'src')?.slice(2).find(Boolean);
		if (src) moduleGraph(dist, new URL(src, 'http://x/').pathname, modules);
		else if (body!.trim()) {
			inline.push(body!);
			inlineJs += Buffer.byteLength(body!);
		}
	}
	if (inline.length) js += gzip(inline.join('\n'));
	for (const path of modules) if (existsSync(join(dist, path))) js += gzip(readFileSync(join(dist, path)));
	let css = 0;
	for (const [tag] of html.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/gi)) {
		const href = attr(tag, 'href')?.slice(2).find(Boolean);
		if (href && existsSync(join(dist, new URL(href, 'http://x/').pathname))) css += gzip(readFileSync(join(dist, new URL(href, 'http://x/').pathname)));
	}
	for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += gzip(body!);
	return { html: Buffer.byteLength(html), htmlGzip: gzip(html), jsGzip: js, inlineJs, cssGzip: css };
}

/** Bytes of every file under a directory. */
export function dirSize(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => statSync(join(dir, file)))
		.filter((stat) => stat.isFile())
		.reduce((sum, stat) => sum + stat.size, 0);
}

/** Runs `astro build` in a project directory; returns the wall time in ms (throws on failure). */
export function timedBuild(root: string, astroBin: string): number {
	// A clean environment: a test runner's NODE_ENV=test (or tsx's loader) changes what Vite emits.
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|NODE_OPTIONS|VITEST.*|TEST|TSX.*)$/.test(key)),
	);
	const start = performance.now();
	const run = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const ms = performance.now() - start;
	if (run.status !== 0) throw new Error(`astro build failed in ${root}:\n${run.stdout}\n${run.stderr}`);
	return ms;
}

export const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Where `npm run bench` writes results.{md,json}: the committed files for a full run, bench/out/ (git-ignored) for a quick one. */
export function resultsDirFor(root: string, quick: boolean): string {
	return quick ? join(root, 'bench/out') : join(root, 'bench');
}
