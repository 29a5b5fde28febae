/** The start page and the 404 page lead to every page of the guide, each card titled as the page is. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from '../../src/links/registry';

const root = join(import.meta.dirname, '../..');
const cards = (file: string) =>
	[...readFileSync(join(root, 'content/docs', file), 'utf8').matchAll(/<LinkCard title="([^"]+)" href="([^"]+)"/g)].map(([, title, href]) => ({ title, href }));

describe.each(['index.mdx', '404.mdx'])('%s', (file) => {
	it('has a card for every page of the guide, with the page’s title', () => {
		const found = cards(file);
		for (const [path, page] of Object.entries(PAGES)) {
			if (file === 'index.mdx' && path === '/') continue;
			expect(found, path).toContainEqual({ title: page.title, href: path });
		}
	});
});
