/**
 * The `_headers` format (as Cloudflare Pages and Netlify read it), the policy built from the
 * pages' inline code, and the check that fails the build when a page has an inline script or
 * style the headers file has no hash for — each on small planted input.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerFor, headersFor, headersFileLimits, matches, parseHeadersFile } from '../../src/security/headers-file';
import { buildPolicy, checkSite, insertPolicyMeta, inventory, parsePolicy, serializePolicy, securityHeaders } from '../../src/security/csp';
import { formatRule } from '../../src/security/headers-file';
import { toApache, toNginx } from '../../src/security/server-config';

describe('parseHeadersFile', () => {
	it('reads patterns, indented headers, detached headers; skips comments and blank lines', () => {
		const rules = parseHeadersFile(
			['# comment', '/settings/*.mobileconfig', '  Content-Type: application/x-apple-aspen-config', '\tContent-Disposition: attachment', '', '/print/:page', '  ! X-Frame-Options', '  X-Robots-Tag: noindex, nofollow', '  Link: <https://x.example/a>; rel="preload"'].join('\n'),
		);
		expect(rules).toEqual([
			{ pattern: '/settings/*.mobileconfig', headers: [['Content-Type', 'application/x-apple-aspen-config'], ['Content-Disposition', 'attachment']], detach: [], line: 2 },
			{ pattern: '/print/:page', headers: [['X-Robots-Tag', 'noindex, nofollow'], ['Link', '<https://x.example/a>; rel="preload"']], detach: ['X-Frame-Options'], line: 6 },
		]);
	});

	it.each([
		['a header before any pattern', '  X-A: b', /line 1: a header before any address pattern/],
		['a pattern that is not a path or https URL', 'settings/*', /line 1: an address pattern must start/],
		['two splats', '/a/*/b/*', /line 1: one splat/],
		['a header without a colon', '/a\n  X-A b', /line 2: expected "Name: value"/],
		['an empty value', '/a\n  X-A:', /line 2: empty header value/],
		['a placeholder used twice', '/:a/:a', /line 1: placeholder :a used twice/],
	])('rejects %s, naming the line', (_name, text, message) => {
		expect(() => parseHeadersFile(text)).toThrow(message);
	});
});

describe('matching addresses', () => {
	it.each([
		['/*', '/', true],
		['/*', '/add-account/', true],
		['/settings/*.mobileconfig', '/settings/fr.mobileconfig', true],
		['/settings/*.mobileconfig', '/settings/fr-pop.mobileconfig', true],
		['/settings/*.mobileconfig', '/settings/fr.mobileconfig.bak', false],
		['/settings/*.mobileconfig', '/settings/deep/fr.mobileconfig', true], // a splat crosses "/"
		['/settings/*/config-v1.1.xml', '/settings/fr/config-v1.1.xml', true],
		['/settings/*/config-v1.1.xml', '/settings/fr/config-v1x1.xml', false], // dots are literal
		['/settings/:region/config-v1.1.xml', '/settings/fr/config-v1.1.xml', true],
		['/settings/:region/config-v1.1.xml', '/settings/a/b/config-v1.1.xml', false], // a placeholder stops at "/"
		['/settings/:region/config-v1.1.xml', '/settings//config-v1.1.xml', false],
		['/Settings/*', '/settings/fr.json', false], // case-sensitive
		['/settings/*.json', '/settings/fr.json?download=1', true], // the query is not matched
		['/links/', '/links/', true],
		['/links/', '/links', false],
		['https://guide.example.com/*', 'https://guide.example.com/add-account/', true],
		['https://guide.example.com/*', 'https://other.example.com/add-account/', false],
		['https://:sub.example.com/*', 'https://guide.example.com:8443/', true],
		['https://:sub.example.com/*', 'https://a.b.example.com/', false],
	])('%s ~ %s: %s', (pattern, address, expected) => {
		expect(matches(pattern, address)).toBe(expected);
	});

	const rules = parseHeadersFile(
		['/*', '  X-Frame-Options: DENY', '  Cache-Control: public', '/settings/*', '  Cache-Control: max-age=60', '/settings/*.mobileconfig', '  Content-Type: application/x-apple-aspen-config', '  ! x-frame-options'].join('\n'),
	);

	it('gives every matching rule’s headers, top to bottom, joining repeats with ", "', () => {
		expect(headersFor(rules, '/settings/fr.json')).toEqual([
			['X-Frame-Options', 'DENY'],
			['Cache-Control', 'public, max-age=60'],
		]);
		expect(headersFor(rules, '/')).toEqual([
			['X-Frame-Options', 'DENY'],
			['Cache-Control', 'public'],
		]);
	});

	it('detaches a header an earlier rule attached (names case-insensitive)', () => {
		expect(headersFor(rules, '/settings/fr.mobileconfig')).toEqual([
			['Cache-Control', 'public, max-age=60'],
			['Content-Type', 'application/x-apple-aspen-config'],
		]);
		expect(headerFor(rules, '/settings/fr.mobileconfig', 'content-type')).toBe('application/x-apple-aspen-config');
		expect(headerFor(rules, '/settings/fr.mobileconfig', 'X-Frame-Options')).toBeUndefined();
	});

	it('reports what Cloudflare Pages would not read: lines over 2,000 characters, over 100 rules', () => {
		expect(headersFileLimits(`/*\n  X-A: ${'a'.repeat(1993)}\n`)).toEqual([]);
		expect(headersFileLimits(`/*\n  X-A: ${'a'.repeat(1995)}\n`)).toEqual(['_headers line 2 has 2002 characters; Cloudflare Pages reads at most 2000']);
		const many = Array.from({ length: 101 }, (_, i) => `/p${i}\n  X-A: b`).join('\n');
		expect(headersFileLimits(many)).toEqual(['_headers has 101 rules; Cloudflare Pages reads at most 100']);
	});
});

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inventory of a page', () => {
	it('lists inline scripts (classic, module, import map) and <style>s; not external, empty or JSON ones', () => {
		const page = inventory(
			'<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="x"><script>a()</script><script type="module">b()</script>' +
				'<script type="importmap">{"imports":{}}</script><script src="/x.js"></script><script></script><script type="application/ld+json">{"@type":"Thing"}</script>' +
				'<style>p{color:red}</style></head><body><p style="--x:1">t</p><template><script>c()</script></template></body></html>',
		);
		expect(page.scripts).toEqual(['a()', 'b()', '{"imports":{}}', 'c()']);
		expect(page.styles).toEqual(['p{color:red}']);
		expect(page.styleAttributes).toBe(1);
		expect(page.forbidden).toEqual([]);
		expect(page.metas).toEqual([{ content: 'x', first: true }]);
	});

	it('finds event-handler attributes and javascript: URLs', () => {
		const page = inventory('<html><body><img src=x onerror="alert(1)"><a href=" javascript:alert(2)">x</a><svg><a xlink:href="javascript:3"></a></svg></body></html>');
		expect(page.forbidden).toEqual(['<img onerror="alert(1)">', '<a href=" javascript:alert(2)">', '<a href="javascript:3">']);
	});
});

