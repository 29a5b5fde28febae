/**
 * A wrong value in the settings module fails `astro build` itself, with a message naming the
 * zone or region and the field. Builds a copy of the project with one planted mistake.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '../..');

function buildWith(edit: (source: string) => string) {
	// Inside the project (git-ignored) so the copy resolves the project's node_modules.
	mkdirSync(join(root, '.build-test'), { recursive: true });
	const dir = mkdtempSync(join(root, '.build-test', 'copy-'));
	try {
		for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
			cpSync(join(root, entry), join(dir, entry), { recursive: true });
		const module = join(dir, 'src/settings/mail-settings.ts');
		const before = readFileSync(module, 'utf8');
		const after = edit(before);
		expect(after).not.toBe(before);
		writeFileSync(module, after);
		const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('astro build validates the settings', () => {
	it('fails on a port out of range, naming the zone and field', () => {
		const { status, output } = buildWith((source) =>
			source.replace(/(imap: \{ host: 'imap\.mail\.ovh\.ca', port: )993/, '$199999'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('zone "ca" field "imap.port": must be between 1 and 65535');
	});

	it('fails on a region without webmail, naming the region', () => {
		const { status, output } = buildWith((source) =>
			source.replace(/(id: 'au'.*?), webmail: '[^']+'/, '$1'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('region "au" field "webmail": is missing');
	});
});
