/**
 * Generated variants of the site for the scale series: N extra pages in every language that use
 * the settings components, and a settings module with more regions (named in every catalogue).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Lang } from '../src/i18n/languages';

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

/** Adds `count` pages in each language, each with the three settings tables, inline values and the webmail list. */
export function addPages(dir: string, count: number, languages: readonly Lang[] = LANGUAGES): void {
	for (const lang of languages) {
		const folder = join(dir, 'content/docs', lang === 'en' ? '' : lang, 'generated');
		const up = lang === 'en' ? '../../../' : '../../../../';
		mkdirSync(folder, { recursive: true });
		for (let i = 1; i <= count; i++) {
			writeFileSync(
				join(folder, `page-${i}.mdx`),
				`---
title: Generated page ${i} (${lang})
---

import SettingsTable from '${up}src/components/settings/SettingsTable.astro';
import SettingValue from '${up}src/components/settings/SettingValue.astro';
import WebmailLink from '${up}src/components/settings/WebmailLink.astro';

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
}

/** Grows the region list to `total` regions (synthetic ids, spread over the zones), each named in every catalogue. */
export function addRegions(dir: string, total: number): void {
	const file = join(dir, 'src/settings/mail-settings.ts');
	const source = readFileSync(file, 'utf8');
	const existing = (source.match(/\{ id: '[a-z]+', flag:/g) ?? []).length;
	const zonesCycle = ['eu', 'ca', 'apac'];
	const letters = 'abcdefghijklmnopqrstuvwxyz';
	const ids = Array.from({ length: Math.max(0, total - existing) }, (_, i) => `x${letters[Math.floor(i / 26)]}${letters[i % 26]}`);
	const extra = ids.map(
		(id, i) => `\t\t{ id: '${id}', flag: 'globe-americas', zone: '${zonesCycle[i % 3]}', languages: ['en'], webmail: 'https://webmail.example/${id}/' },`,
	);
	const marker = '\t],\n} satisfies MailSettingsInput;';
	if (!source.includes(marker)) throw new Error('scale: cannot find the end of the region list');
	writeFileSync(file, source.replace(marker, `${extra.join('\n')}\n${marker}`));
	// Every catalogue names every region (the build checks it).
	for (const lang of LANGUAGES) {
		const ui = join(dir, 'src/i18n', lang, 'ui.ts');
		const text = readFileSync(ui, 'utf8');
		const regions = /\n\tregions: \{\n/.exec(text);
		if (!regions) throw new Error(`scale: no regions in ${ui}`);
		const at = regions.index + regions[0].length;
		writeFileSync(ui, `${text.slice(0, at)}${ids.map((id) => `\t\t${id}: 'Region ${id.toUpperCase()}',\n`).join('')}${text.slice(at)}`);
	}
}