describe('the policy', () => {
	const policy = buildPolicy({ scripts: ['a()', 'b()', 'a()'], styles: ['p{}'] });
	const directives = parsePolicy(serializePolicy(policy));

	it('allows our files and the inline code’s hashes (each once), never unsafe-inline or unsafe-eval for scripts', () => {
		expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...[sha('a()'), sha('b()')].sort()]);
		expect(directives.get('style-src')).toEqual(["'self'", sha('p{}')]);
		expect(serializePolicy(policy)).not.toMatch(/'unsafe-eval'/);
		expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('leaves frame-ancestors out of the <meta> (browsers ignore it there)', () => {
		expect(serializePolicy(policy, { meta: true })).not.toContain('frame-ancestors');
		expect(`${serializePolicy(policy, { meta: true })}; frame-ancestors 'none'`).toBe(serializePolicy(policy));
	});

	it('puts the <meta> first in <head>, after <meta charset>, before any script', () => {
		const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><script>a()</script><title>t</title></head><body></body></html>';
		const out = insertPolicyMeta(html, policy);
		expect(out).toBe(html.replace('<meta charset="utf-8"/>', `<meta charset="utf-8"/><meta http-equiv="content-security-policy" content="${serializePolicy(policy, { meta: true })}">`));
		expect(inventory(out).metas).toEqual([{ content: serializePolicy(policy, { meta: true }), first: true }]);
		expect(() => insertPolicyMeta(out, policy)).toThrow(/already has/);
		expect(insertPolicyMeta('<html><head><script>a()</script></head></html>', policy)).toMatch(/^<html><head><meta http-equiv="content-security-policy"/);
	});
});

