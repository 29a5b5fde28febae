/**
 * A wrong value in the settings module fails `astro build` itself, with a message naming the
 * zone or region and the field. Builds a copy of the project with one planted mistake.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname, '../..');

function buildWith(edit: (source: string) => string, file = 'src/settings/mail-settings.ts') {
	// Inside the project (git-ignored) so the copy resolves the project's node_modules.
	mkdirSync(join(root, '.build-test'), { recursive: true });
	const dir = mkdtempSync(join(root, '.build-test', 'copy-'));
	try {
		for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
			cpSync(join(root, entry), join(dir, entry), { recursive: true });
		// Flag images are read through a path relative to the sources (src/components/region/Flag.astro).
		mkdirSync(join(dir, 'node_modules'));
		symlinkSync(join(root, 'node_modules/flag-icons'), join(dir, 'node_modules/flag-icons'), 'dir');
		const module = join(dir, file);
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

describe('astro build checks links and registered places', () => {
	it('fails on a broken internal link in a page, naming the page and the link', () => {
		const { status, output } = buildWith(
			(source) => source.replace('[Adding the account](/add-account/)', '[Adding the account](/add-acount/#step-9)'),
			'content/docs/pop-or-imap.mdx',
		);
		expect(status).not.toBe(0);
		expect(output).toContain('/pop-or-imap/: broken link /add-acount/#step-9 (no page /add-acount/)');
	});

	it('fails on a link to an id that is not on the page', () => {
		const { status, output } = buildWith(
			(source) => source.replace('(/pop-or-imap/#popimap)', '(/pop-or-imap/#pop-imap)'),
			'content/docs/modify-settings.mdx',
		);
		expect(status).not.toBe(0);
		expect(output).toContain('/modify-settings/: broken link /pop-or-imap/#pop-imap (no element with id "pop-imap" on /pop-or-imap/)');
	});

	it('fails on a heading that is not in the link registry', () => {
		const { status, output } = buildWith(
			(source) => `${source}\n## A new section\n\nText.\n`,
			'content/docs/pop-or-imap.mdx',
		);
		expect(status).not.toBe(0);
		expect(output).toContain('content/docs/pop-or-imap.mdx: the heading "A new section" (#a-new-section) is not in the link registry');
	});

	it('fails when a registered id is renamed in the page only', () => {
		const { status, output } = buildWith(
			(source) => source.replace('{#popimap}', '{#pop-or-imap}'),
			'content/docs/pop-or-imap.mdx',
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/pop-or-imap\.mdx: the heading "POP or IMAP, what.s the difference\?" \(#pop-or-imap\) is not in the link registry/);
	});
});

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
