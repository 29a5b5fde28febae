/**
 * The start page and the 404 page lead to every page of the guide, in every language, each card
 * titled as the page is in that language's catalogue and linked in that language.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from '../../src/links/registry';
import { catalogues } from '../../src/i18n';
import { LANGUAGES, localePath } from '../../src/i18n/languages';

const root = join(import.meta.dirname, '../..');
const cards = (file: string) =>
	[...readFileSync(join(root, 'content/docs', file), 'utf8').matchAll(/<LinkCard title="([^"]+)" href="([^"]+)"/g)].map(([, title, href]) => ({ title, href }));

describe.each(LANGUAGES.flatMap((lang) => ['index.mdx', '404.mdx'].map((file) => [lang, file] as const)))('%s %s', (lang, file) => {
	it('has a card for every page of the guide, with the page’s title, in the page’s language', () => {
		const found = cards(lang === 'en' ? file : `${lang}/${file}`);
		for (const path of Object.keys(PAGES)) {
			if (file === 'index.mdx' && path === '/') continue;
			expect(found, path).toContainEqual({ title: catalogues[lang].pages[path as keyof (typeof catalogues)['en']['pages']], href: localePath(lang, path) });
		}
	});
});
