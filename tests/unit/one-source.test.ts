/**
 * One source of truth: page text and components never type a host name or a port; only the
 * settings module does.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allHosts, zones, ZONE_IDS, PROTOCOLS } from '../../src/settings/mail-settings';

const root = join(import.meta.dirname, '../..');
const SETTINGS_MODULE = 'src/settings/mail-settings.ts';

const ports = [...new Set(ZONE_IDS.flatMap((zone) => PROTOCOLS.map((p) => zones[zone][p].port))), 587, 143, 110, 25];
const hostPattern = new RegExp(
	[...allHosts().map((host) => host.replace(/\./g, '\\.')), String.raw`(?:[a-z0-9-]+\.)*mail\.ovh\.[a-z]+`, String.raw`ssl\d\.ovh\.[a-z]+`].join('|'),
	'gi',
);
const portPattern = new RegExp(String.raw`(?<![\w.#/-])(?:${ports.join('|')})(?![\w.-])`, 'g');

/** Settings typed by hand in `text`: every host name and every mail port, with its line. */
export function typedSettings(text: string): string[] {
	return text.split('\n').flatMap((line, i) => [
		...[...line.matchAll(hostPattern)].map((m) => `line ${i + 1}: host ${m[0]}`),
		...[...line.matchAll(portPattern)].map((m) => `line ${i + 1}: port ${m[0]}`),
	]);
}

function files(dir: string, extensions: RegExp): string[] {
	return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && extensions.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

describe('the scanner', () => {
	it('finds planted host names and ports', () => {
		expect(typedSettings('Server **imap.mail.ovh.ca**, port 993')).toEqual(['line 1: host imap.mail.ovh.ca', 'line 1: port 993']);
		expect(typedSettings('the domain mail.ovh.net')).toEqual(['line 1: host mail.ovh.net']);
		expect(typedSettings('use SSL0.OVH.NET\nor smtp.mail.ovh.com on 587')).toEqual([
			'line 1: host SSL0.OVH.NET',
			'line 2: host smtp.mail.ovh.com',
			'line 2: port 587',
		]);
	});
	it('leaves other numbers and addresses alone', () => {
		expect(typedSettings('Step 4 - POP, see https://community.ovh.com/en/ and KB0052102, #step-465x, 1993')).toEqual([]);
	});
});

describe('no host name or port outside the settings module', () => {
	const pages = files('content', /\.(md|mdx)$/);
	it('has pages to scan', () => expect(pages.length).toBeGreaterThan(3));
	it.each(pages)('%s', (file) => {
		expect(typedSettings(readFileSync(join(root, file), 'utf8'))).toEqual([]);
	});

	const sources = files('src', /\.(astro|ts|mjs|js|css|mdx?)$/).filter((file) => file !== SETTINGS_MODULE);
	it.each(sources)('%s', (file) => {
		expect(typedSettings(readFileSync(join(root, file), 'utf8')).filter((hit) => hit.includes('host'))).toEqual([]);
	});
});
