/**
 * The `_headers` file of Cloudflare Pages and Netlify (and hosts that copy them): parse it, and
 * find the headers a response to a given address gets, with the same rules those hosts apply.
 *
 * ```
 * # comment
 * /settings/*.mobileconfig
 *   Content-Type: application/x-apple-aspen-config
 * /:page/print
 *   ! X-Robots-Tag
 * ```
 *
 * - A line that starts at column 0 is an address pattern: a path (`/…`), or an absolute URL
 *   (`https://host/…`, matched on host and path; scheme and port are ignored).
 * - `*` (one per pattern, "splat") matches any characters, `/` included; `:name` (a letter, then
 *   letters, digits, `_`) matches one or more characters up to the next `/` (in a host: `.`).
 *   Everything else is literal and case-sensitive. The query string is not part of the match.
 * - An indented `Name: value` line attaches a header to the pattern above; an indented `! Name`
 *   detaches a header that an earlier matching rule attached.
 * - A response gets the headers of every matching rule, top to bottom; the same header from
 *   several rules is sent once, with the values joined by `, `.
 *
 * Used by the build (src/integrations/security-headers.ts), by the test server
 * (tests/e2e/global-setup.ts) and by `npm run headers` (scripts/server-headers.ts).
 */

export interface HeaderRule {
	/** The address pattern, as written. */
	pattern: string;
	/** Headers attached, in file order (names as written). */
	headers: [name: string, value: string][];
	/** Header names detached (`! Name`). */
	detach: string[];
	/** 1-based line of the pattern. */
	line: number;
}

/** Cloudflare Pages' documented limits (Netlify has none lower). */
export const HEADERS_FILE_LIMITS = { rules: 100, lineLength: 2000 } as const;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Parses a `_headers` file; a malformed line throws, naming its line number. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	const lines = text.split(/\r?\n/);
	lines.forEach((raw, index) => {
		const line = index + 1;
		const trimmed = raw.trim();
		if (trimmed === '' || trimmed.startsWith('#')) return;
		const fail = (why: string): never => {
			throw new Error(`_headers line ${line}: ${why}: ${JSON.stringify(raw)}`);
		};
		if (!/^\s/.test(raw)) {
			if (!trimmed.startsWith('/') && !trimmed.startsWith('https://')) fail('an address pattern must start with / or https://');
			if (/\s/.test(trimmed)) fail('an address pattern has no spaces');
			if ((trimmed.match(/\*/g) ?? []).length > 1) fail('one splat (*) per pattern');
			try {
				compile(trimmed); // Validates placeholders.
			} catch (error) {
				fail((error as Error).message.replace(/^_headers: /, ''));
			}
			rules.push({ pattern: trimmed, headers: [], detach: [], line });
			return;
		}
		const rule = rules.at(-1) ?? fail('a header before any address pattern');
		if (trimmed.startsWith('!')) {
			const name = trimmed.slice(1).trim();
			if (!HEADER_NAME.test(name)) fail('not a header name');
			rule.detach.push(name);
			return;
		}
		const colon = trimmed.indexOf(':');
		if (colon <= 0) fail('expected "Name: value"');
		const name = trimmed.slice(0, colon).trim();
		const value = trimmed.slice(colon + 1).trim();
		if (!HEADER_NAME.test(name)) fail('not a header name');
		if (value === '') fail('empty header value');
		rule.headers.push([name, value]);
	});
	return rules;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern as a regular expression over `host + path` (absolute) or `path` (relative). */
function compile(pattern: string): { absolute: boolean; regexp: RegExp; source: string } {
	const absolute = pattern.startsWith('https://');
	const body = absolute ? pattern.slice('https://'.length) : pattern;
	const slash = absolute ? body.indexOf('/') : 0;
	const host = absolute ? (slash === -1 ? body : body.slice(0, slash)) : '';
	const path = absolute ? (slash === -1 ? '/' : body.slice(slash)) : body;
	const names = new Set<string>();
	const part = (text: string, delimiter: string) =>
		text
			.split(/(\*|:[A-Za-z]\w*)/)
			.map((token) => {
				if (token === '*') return '(.*)';
				if (token.startsWith(':') && /^:[A-Za-z]\w*$/.test(token)) {
					if (names.has(token)) throw new Error(`_headers: placeholder ${token} used twice in ${pattern}`);
					names.add(token);
					return `([^${escapeRegExp(delimiter)}]+)`;
				}
				return escapeRegExp(token);
			})
			.join('');
	const source = absolute ? `${part(host, '.')}(?::\\d+)?${part(path, '/')}` : part(path, '/');
	return { absolute, regexp: new RegExp(`^${source}$`), source: `^${source}$` };
}

/** A path pattern as the source of an anchored regular expression (for nginx and Apache). */
export function pathPatternSource(pattern: string): string {
	if (!pattern.startsWith('/')) throw new Error(`_headers: ${pattern} is not a path pattern`);
	return compile(pattern).source;
}

/** Does the pattern match this address (`/path` or a full URL)? */
export function matches(pattern: string, address: string | URL): boolean {
	const url = new URL(address, 'https://host.invalid');
	const { absolute, regexp } = compile(pattern);
	return regexp.test(absolute ? url.host + url.pathname : url.pathname);
}

/**
 * The headers a response to `address` gets: every matching rule, top to bottom; repeated
 * headers joined with `, `; `! Name` removes what earlier rules attached. Names keep the case of
 * their first appearance; compare them case-insensitively.
 */
export function headersFor(rules: readonly HeaderRule[], address: string | URL): [name: string, value: string][] {
	const result = new Map<string, [string, string]>();
	for (const rule of rules) {
		if (!matches(rule.pattern, address)) continue;
		for (const name of rule.detach) result.delete(name.toLowerCase());
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const existing = result.get(key);
			result.set(key, existing ? [existing[0], `${existing[1]}, ${value}`] : [name, value]);
		}
	}
	return [...result.values()];
}

/** One header's value for `address`, or undefined (name compared case-insensitively). */
export function headerFor(rules: readonly HeaderRule[], address: string | URL, name: string): string | undefined {
	return headersFor(rules, address).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}

/** Writes rules back in the file format (two-space indent), with optional comment lines first. */
export function formatRule(pattern: string, headers: readonly (readonly [string, string])[], comments: string[] = []): string {
	return [...comments.map((c) => `# ${c}`), pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n') + '\n';
}

/** Problems a host would have with the file: too many rules, lines too long. */
export function headersFileLimits(text: string): string[] {
	const problems: string[] = [];
	const rules = parseHeadersFile(text);
	if (rules.length > HEADERS_FILE_LIMITS.rules) {
		problems.push(`_headers has ${rules.length} rules; Cloudflare Pages reads at most ${HEADERS_FILE_LIMITS.rules}`);
	}
	text.split(/\r?\n/).forEach((line, index) => {
		if (line.length > HEADERS_FILE_LIMITS.lineLength) {
			problems.push(`_headers line ${index + 1} has ${line.length} characters; Cloudflare Pages reads at most ${HEADERS_FILE_LIMITS.lineLength}`);
		}
	});
	return problems;
}
