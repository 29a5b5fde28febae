/** The post-build link check, on a small planted site. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkBuiltSite } from '../../src/links/check-built';
import type { Place } from '../../src/links/registry';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'mxplan-check-'));
	for (const [path, body] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), `<!doctype html><html><body>${body}</body></html>`);
	}
	return dir;
}

const place = (id: string, page: string, aliases: string[] = [], only: Record<string, string> = {}): Place => ({ id, page: page as Place['page'], kind: 'section', aliases, only });
/** The check, for the English pages only (each test's planted site has no other language). */
const check = (root: string, places: Place[]) => checkBuiltSite(root, places, ['en']);

describe('checkBuiltSite', () => {
	it('passes a site whose links, ids and places are all there', () => {
		const root = site({
			'index.html': '<h2 id="a">A</h2><a href="/b/#c">c</a><a href="/b/?region=fr#c">c</a><a href="https://example.org/x">x</a><a href="#a">a</a>',
			'b/index.html': '<h2 id="c">C</h2><span id="old-c"></span>',
		});
		expect(check(root, [place('a', '/'), place('c', '/b/', ['old-c'])])).toEqual([]);
	});

	it('names the page and the link for a link to a missing page', () => {
		const root = site({ 'index.html': '<a href="/missing/">x</a>' });
		expect(check(root, [])).toEqual(['/: broken link /missing/ (no page /missing/)']);
	});

	it('names the page and the link for a #fragment that is not on the target page', () => {
		const root = site({ 'index.html': '<a href="/b/#nope">x</a>', 'b/index.html': '<h2 id="c">C</h2><a href="#also-nope">y</a>' });
		expect(check(root, []).sort()).toEqual([
			'/: broken link /b/#nope (no element with id "nope" on /b/)',
			'/b/: broken link #also-nope (no element with id "also-nope" on /b/)',
		]);
	});

	it('names the page for a duplicate id', () => {
		const root = site({ 'b/index.html': '<h2 id="c">C</h2><p id="c"></p>' });
		expect(check(root, [])).toEqual(['/b/: the id "c" is used 2 times']);
	});

	it('names a registered id or alias missing from its page', () => {
		const root = site({ 'b/index.html': '<h2 id="c">C</h2>' });
		expect(check(root, [place('c', '/b/', ['old-c']), place('d', '/b/')])).toEqual([
			'/b/: registered alias of "c" "old-c" is missing from the page',
			'/b/: registered id "d" is missing from the page',
		]);
	});

	it('names a registered place on the wrong kind of element', () => {
		const root = site({
			'index.html': '<div class="sl-markdown-content"><span id="top"></span><p id="sec">not a heading</p><span id="st"></span></div>',
			'b/index.html': '<div class="sl-markdown-content"><p>first</p><span id="late"></span><div role="tabpanel"><span id="ok-step"></span></div><h2 id="ok">OK</h2></div>',
		});
		const of = (id: string, page: string, kind: Place['kind']): Place => ({ id, page: page as Place['page'], kind, aliases: [], only: {} });
		expect(
			check(root, [of('top', '/', 'anchor'), of('sec', '/', 'section'), of('st', '/', 'step'), of('late', '/b/', 'anchor'), of('ok-step', '/b/', 'step'), of('ok', '/b/', 'section')]),
		).toEqual([
			'/: registered section "sec" is on a <p>, not an h2/h3',
			'/: registered step "st" is not inside a tab panel',
			'/b/: registered anchor "late" is not the first element of the page’s content',
		]);
	});

	it('checks every language’s page for every registered place', () => {
		const root = site({ 'b/index.html': '<h2 id="c">C</h2>', 'fr/b/index.html': '<h2 id="c">C</h2>', 'de/b/index.html': '<h2 id="other">C</h2>' });
		expect(checkBuiltSite(root, [place('c', '/b/')], ['en', 'fr', 'de', 'pt'])).toEqual([
			'/de/b/: registered id "c" is missing from the page',
			'registry: the page /pt/b/ of "c" was not built',
		]);
	});

	it('names a link to a place of one Outlook from outside that Outlook’s variant', () => {
		const root = site({
			'index.html': [
				'<p><a href="/b/#n">outside</a></p>',
				'<div data-outlooks="new"><a href="/b/#n">inside</a></div>',
				'<div data-outlooks="classic"><a href="/b/#n">in the other</a></div>',
				'<a href="/b/?outlook=new#n">with the value</a>',
				'<starlight-toc><ul><li><a href="#n-here">toc</a></li></ul></starlight-toc><h2 id="n-here">N</h2>',
			].join(''),
			'b/index.html': '<h2 id="n">N</h2>',
		});
		const problems = check(root, [place('n', '/b/', [], { outlook: 'new' }), place('n-here', '/', [], { outlook: 'new' })]);
		expect(problems).toHaveLength(2);
		for (const problem of problems) expect(problem).toMatch(/^\/: the link \/b\/#n leads to a place of the outlook “new” from outside its variant/);
	});

	it('names a missing image', () => {
		const root = site({ 'index.html': '<img src="/images/outlook.png" alt="">' });
		expect(check(root, [])).toEqual(['/: missing image /images/outlook.png']);
	});
});
