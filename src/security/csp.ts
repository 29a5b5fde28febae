/**
 * The site's Content-Security-Policy and security headers, built from the built HTML:
 * every inline <script> and <style> the build emits is hashed (SHA-256), nothing is typed by hand.
 *
 * - `inventory(html)`: the inline scripts, styles, `style=""` attributes, event-handler attributes
 *   and `javascript:` URLs of a page, and where its policy <meta> sits;
 * - `buildPolicy(…)`, `serializePolicy(…)`: the directives, for the header and for the <meta>;
 * - `securityHeaders(policy)`: every header the site sends with its pages;
 * - `insertPolicyMeta(html, policy)`: the <meta http-equiv> fallback, first in <head>;
 * - `checkSite(headersFile, pages)`: what the build (and a test) verify on the result.
 *
 * Used by src/integrations/security-headers.ts (astro:build:done).
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { headerFor, headersFileLimits, parseHeadersFile } from './headers-file';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** `'sha256-…'`, as a CSP source expression. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs (or that CSP governs: import maps, speculation rules); JSON data blocks are not. */
const DATA_BLOCK = /^(application|text)\/(ld\+)?json$/i;

export interface PageInventory {
	/** Inline scripts' source text (empty ones skipped: a browser runs nothing, CSP is not consulted). */
	scripts: string[];
	/** Inline <style> elements' text. */
	styles: string[];
	/** Elements with a `style` attribute. */
	styleAttributes: number;
	/** `on…` event-handler attributes and `javascript:` URLs: no strict policy can allow them. */
	forbidden: string[];
	/** The policy <meta>s (content), and whether each comes before every script, style and stylesheet. */
	metas: { content: string; first: boolean }[];
}

function* walk(node: Node): Generator<Element> {
	if ('tagName' in node) yield node;
	const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
	for (const child of children) yield* walk(child);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');

export function inventory(html: string): PageInventory {
	const result: PageInventory = { scripts: [], styles: [], styleAttributes: 0, forbidden: [], metas: [] };
	let sawResource = false;
	for (const el of walk(parse(html))) {
		const tag = el.tagName;
		for (const { name, value } of el.attrs) {
			if (/^on[a-z]+$/i.test(name)) result.forbidden.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
			if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) {
				result.forbidden.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
			}
		}
		if (attr(el, 'style') !== undefined) result.styleAttributes++;
		if (tag === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
			result.metas.push({ content: attr(el, 'content') ?? '', first: !sawResource });
		}
		if (tag === 'script') {
			sawResource = true;
			const type = (attr(el, 'type') ?? '').trim();
			if (attr(el, 'src') === undefined && !DATA_BLOCK.test(type) && text(el) !== '') result.scripts.push(text(el));
		}
		if (tag === 'style') {
			sawResource = true;
			if (text(el) !== '') result.styles.push(text(el));
		}
		if (tag === 'link' && /\bstylesheet\b/i.test(attr(el, 'rel') ?? '')) sawResource = true;
	}
	return result;
}

/** A policy: directive name → source expressions, in order. */
export type Policy = [directive: string, sources: string[]][];

export interface PolicyInput {
	/** Every inline script and <style> of the site. */
	scripts: readonly string[];
	styles: readonly string[];
}

/**
 * The site's policy. Only what the site uses:
 * - scripts: our own files and the hashes of the inline scripts the build emitted; plus
 *   'wasm-unsafe-eval', which lets Pagefind (Starlight's search) compile its WebAssembly (it allows
 *   no JavaScript eval);
 * - styles: our own files and the hashes of the inline <style> elements; `style=""` attributes
 *   through style-src-attr only (Starlight sets icon sizes, sidebar depth and the search dialog's
 *   padding that way, Expressive Code its token colours and line width: custom properties in
 *   attributes, which cannot run script);
 * - images: our own files, and data: URLs (icons inlined in the CSS: Starlight's select caret,
 *   Expressive Code's copy button);
 * - nothing may embed the pages (frame-ancestors, header only), no plugins, no <base>, forms only here.
 */
export function buildPolicy({ scripts, styles }: PolicyInput): Policy {
	const hashes = (texts: readonly string[]) => [...new Set(texts.map(hashSource))].sort();
	return [
		['default-src', ["'self'"]],
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes(scripts)]],
		['style-src', ["'self'", ...hashes(styles)]],
		['style-src-attr', ["'unsafe-inline'"]],
		['img-src', ["'self'", 'data:']],
		['font-src', ["'self'"]],
		['connect-src', ["'self'"]],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
		['frame-ancestors', ["'none'"]],
	];
}

