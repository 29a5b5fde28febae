/**
 * The rules of a `_headers` file as nginx and Apache configuration, for hosts that do not read
 * `_headers` (`npm run headers -- nginx` or `-- apache`, after a build: scripts/server-headers.ts).
 *
 * - The `/*` rule (the policy and security headers of every response) becomes server-wide lines.
 * - Any other path rule becomes a regex location; a `Content-Type` there becomes the media type
 *   of the files (nginx `default_type` with empty `types`, Apache `ForceType`), not a second
 *   header. nginx drops the server's `add_header` lines in a location that has its own, so each
 *   location repeats them.
 * - Absolute-URL rules (host-specific) are left out, with a comment.
 */
import { parseHeadersFile, pathPatternSource, type HeaderRule } from './headers-file';

/** A double-quoted value (header values hold no backslash or double quote; refused if one does). */
const quote = (value: string) => {
	if (/["\\]/.test(value)) throw new Error(`server-config: cannot quote ${value}`);
	return `"${value}"`;
};
/** A location regex, unquoted for nginx (backslashes stay as they are; no spaces, braces or semicolons). */
const regex = (pattern: string) => {
	const source = pathPatternSource(pattern);
	if (/[\s{};"]/.test(source)) throw new Error(`server-config: cannot write ${pattern} as a location`);
	return source;
};
const isType = (name: string) => name.toLowerCase() === 'content-type';

function split(text: string) {
	const rules = parseHeadersFile(text);
	const everywhere = rules.filter((rule) => rule.pattern === '/*');
	const paths = rules.filter((rule) => rule.pattern !== '/*' && rule.pattern.startsWith('/'));
	const skipped = rules.filter((rule) => !rule.pattern.startsWith('/'));
	return { global: everywhere.flatMap((rule) => rule.headers), paths, skipped };
}

const header = 'Generated from dist/_headers: regenerate after every build (the policy holds hashes of the built inline scripts).';
const skippedNote = (skipped: HeaderRule[]) => skipped.map((rule) => `# Left out (host-specific rule): ${rule.pattern}`);

export function toNginx(text: string): string {
	const { global, paths, skipped } = split(text);
	const addHeaders = (indent: string) => global.map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
	const lines = [`# ${header}`, '# In the server { } block:', ...addHeaders('')];
	for (const rule of paths) {
		lines.push('', `# ${rule.pattern}`, `location ~ ${regex(rule.pattern)} {`);
		for (const [name, value] of rule.headers) {
			if (isType(name)) lines.push(`\ttypes { }`, `\tdefault_type ${quote(value)};`);
			else lines.push(`\tadd_header ${name} ${quote(value)} always;`);
		}
		lines.push(`\t# nginx drops the server's add_header lines where a location has its own: repeated here.`, ...addHeaders('\t'), '}');
	}
	return [...lines, ...skippedNote(skipped)].join('\n') + '\n';
}

export function toApache(text: string): string {
	const { global, paths, skipped } = split(text);
	const lines = [`# ${header}`, '# In the <VirtualHost> (needs mod_headers):', ...global.map(([name, value]) => `Header always set ${name} ${quote(value)}`)];
	for (const rule of paths) {
		lines.push('', `# ${rule.pattern}`, `<LocationMatch "${regex(rule.pattern)}">`);
		for (const [name, value] of rule.headers) {
			lines.push(isType(name) ? `\tForceType ${quote(value)}` : `\tHeader always set ${name} ${quote(value)}`);
		}
		lines.push('</LocationMatch>');
	}
	return [...lines, ...skippedNote(skipped)].join('\n') + '\n';
}
