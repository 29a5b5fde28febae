/**
 * The CSS that shows the reader's choices, generated at build time from the choices
 * (src/choices/choices.ts) and the link registry, and served as part of the site's stylesheet
 * (virtual module `virtual:mxplan/choice-visibility.css`, src/integrations/choice-visibility.ts).
 * The pre-paint script (src/scripts/choices-head.js) only sets `data-region`, `data-zone`,
 * `data-outlook`… on <html>; these rules do the hiding, so no script writes CSS (the
 * Content-Security-Policy allows no runtime-written styles).
 *
 * For each attribute (a choice, or a value derived from one: the region's zone), and each value:
 * - a stacked variant (`.zv`, `.rv`: variants sharing one grid cell, so a switch never moves the
 *   page) tagged for other values (`data-zones`, `data-regions`): invisible, still in place;
 * - any other element tagged for other values (`data-outlooks="new"`, a region's translation
 *   offer): out of the layout;
 * - a table-of-contents entry of a place that belongs to another value: out of the layout;
 * and, for each choice, its prompt, notices, variant labels, printed line and skip link by its state.
 *
 * In the `mxplan` layer with `!important`, so no author rule can show another value's variant.
 */

/** Ids are plain lower-case words (the schemas say so); checked again here, as they go into selectors. */
const PLAIN_ID = /^[a-z0-9][a-z0-9-]*$/;

function plain(kind: string, id: string): string {
	if (!PLAIN_ID.test(id)) throw new Error(`choice-visibility: ${kind} "${id}" is not a plain lower-case word`);
	return id;
}

export interface VisibilityInput {
	/** The choices' ids: their prompts, notices, labels and printed lines follow their state. */
	choices: readonly string[];
	/** Each attribute and its values: `{ zone: ['eu', 'ca', 'apac'], region: […], outlook: ['classic', 'new'] }`. */
	attributes: Record<string, readonly string[]>;
	/** Places that belong to one value of an attribute: their table-of-contents entries follow it. */
	places: ReadonlyArray<{ id: string; only: Record<string, string> }>;
}

const STACKED = ':is(.zv, .rv)';
const TOC = ':is(starlight-toc, mobile-starlight-toc)';

/** What follows a choice's state (`data-<id>-state`, `data-<id>-notice`): base rules in region.css hide the notices. */
function stateRules(id: string, values: readonly string[]): string[] {
	const c = plain('choice', id);
	const chosen = `:root[data-${c}-state="chosen"]`;
	const none = `:root[data-${c}-state="none"]`;
	const me = `[data-for="${c}"]`;
	return [
		`${chosen} :is(.choice-prompt, .variant-label, .when-none)${me}, :root:not([data-${c}-state="chosen"]) .when-chosen${me} { display: none !important; }`,
		`:root[data-${c}-notice="unknown"] .choice-notice${me} { display: block; }`,
		...values.map((v) => `:root[data-${c}-notice="link"][data-${c}="${plain('value', v)}"] .choice-link-notice${me}[data-value="${v}"] { display: flex; }`),
		`${none} .choice-skip-link[data-pending~="${c}"] { display: block; }`,
		`${none}:has(.choice-skip-link[data-pending~="${c}"]) .sl-skip-link:not(.choice-skip-link) { display: none; }`,
	];
}

export function choiceVisibilityCss({ choices, attributes, places }: VisibilityInput): string {
	const rules: string[] = choices.flatMap((id) => stateRules(id, attributes[id] ?? []));
	for (const [attribute, values] of Object.entries(attributes)) {
		const a = plain('attribute', attribute);
		if (values.length === 0) throw new Error(`choice-visibility: "${attribute}" has no values`);
		for (const value of values) {
			const v = plain(`${attribute} value`, value);
			const root = `:root[data-${a}="${v}"]`;
			const other = `[data-${a}s]:not([data-${a}s~="${v}"])`;
			rules.push(`${root} ${STACKED}${other} { visibility: hidden !important; }`);
			rules.push(`${root} ${other}:not(${STACKED}) { display: none !important; }`);
			const elsewhere = places.filter((place) => Object.hasOwn(place.only, attribute) && place.only[attribute] !== value);
			if (elsewhere.length) {
				const links = elsewhere.map((place) => `li:has(> a[href$="#${plain('place id', place.id)}"])`).join(', ');
				rules.push(`${root} ${TOC} :is(${links}) { display: none !important; }`);
			}
		}
	}
	return `/* Generated from src/choices/choices.ts and the link registry by src/styles/choice-visibility.ts. */\n@layer starlight, mxplan;\n@layer mxplan {\n${rules.join('\n')}\n}\n`;
}
