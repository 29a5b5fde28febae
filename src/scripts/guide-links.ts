/**
 * Links support agents paste into tickets (bundled, runs after parsing, after ./choices):
 * - a registered id opened on the wrong page goes to its page (in the page's language); an alias
 *   is rewritten to its canonical id; a step id opens its tab and scrolls it into view; an id of a
 *   place that belongs to a choice's value (a new-Outlook step) shows that value, and says so;
 * - choosing a step tab writes its id into the address (replaceState);
 * - "Copy link" buttons copy the canonical address: this language, every current choice, the id.
 */
import type { ClientPlaces } from '../links/places';
import { choose, linked, status } from './choices';
import { copyLink } from './copy-link';

// The link registry as data in the page (ChoicePrompts.astro), not in the bundle: every id and alias → [page, canonical id].
const { names, codes } = JSON.parse(status.dataset.places!) as ClientPlaces;
/**
 * [page, canonical id] of a registered id or alias, or of an Outlook error code (`0x800ccc0e`;
 * any `0x` and eight letters or digits goes to the codes' page, a loose pattern that keeps the bundle small).
 */
// Own names only: a name from the address (`#constructor`) finds nothing.
const find = (name: string): [string, string] | false | undefined => (Object.hasOwn(names, name) ? names[name] : /^0x\w{8}$/.test(name) && [codes, name]);

/** This page's language as the start of its address (`/fr`; '' for English, the root). */
const prefix = status.dataset.langPrefix ?? '';

const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The address of a place in this page's language: this site, its page, the given choices (`{ region: 'ca' }`) and its id. */
export function placeUrl(page: string, id: string, choices: Record<string, string | null | undefined>): string {
	const url = new URL(prefix + page, location.origin);
	for (const c of window.mx.choices) if (choices[c[0]]) url.searchParams.set(c[1], choices[c[0]]!);
	url.hash = id;
	return url.href;
}

/** Lands the current #fragment: wrong page → its page; alias → canonical; another value's place → that value; step → its tab. */
function land(): void {
	let name: string;
	try {
		name = decodeURIComponent(location.hash.slice(1));
	} catch {
		return;
	}
	const entry = find(name);
	if (!entry) return;
	const [page, id] = entry;
	if (normalise(location.pathname) !== prefix + page) {
		location.replace(`${prefix}${page}${location.search}#${id}`);
		return;
	}
	if (id !== name) history.replaceState(history.state, '', `#${id}`);
	// A link's intent wins: the place's value of each choice is shown (the head script did so on load).
	for (const c of window.mx.choices) {
		const value = window.mx.placeValue(c, id);
		if (value && value !== window.mx.current[c[0]]) {
			choose(c, value, true, 'link');
			linked(c);
		}
	}
	// A step's tab opens (as before the first paint, choices-fill.js), then the place comes into view.
	window.mx.open?.(id);
	document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

/** The step id of the selected tab of a step-tabs block. */
function selectedStep(tabs: Element): string | null {
	const panel = tabs.querySelector(':scope > [role="tabpanel"]:not([hidden])');
	return panel?.querySelector('.step-anchor')?.id ?? null;
}

function watchStepTabs(): void {
	// Starlight's tabs switch panels by toggling `hidden` (mouse and keyboard alike).
	document.querySelectorAll('.step-tabs starlight-tabs').forEach((tabs) => {
		new MutationObserver(() => {
			const step = selectedStep(tabs);
			if (step && location.hash !== `#${step}`) history.replaceState(history.state, '', `#${step}`);
		}).observe(tabs, { subtree: true, attributeFilter: ['hidden'] });
	});
}

function watchCopyButtons(): void {
	document.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy-link]');
		if (button) void copyLink(button, find, placeUrl, prefix);
	});
}

land();
addEventListener('hashchange', land);
watchStepTabs();
watchCopyButtons();