/** Directives a <meta> policy cannot carry (browsers ignore them there, with a console error). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function serializePolicy(policy: Policy, { meta = false } = {}): string {
	return policy
		.filter(([name]) => !meta || !HEADER_ONLY.has(name))
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');
}

export function parsePolicy(value: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of value.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		// The first occurrence of a directive wins (CSP3 §2.2.1).
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The headers every page gets, besides its media type. */
export function securityHeaders(policy: Policy): [string, string][] {
	return [
		['Content-Security-Policy', serializePolicy(policy)],
		// Two years, subdomains too: the site is only ever served over HTTPS.
		['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		// Nothing the site uses, except writing to the clipboard from our own pages (the copy-link buttons).
		[
			'Permissions-Policy',
			'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(self)',
		],
		['Cross-Origin-Opener-Policy', 'same-origin'],
		// For browsers without CSP frame-ancestors.
		['X-Frame-Options', 'DENY'],
	];
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * Puts the policy <meta> first in <head> (after `<meta charset>`, which must stay within the
 * first bytes): a <meta> policy only governs what the parser meets after it.
 */
export function insertPolicyMeta(html: string, policy: Policy): string {
	const document = parse(html, { sourceCodeLocationInfo: true });
	const htmlEl = document.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html');
	const head = htmlEl?.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'head');
	const headStart = head?.sourceCodeLocation?.startTag?.endOffset;
	if (!head || headStart === undefined) throw new Error('no <head> start tag to put the policy <meta> in');
	if (inventory(html).metas.length > 0) throw new Error('the page already has a Content-Security-Policy <meta>');
	const first = head.childNodes.find((n): n is Element => 'tagName' in n);
	const at = first && first.tagName === 'meta' && attr(first, 'charset') !== undefined ? first.sourceCodeLocation!.endOffset : headStart;
	const meta = `<meta http-equiv="content-security-policy" content="${escapeAttribute(serializePolicy(policy, { meta: true }))}">`;
	return html.slice(0, at) + meta + html.slice(at);
}

/** Pick the directive a browser uses for a kind of element, with CSP's fallbacks. */
function effective(directives: Map<string, string[]>, ...names: string[]): string[] | undefined {
	for (const name of names) {
		const sources = directives.get(name);
		if (sources) return sources;
	}
	return undefined;
}

export interface BuiltPage {
	/** The address the page is served at (`/`, `/add-account/`, `/404.html`). */
	path: string;
	html: string;
}

/**
 * Everything that would make a page break or weaken under the policy the `_headers` file gives
 * it: an inline script or <style> without its hash, an event-handler attribute, a script-src
 * with 'unsafe-inline' or 'unsafe-eval', a <meta> policy that differs from the header's or
 * comes after a script, a file a host would truncate. Empty when all is well.
 */
export function checkSite(headersFile: string, pages: readonly BuiltPage[]): string[] {
	const problems = headersFileLimits(headersFile);
	const rules = parseHeadersFile(headersFile);
	for (const { path, html } of pages) {
		const header = headerFor(rules, path, 'content-security-policy');
		if (!header) {
			problems.push(`${path}: no Content-Security-Policy header in _headers`);
			continue;
		}
		const directives = parsePolicy(header);
		const script = effective(directives, 'script-src', 'default-src') ?? [];
		for (const banned of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
			if (script.includes(banned)) problems.push(`${path}: script-src allows ${banned}`);
		}
		const scriptElem = effective(directives, 'script-src-elem', 'script-src', 'default-src') ?? [];
		const styleElem = effective(directives, 'style-src-elem', 'style-src', 'default-src') ?? [];
		const page = inventory(html);
		for (const code of page.scripts) {
			if (!scriptElem.includes(hashSource(code))) {
				problems.push(`${path}: no hash ${hashSource(code)} for the inline script ${JSON.stringify(code.trim().slice(0, 60))}…`);
			}
		}
		for (const code of page.styles) {
			if (!styleElem.includes(hashSource(code))) {
				problems.push(`${path}: no hash ${hashSource(code)} for the inline <style> ${JSON.stringify(code.trim().slice(0, 60))}…`);
			}
		}
		for (const what of page.forbidden) problems.push(`${path}: ${what} cannot run under the policy; use a bundled script`);
		if (page.metas.length > 1) problems.push(`${path}: ${page.metas.length} policy <meta>s`);
		for (const meta of page.metas) {
			if (!meta.first) problems.push(`${path}: the policy <meta> comes after a script or style, which it then does not govern`);
			const expected = [...directives].filter(([name]) => !HEADER_ONLY.has(name));
			if (serializePolicy(expected) !== serializePolicy([...parsePolicy(meta.content)])) {
				problems.push(`${path}: the policy <meta> differs from the Content-Security-Policy header`);
			}
		}
	}
	return problems;
}
