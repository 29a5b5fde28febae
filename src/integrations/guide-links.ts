/**
 * Starlight plugin for the link registry (src/links/registry.ts):
 * - a Sätteri HAST plugin, run after Starlight's heading anchors, that checks every h2/h3 of a
 *   guide page against the registry, adds an anchor for each alias and a "copy link" button
 *   beside Starlight's own anchor link (never inside it), and puts the page's own anchor
 *   (a registered place of kind `anchor`, with its aliases) at the top of the page's content;
 * - a check of the built HTML (`astro:build:done`) that fails the build on a broken internal
 *   link or #fragment, a duplicate id, or a registered id or alias missing from its page.
 */
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { Element, ElementContent } from 'hast';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { PAGES, places, byName, pageAnchors, placeTitle } from '../links/registry';
import { checkBuiltSite } from '../links/check-built';
import { catalogues, format, type Catalogue } from '../i18n';
import { isLang, DEFAULT_LANG, type Lang } from '../i18n/languages';

const pageOfFile = new Map<string, string>(Object.entries(PAGES).map(([path, page]) => [page.file, path]));

/** The language and the file name of a page under content/docs/ (`fr/add-account.mdx` → ['fr', 'add-account.mdx']). */
function pageFile(path: string): [Lang, string] | null {
	const rest = path.split('/content/docs/')[1];
	if (rest === undefined) return null;
	const [first, ...more] = rest.split('/');
	return more.length && isLang(first) ? [first, more.join('/')] : [DEFAULT_LANG, rest];
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});

/** The copy-link button, in a catalogue's language; StepTabs and the link index render it too (with hast-util-to-html). */
export function copyButton(id: string, title: string, t: Catalogue): Element {
	return h('button', { type: 'button', className: ['copy-link', 'needs-js'], dataCopyLink: id, dataCopyTitle: title }, [
		h('svg', { ariaHidden: 'true', viewBox: '0 0 24 24', width: '16', height: '16', fill: 'currentColor' }, [
			h('path', {
				d: 'M16 3H8a3 3 0 0 0-3 3v1H4a1 1 0 0 0 0 2h1v9a3 3 0 0 0 3 3h8a3 3 0 0 0 3-3V6a3 3 0 0 0-3-3Zm1 15a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h8a1 1 0 0 1 1 1v12Z',
			}),
		]),
		h('span', { className: ['copy-link-label'] }, [{ type: 'text', value: t.copy.label }]),
		h('span', { className: ['sr-only'] }, [{ type: 'text', value: format(t.copy.to, { title }) }]),
	]);
}

function headingIdsPlugin() {
	return (ctx: { fileURL: URL | undefined }) => {
		const located = ctx.fileURL ? pageFile(fileURLToPath(ctx.fileURL)) : null;
		if (!located) return null;
		const [lang, name] = located;
		const file = lang === DEFAULT_LANG ? name : `${lang}/${name}`;
		const t = catalogues[lang];
		const page = pageOfFile.get(name);
		const seen = new Set<string>();
		const anchor = page ? pageAnchors.get(page as never) : undefined;
		return {
			name: 'guide-links',
			before(root: any, visitor: any) {
				// The page's anchor: the id of a source section that is now the whole page (its title
				// is the page's h1), first in the content so a link lands at the top.
				if (!anchor) return;
				visitor.prependChild(root, [
					h('span', { id: anchor.id, className: ['page-anchor'], dataPageAnchor: '' }),
					...anchor.aliases.map((alias) => h('span', { id: alias, className: ['page-anchor', 'alias-anchor'], dataAliasOf: anchor.id })),
				]);
			},
			element: {
				filter: ['div'],
				visit(node: Element, visitor: any) {
					const className = String(node.properties?.class ?? node.properties?.className ?? '');
					if (!className.includes('sl-heading-wrapper')) return;
					const heading = node.children.find((child): child is Element => child.type === 'element' && /^h[2-6]$/.test(child.tagName));
					if (!heading || !['h2', 'h3'].includes(heading.tagName)) return;
					const id = String(heading.properties?.id ?? '');
					const place = byName.get(id);
					const where = `content/docs/${file}`;
					if (!page) {
						if (place) throw new Error(`${where}: heading id "${id}" is registered for ${place.page}, not this page.`);
						return;
					}
					if (!place || place.id !== id) {
						throw new Error(
							`${where}: the heading "${visitor.textContent(heading)}" (#${id}) is not in the link registry (src/links/registry.ts). Give it a registered id: ## Title {#id}.`,
						);
					}
					if (place.page !== page) throw new Error(`${where}: heading id "${id}" is registered for ${place.page}, not ${page}.`);
					if (place.kind !== 'section') {
						throw new Error(`${where}: the heading #${id} is registered as kind “${place.kind}”, not a section (see src/links/places.ts).`);
					}
					const title = placeTitle(place, t);
					const text = visitor.textContent(heading).trim();
					if (text !== title) {
						throw new Error(`${where}: the heading #${id} reads “${text}”, but its title in the ${lang} catalogue is “${title}” (src/i18n/${lang}/): make them the same.`);
					}
					seen.add(id);
					// After Starlight's anchor link: the heading must stay the wrapper's first child.
					visitor.appendChild(node, [
						copyButton(id, title, t),
						...place.aliases.map((alias) => h('span', { id: alias, className: ['alias-anchor'], dataAliasOf: id })),
					]);
				},
			},
			after() {
				if (!page) return;
				const missing = places.filter((place) => place.page === page && place.kind === 'section' && !seen.has(place.id));
				if (missing.length) {
					throw new Error(
						`content/docs/${file}: registered sections missing from the page: ${missing.map((place) => `#${place.id} (“${placeTitle(place, t)}”)`).join(', ')}.`,
					);
				}
			},
		};
	};
}

export function guideLinks(): StarlightPlugin {
	return {
		name: 'guide-links',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration({
					name: 'guide-links',
					hooks: {
						'astro:config:setup'({ config }) {
							const processor = config.markdown?.processor;
							if (!processor || !isSatteriProcessor(processor)) {
								throw new Error('guide-links: expects the Sätteri Markdown processor (see astro.config.mjs).');
							}
							// Registered after Starlight's own plugins, so headings are already wrapped.
							processor.options.hastPlugins.push(headingIdsPlugin() as never);
						},
						'astro:build:done'({ dir, logger }) {
							const problems = checkBuiltSite(fileURLToPath(dir));
							if (problems.length) {
								throw new Error(`Link check of the built site failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
							}
							logger.info('links, ids and registered places: all good');
						},
					},
				});
			},
		},
	};
}
