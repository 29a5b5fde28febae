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

const place = (id: string, page: string, aliases: string[] = []): Place => ({ id, page: page as Place['page'], title: id, kind: 'section', aliases });

describe('checkBuiltSite', () => {
	it('passes a site whose links, ids and places are all there', () => {
		const root = site({
			'index.html': '<h2 id="a">A</h2><a href="/b/#c">c</a><a href="/b/?region=fr#c">c</a><a href="https://example.org/x">x</a><a href="#a">a</a>',
			'b/index.html': '<h2 id="c">C</h2><span id="old-c"></span>',
		});
		expect(checkBuiltSite(root, [place('a', '/'), place('c', '/b/', ['old-c'])])).toEqual([]);
	});

	it('names the page and the link for a link to a missing page', () => {
		const root = site({ 'index.html': '<a href="/missing/">x</a>' });
		expect(checkBuiltSite(root, [])).toEqual(['/: broken link /missing/ (no page /missing/)']);
	});

	it('names the page and the link for a #fragment that is not on the target page', () => {
		const root = site({ 'index.html': '<a href="/b/#nope">x</a>', 'b/index.html': '<h2 id="c">C</h2><a href="#also-nope">y</a>' });
		expect(checkBuiltSite(root, []).sort()).toEqual([
			'/: broken link /b/#nope (no element with id "nope" on /b/)',
			'/b/: broken link #also-nope (no element with id "also-nope" on /b/)',
		]);
	});

	it('names the page for a duplicate id', () => {
		const root = site({ 'b/index.html': '<h2 id="c">C</h2><p id="c"></p>' });
		expect(checkBuiltSite(root, [])).toEqual(['/b/: the id "c" is used 2 times']);
	});

	it('names a registered id or alias missing from its page', () => {
		const root = site({ 'b/index.html': '<h2 id="c">C</h2>' });
		expect(checkBuiltSite(root, [place('c', '/b/', ['old-c']), place('d', '/b/')])).toEqual([
			'/b/: registered alias of "c" "old-c" is missing from the page',
			'/b/: registered id "d" is missing from the page',
		]);
	});

	it('names a registered place on the wrong kind of element', () => {
		const root = site({
			'index.html': '<div class="sl-markdown-content"><span id="top"></span><p id="sec">not a heading</p><span id="st"></span></div>',
			'b/index.html': '<div class="sl-markdown-content"><p>first</p><span id="late"></span><div role="tabpanel"><span id="ok-step"></span></div><h2 id="ok">OK</h2></div>',
		});
		const of = (id: string, page: string, kind: Place['kind']): Place => ({ id, page: page as Place['page'], title: id, kind, aliases: [] });
		expect(
			checkBuiltSite(root, [of('top', '/', 'anchor'), of('sec', '/', 'section'), of('st', '/', 'step'), of('late', '/b/', 'anchor'), of('ok-step', '/b/', 'step'), of('ok', '/b/', 'section')]),
		).toEqual([
			'/: registered section "sec" is on a <p>, not an h2/h3',
			'/: registered step "st" is not inside a tab panel',
			'/b/: registered anchor "late" is not the first element of the page’s content',
		]);
	});

	it('names a missing image', () => {
		const root = site({ 'index.html': '<img src="/images/outlook.png" alt="">' });
		expect(checkBuiltSite(root, [])).toEqual(['/: missing image /images/outlook.png']);
	});
});
