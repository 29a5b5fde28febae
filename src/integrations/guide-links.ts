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
import { PAGES } from '../links/places';
import { catalogues, format, type Catalogue } from '../i18n';
import { isLang, DEFAULT_LANG, LANGUAGE_INFO, type Lang } from '../i18n/languages';

// The registry and the built-site check import the settings module (through the choices): loaded
// while the config loads, and left to the settings check (which speaks first) when the settings are wrong.
const deps = await Promise.all([import('../links/registry'), import('../links/check-built')]).catch(() => null);
const registry = () => {
	if (!deps) throw new Error('guide-links: the link registry did not load (see the settings check’s message above)');
	return deps[0];
};

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

/** Starlight's UI strings in a language (Starlight hands plugins this function). */
type UseTranslations = (lang: string) => (key: string, options?: Record<string, unknown>) => string;

/**
 * Starlight's own words in the Markdown of a translated page: Starlight takes a Markdown file's
 * language from its path under src/content/docs/, so files under content/docs/<lang>/ get English
 * aside titles ("Note") and heading-anchor labels ("Section titled …"). These put the page's
 * language's in their place (an aside with its own title keeps it).
 */
function localiseStarlightWords(node: Element, visitor: any, lang: Lang, t: UseTranslations): void {
	const here = t(LANGUAGE_INFO[lang].tag);
	const english = t(LANGUAGE_INFO.en.tag);
	const classes = String(node.properties?.class ?? node.properties?.className ?? '');
	const text = (el: Element | undefined) => el?.children.find((child) => child.type === 'text');
	if (node.tagName === 'aside') {
		const variant = /starlight-aside--(\w+)/.exec(classes)?.[1];
		if (!variant) return;
		const title = english(`aside.${variant}`);
		if (String(node.properties?.ariaLabel ?? node.properties?.['aria-label'] ?? '') !== title) return;
		const label = here(`aside.${variant}`);
		visitor.setProperty(node, 'aria-label', label);
		const titleEl = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
		const old = text(titleEl);
		if (old) visitor.replaceNode(old, { type: 'text', value: label });
		return;
	}
	const heading = node.children.find((child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName));
	const link = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
	const label = link?.children.find((child): child is Element => child.type === 'element' && String(child.properties?.class ?? child.properties?.className ?? '').includes('sr-only'));
	const old = text(label);
	if (heading && old) visitor.replaceNode(old, { type: 'text', value: here('heading.anchorLabel', { title: visitor.textContent(heading), interpolation: { escapeValue: false } }) });
}

function headingIdsPlugin(useTranslations: UseTranslations) {
	return (ctx: { fileURL: URL | undefined }) => {
		const located = ctx.fileURL ? pageFile(fileURLToPath(ctx.fileURL)) : null;
		if (!located) return null;
		const [lang, name] = located;
		const file = lang === DEFAULT_LANG ? name : `${lang}/${name}`;
		const t = catalogues[lang];
		const page = pageOfFile.get(name);
		const seen = new Set<string>();
		const { places, byName, pageAnchors, placeTitle } = registry();
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
				filter: ['div', 'aside'],
				visit(node: Element, visitor: any) {
					const className = String(node.properties?.class ?? node.properties?.className ?? '');
					if (node.tagName === 'aside' || className.includes('sl-heading-wrapper')) {
						if (lang !== DEFAULT_LANG) localiseStarlightWords(node, visitor, lang, useTranslations);
					}
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
			'config:setup'({ addIntegration, useTranslations }) {
				addIntegration({
					name: 'guide-links',
					hooks: {
						'astro:config:setup'({ config }) {
							const processor = config.markdown?.processor;
							if (!processor || !isSatteriProcessor(processor)) {
								throw new Error('guide-links: expects the Sätteri Markdown processor (see astro.config.mjs).');
							}
							// Registered after Starlight's own plugins, so headings are already wrapped.
							processor.options.hastPlugins.push(headingIdsPlugin(useTranslations as UseTranslations) as never);
						},
						'astro:build:done'({ dir, logger }) {
							const problems = deps![1].checkBuiltSite(fileURLToPath(dir));
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
