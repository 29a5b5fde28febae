/** Every link in the built pages goes somewhere: internal pages and #fragments exist. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

const dist = join(import.meta.dirname, '../../dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const ids = new Map(
	pages.map((file) => {
		const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
		return [file, new Set($('[id]').toArray().map((el) => $(el).attr('id')!))];
	}),
);

/** Broken links of one built page, as "page → href" lines. */
function brokenLinks(file: string): string[] {
	const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
	const base = new URL(`http://site/${file.replace(/index\.html$/, '')}`);
	return $('a[href]')
		.toArray()
		.map((el) => $(el).attr('href')!)
		.filter((href) => {
			const target = new URL(href, base);
			if (target.origin !== base.origin) return !/^(https:|mailto:)/.test(href);
			if (target.search && !target.search.startsWith('?region=')) return true;
			let path = decodeURIComponent(target.pathname).slice(1);
			if (path === '' || path.endsWith('/')) path += 'index.html';
			if (!existsSync(join(dist, path))) return true;
			const id = decodeURIComponent(target.hash.slice(1));
			return id !== '' && !id.startsWith('tab-panel-') && !ids.get(path)?.has(id);
		})
		.map((href) => `${file} → ${href}`);
}

describe('links in the built site', () => {
	it('has the guide pages', () => {
		expect(pages).toEqual(expect.arrayContaining(['index.html', 'add-account/index.html', 'modify-settings/index.html', 'pop-or-imap/index.html']));
	});
	it.each(pages)('%s links only to pages and ids that exist', (file) => {
		expect(brokenLinks(file)).toEqual([]);
	});
	it('keeps the source guide’s anchors', () => {
		expect(ids.get('pop-or-imap/index.html')).toContain('popimap');
		expect(ids.get('modify-settings/index.html')).toContain('popimap-settings');
		expect(ids.get('index.html')).toContain('gofurther');
	});
	it('ships no image that does not exist', () => {
		for (const file of pages) {
			const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
			for (const el of $('img[src]').toArray()) {
				const src = $(el).attr('src')!;
				expect(src.startsWith('/') && existsSync(join(dist, src)), `${file}: ${src}`).toBe(true);
			}
		}
	});
});
