/**
 * Checks the built site (dist/): every internal link goes to a page that exists and, with a
 * #fragment, to an element with that id; no page uses an id twice; every registered place and
 * alias is on its page; every image exists. Returns one line per problem, naming page and link.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { places as registered, type Place } from './registry';

type Node = DefaultTreeAdapterMap['node'];
type El = DefaultTreeAdapterMap['element'];

function walk(node: Node, visit: (el: El) => void): void {
	if ('tagName' in node) visit(node);
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) walk(child, visit);
	if ('content' in node && node.content) walk(node.content as Node, visit);
}

const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Route path of a built file: `add-account/index.html` → `/add-account/`. */
const routeOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

export function checkBuiltSite(dist: string, places: Place[] = registered): string[] {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
	const pages = new Map<string, { ids: Map<string, number>; links: string[]; images: string[] }>();
	for (const file of files) {
		const ids = new Map<string, number>();
		const links: string[] = [];
		const images: string[] = [];
		walk(parse(readFileSync(join(dist, file), 'utf8')) as Node, (el) => {
			const id = attr(el, 'id');
			if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
			if (el.tagName === 'a' && attr(el, 'href') !== undefined) links.push(attr(el, 'href')!);
			if (el.tagName === 'img' && attr(el, 'src')) images.push(attr(el, 'src')!);
		});
		pages.set(routeOf(file.replaceAll('\\', '/')), { ids, links, images });
	}

	const problems: string[] = [];
	const fileFor = (route: string) => {
		const path = decodeURIComponent(route).replace(/^\//, '');
		return path === '' || path.endsWith('/') ? `${path}index.html` : path;
	};
	for (const [route, page] of pages) {
		for (const [id, count] of page.ids) if (count > 1) problems.push(`${route}: the id "${id}" is used ${count} times`);
		for (const href of page.links) {
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
		}
		for (const src of page.images) {
			const target = new URL(src, `http://site${route}`);
			if (target.origin === 'http://site' && !existsSync(join(dist, fileFor(target.pathname)))) {
				problems.push(`${route}: missing image ${src}`);
			}
		}
	}
	for (const place of places) {
		const page = pages.get(place.page);
		if (!page) {
			problems.push(`registry: the page ${place.page} of "${place.id}" was not built`);
			continue;
		}
		for (const name of [place.id, ...place.aliases]) {
			if (!page.ids.has(name)) {
				problems.push(`${place.page}: registered ${name === place.id ? 'id' : `alias of "${place.id}"`} "${name}" is missing from the page`);
			}
		}
	}
	return problems;
}
