/**
 * Checks the built site (dist/): every internal link goes to a page that exists and, with a
 * #fragment, to an element with that id; no page uses an id twice; every registered place and
 * alias is on its page, on the right kind of element (a section on an h2/h3, a step inside a
 * tab panel, a page anchor first in the page's content) in every language; a link to a place that
 * belongs to one value of a choice (a new-Outlook step) sits inside that value's variant or carries
 * the value in its address (a link from elsewhere would switch the reader's Outlook); every image
 * exists. Returns one line per problem, naming page and link.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { places as registered, type Place } from './registry';
import { LANGUAGES, localePath, type Lang } from '../i18n/languages';
import { CHOICES } from '../choices/choices';

type Node = DefaultTreeAdapterMap['node'];
type El = DefaultTreeAdapterMap['element'];

function walk(node: Node, visit: (el: El) => void): void {
	if ('tagName' in node) visit(node);
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) walk(child, visit);
	if ('content' in node && node.content) walk(node.content as Node, visit);
}

const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value;

const parentEl = (el: El): El | undefined => {
	const parent = el.parentNode;
	return parent && 'tagName' in parent ? (parent as El) : undefined;
};
const hasClass = (el: El, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const childElements = (el: El) => el.childNodes.filter((child): child is El => 'tagName' in child);

/** Why the element carrying a place's id is the wrong kind for the place, or null. */
function kindProblem(place: Place, el: El): string | null {
	if (place.kind === 'section') return ['h2', 'h3'].includes(el.tagName) ? null : `is on a <${el.tagName}>, not an h2/h3`;
	if (place.kind === 'step') {
		for (let up = parentEl(el); up; up = parentEl(up)) if (attr(up, 'role') === 'tabpanel') return null;
		return 'is not inside a tab panel';
	}
	const parent = parentEl(el);
	if (parent && hasClass(parent, 'sl-markdown-content') && childElements(parent)[0] === el && !/^h[1-6]$/.test(el.tagName)) return null;
	return 'is not the first element of the page’s content';
}

/** Route path of a built file: `add-account/index.html` → `/add-account/`. */
const routeOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

export function checkBuiltSite(dist: string, places: Place[] = registered, languages: readonly Lang[] = LANGUAGES): string[] {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
	const pages = new Map<string, { ids: Map<string, number>; elements: Map<string, El>; links: El[]; images: string[] }>();
	for (const file of files) {
		const ids = new Map<string, number>();
		const elements = new Map<string, El>();
		const links: El[] = [];
		const images: string[] = [];
		walk(parse(readFileSync(join(dist, file), 'utf8')) as Node, (el) => {
			const id = attr(el, 'id');
			if (id) {
				ids.set(id, (ids.get(id) ?? 0) + 1);
				if (!elements.has(id)) elements.set(id, el);
			}
			if (el.tagName === 'a' && attr(el, 'href') !== undefined) links.push(el);
			if (el.tagName === 'img' && attr(el, 'src')) images.push(attr(el, 'src')!);
		});
		pages.set(routeOf(file.replaceAll('\\', '/')), { ids, elements, links, images });
	}

	const problems: string[] = [];
	const fileFor = (route: string) => {
		const path = decodeURIComponent(route).replace(/^\//, '');
		return path === '' || path.endsWith('/') ? `${path}index.html` : path;
	};
	const byId = new Map(places.map((place) => [place.id, place] as const));
	for (const [route, page] of pages) {
		for (const [id, count] of page.ids) if (count > 1) problems.push(`${route}: the id "${id}" is used ${count} times`);
		for (const link of page.links) {
			const href = attr(link, 'href')!;
			const target = new URL(href, `http://site${route}`);
			if (target.origin !== 'http://site') continue;
			const targetRoute = target.pathname;
			if (!existsSync(join(dist, fileFor(targetRoute)))) {
				problems.push(`${route}: broken link ${href} (no page ${targetRoute})`);
				continue;
			}
			const id = decodeURIComponent(target.hash.slice(1));
			if (!id) continue;
			const targetPage = pages.get(targetRoute.endsWith('/') || targetRoute.endsWith('.html') ? targetRoute : `${targetRoute}/`);
			if (targetPage && !targetPage.ids.has(id)) problems.push(`${route}: broken link ${href} (no element with id "${id}" on ${targetRoute})`);
			for (const [choiceId, value] of Object.entries(byId.get(id)?.only ?? {})) {
				const param = CHOICES.find((c) => c.id === choiceId)?.param ?? choiceId;
				// The tables of contents follow the choice by themselves (src/styles/choice-visibility.ts).
				let inside = false;
				for (let up = parentEl(link); up && !inside; up = parentEl(up)) {
					inside = (attr(up, `data-${choiceId}s`) ?? '').split(' ').includes(value) || /^(mobile-)?starlight-toc$/.test(up.tagName);
				}
				if (!inside && target.searchParams.get(param) !== value) {
					problems.push(`${route}: the link ${href} leads to a place of the ${choiceId} “${value}” from outside its variant: it would switch the reader's ${choiceId} (put it in the variant, or link a place of every ${choiceId})`);
				}
			}
		}
		for (const src of page.images) {
			const target = new URL(src, `http://site${route}`);
			if (target.origin === 'http://site' && !existsSync(join(dist, fileFor(target.pathname)))) {
				problems.push(`${route}: missing image ${src}`);
			}
		}
	}
	for (const lang of languages)
		for (const place of places) {
			const route = localePath(lang, place.page);
			const page = pages.get(route);
			if (!page) {
				problems.push(`registry: the page ${route} of "${place.id}" was not built`);
				continue;
			}
			for (const name of [place.id, ...place.aliases]) {
				if (!page.ids.has(name)) {
					problems.push(`${route}: registered ${name === place.id ? 'id' : `alias of "${place.id}"`} "${name}" is missing from the page`);
				}
			}
			const el = page.elements.get(place.id);
			if (el) {
				const wrong = kindProblem(place, el);
				if (wrong) problems.push(`${route}: registered ${place.kind} "${place.id}" ${wrong}`);
			}
		}
	return problems;
}
