/**
 * Generated variants of the site for the scale series: N extra pages that use the settings
 * components, and a settings module with more regions.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A copy of the project in `dir`, sharing node_modules through the parent directory. */
export function copyProject(root: string, dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'])
		cpSync(join(root, entry), join(dir, entry), { recursive: true });
	// Flag images are read through a path relative to the sources.
	mkdirSync(join(dir, 'node_modules'));
	symlinkSync(join(root, 'node_modules/flag-icons'), join(dir, 'node_modules/flag-icons'), 'dir');
}

/** Adds `count` pages, each with the step tabs, the three settings tables and inline values. */
export function addPages(dir: string, count: number): void {
	const folder = join(dir, 'content/docs/generated');
	mkdirSync(folder, { recursive: true });
	for (let i = 1; i <= count; i++) {
		writeFileSync(
			join(folder, `page-${i}.mdx`),
			`---
title: Generated page ${i}
---

import SettingsTable from '../../../src/components/settings/SettingsTable.astro';
import SettingValue from '../../../src/components/settings/SettingValue.astro';
import WebmailLink from '../../../src/components/settings/WebmailLink.astro';

Page ${i}. The outgoing server is{" "}<SettingValue protocol="smtp" field="host" />{" "}on port{" "}<SettingValue protocol="smtp" field="port" />.

## Incoming (IMAP) {#generated-${i}-imap}

<SettingsTable protocol="imap" />

## Incoming (POP) {#generated-${i}-pop}

<SettingsTable protocol="pop" />

## Outgoing {#generated-${i}-smtp}

<SettingsTable protocol="smtp" />

## Webmail {#generated-${i}-webmail}

<WebmailLink />
`,
		);
	}
}

/** Grows the region list to `total` regions (synthetic ids, spread over the zones). */
export function addRegions(dir: string, total: number): void {
	const file = join(dir, 'src/settings/mail-settings.ts');
	const source = readFileSync(file, 'utf8');
	const existing = (source.match(/\{ id: '[a-z]+', name:/g) ?? []).length;
	const zonesCycle = ['eu', 'ca', 'apac'];
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const extra = Array.from({ length: Math.max(0, total - existing) }, (_, i) => {
		const id = `x${letters[Math.floor(i / 26)]}${letters[i % 26]}`;
		return `\t\t{ id: '${id}', name: 'Region ${id.toUpperCase()}', flag: 'globe', zone: '${zonesCycle[i % 3]}', webmail: 'https://webmail.example/${id}/' },`;
	});
	const marker = "\t],\n} satisfies MailSettingsInput;";
	if (!source.includes(marker)) throw new Error('scale: cannot find the end of the region list');
	writeFileSync(file, source.replace(marker, `${extra.join('\n')}\n${marker}`));
}