describe('checkSite: the headers file against the built pages', () => {
	const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<script>theme()</script></head><body>${body}</body></html>`;
	const build = (pages: { path: string; html: string }[]) => {
		const all = pages.map((p) => inventory(p.html));
		const policy = buildPolicy({ scripts: all.flatMap((i) => i.scripts), styles: all.flatMap((i) => i.styles) });
		return { policy, headers: `/settings/*.json\n  Content-Type: application/json\n\n${formatRule('/*', securityHeaders(policy))}` };
	};
	const site = [
		{ path: '/', html: page('<script type="module">go()</script><style>p{}</style>') },
		{ path: '/a/', html: page('<script>fill()</script>') },
	];

	it('passes when every inline script and style has its hash', () => {
		const { headers, policy } = build(site);
		expect(checkSite(headers, site)).toEqual([]);
		const withMeta = site.map((p) => ({ ...p, html: insertPolicyMeta(p.html, policy) }));
		expect(checkSite(headers, withMeta)).toEqual([]);
	});

	it('fails, naming the page, the hash and the script, when the headers file lacks an inline script’s hash', () => {
		const { headers } = build(site);
		const changed = [site[0]!, { path: '/a/', html: page('<script>fill(); planted()</script>') }];
		expect(checkSite(headers, changed)).toEqual([`/a/: no hash ${sha('fill(); planted()')} for the inline script "fill(); planted()"…`]);
	});

	it('fails when a <style> has no hash', () => {
		const { headers } = build(site);
		expect(checkSite(headers, [{ path: '/b/', html: page('<style>main{display:none}</style>') }])).toEqual([
			`/b/: no hash ${sha('main{display:none}')} for the inline <style> "main{display:none}"…`,
		]);
	});

	it('fails when script-src allows inline or eval, or the page has no policy', () => {
		const { headers } = build(site);
		const loose = headers.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
		expect(checkSite(loose, site)).toEqual(["/: script-src allows 'unsafe-inline'", "/: script-src allows 'unsafe-eval'", "/a/: script-src allows 'unsafe-inline'", "/a/: script-src allows 'unsafe-eval'"]);
		expect(checkSite('/settings/*\n  X-A: b\n', [site[1]!])).toEqual(['/a/: no Content-Security-Policy header in _headers']);
	});

	it('fails on an event handler, a late <meta>, or a <meta> that differs from the header', () => {
		const { headers, policy } = build(site);
		const meta = (content: string) => `<meta http-equiv="content-security-policy" content="${content}">`;
		const late = `<!DOCTYPE html><html><head><script>theme()</script>${meta(serializePolicy(policy, { meta: true }))}</head><body></body></html>`;
		const other = insertPolicyMeta(page(''), policy).replace("default-src 'self'", "default-src 'self' https:");
		expect(checkSite(headers, [{ path: '/c/', html: page('<button onclick="go()">x</button>') }, { path: '/d/', html: late }, { path: '/e/', html: other }])).toEqual([
			'/c/: <button onclick="go()"> cannot run under the policy; use a bundled script',
			'/d/: the policy <meta> comes after a script or style, which it then does not govern',
			'/e/: the policy <meta> differs from the Content-Security-Policy header',
		]);
	});
});

describe('nginx and Apache lines from a _headers file', () => {
	const file = [
		'/settings/*.mobileconfig',
		'  Content-Type: application/x-apple-aspen-config',
		'  Content-Disposition: attachment',
		'https://preview.example.com/*',
		'  X-Robots-Tag: noindex',
		'/*',
		"  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='",
		'  X-Content-Type-Options: nosniff',
	].join('\n');

	it('nginx: server-wide add_header lines, and locations that set the media type and repeat them', () => {
		expect(toNginx(file).split('\n')).toEqual([
			expect.stringMatching(/^# Generated from dist\/_headers/),
			'# In the server { } block:',
			`add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc='" always;`,
			'add_header X-Content-Type-Options "nosniff" always;',
			'',
			'# /settings/*.mobileconfig',
			'location ~ ^/settings/(.*)\\.mobileconfig$ {',
			'\ttypes { }',
			'\tdefault_type "application/x-apple-aspen-config";',
			'\tadd_header Content-Disposition "attachment" always;',
			expect.stringMatching(/^\t# nginx drops/),
			`\tadd_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc='" always;`,
			'\tadd_header X-Content-Type-Options "nosniff" always;',
			'}',
			'# Left out (host-specific rule): https://preview.example.com/*',
			'',
		]);
	});

	it('Apache: Header always set, and ForceType in a LocationMatch', () => {
		expect(toApache(file).split('\n')).toEqual([
			expect.stringMatching(/^# Generated from dist\/_headers/),
			'# In the <VirtualHost> (needs mod_headers):',
			`Header always set Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc='"`,
			'Header always set X-Content-Type-Options "nosniff"',
			'',
			'# /settings/*.mobileconfig',
			'<LocationMatch "^/settings/(.*)\\.mobileconfig$">',
			'\tForceType "application/x-apple-aspen-config"',
			'\tHeader always set Content-Disposition "attachment"',
			'</LocationMatch>',
			'# Left out (host-specific rule): https://preview.example.com/*',
			'',
		]);
	});
});

describe('code that fits the policy', () => {
	// Sinks that turn text into HTML, CSS or code at run time: with a strict policy they either
	// break (eval, written <style>s) or are the way a crafted address would get in (HTML).
	const SINKS =
		/\.(inner|outer)HTML\s*=|insertAdjacentHTML\(|document\.write(ln)?\(|createElement\(\s*['"]style['"]|\.cssText\s*=|setAttribute\(\s*['"](style|on\w+)['"]|\beval\(|new Function\(|set(Timeout|Interval)\(\s*['"`]/;
	const root = join(import.meta.dirname, '../..');
	const files = (readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(ts|js|mjs|astro)$/.test(f));

	it('finds the sinks it looks for (planted)', () => {
		for (const planted of ['el.innerHTML = x', "document.createElement('style')", 'node.style.cssText = "a"', "a.setAttribute('onclick', f)", 'eval(code)', 'setTimeout("go()", 1)']) {
			expect(SINKS.test(planted), planted).toBe(true);
		}
		expect(SINKS.test('el.textContent = x')).toBe(false);
	});

	it.each(files)('src/%s writes no HTML, CSS or code from script', (file) => {
		const lines = readFileSync(join(root, 'src', file), 'utf8').split('\n');
		expect(lines.filter((line) => SINKS.test(line))).toEqual([]);
	});
});
