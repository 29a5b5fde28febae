/**
 * Links support agents paste into tickets (bundled, runs after parsing, after ./choices):
 * - a registered id opened on the wrong page goes to its page (in the page's language); an alias
 *   is rewritten to its canonical id; a step id opens its tab and scrolls it into view; an id of a
 *   place that belongs to a choice's value (a new-Outlook step) shows that value, and says so;
 * - choosing a step tab writes its id into the address (replaceState);
 * - "Copy link" buttons copy the canonical address: this language, every current choice, the id.
 */
import type { ClientPlaces } from '../links/places';
import { choose, format, linked, mx, say, status } from './choices';

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
	for (const c of mx.choices) if (choices[c[0]]) url.searchParams.set(c[1], choices[c[0]]!);
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
	for (const c of mx.choices) {
		const value = mx.placeValue(c, id);
		if (value && value !== mx.current[c[0]]) {
			choose(c, value, true, 'link');
			linked(c);
		}
	}
	// A step's tab opens (as before the first paint, choices-fill.js), then the place comes into view.
	mx.open?.(id);
	document.getElementById(id)?.scrollIntoView({ block: 'start' });
}

land();
addEventListener('hashchange', land);

// Choosing a step tab writes its id into the address. Starlight's tabs switch panels by toggling
// `hidden` (mouse and keyboard alike).
document.querySelectorAll('.step-tabs starlight-tabs').forEach((tabs) => {
	new MutationObserver(() => {
		// The step id of the selected tab.
		const step = tabs.querySelector(':scope > [role="tabpanel"]:not([hidden]) .step-anchor')?.id;
		if (step && location.hash !== `#${step}`) history.replaceState(history.state, '', `#${step}`);
	}).observe(tabs, { subtree: true, attributeFilter: ['hidden'] });
});

/**
 * "Copy link": the canonical address of a place — this language, every current choice, the id; in
 * the link index, the row's link — said on the button and in the live region (the page's words).
 */
document.addEventListener('click', async (event) => {
	const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy-link]');
	if (!button) return;
	const id = button.dataset.copyLink!;
	const [page] = find(id) || [location.pathname.slice(prefix.length)];
	// In the link index, the row's link (with the choices picked there); elsewhere, the reader's choices.
	const row = button.closest('[data-link-index] tr')?.querySelector<HTMLAnchorElement>('a[data-link-index-link]');
	const url = row ? row.href : placeUrl(page, id, mx.current);
	// Without a clipboard (permission refused), the failure is shown and announced with the link.
	const ok = await navigator.clipboard.writeText(url).then(
		() => true,
		() => false,
	);
	const label = button.querySelector<HTMLElement>('.copy-link-label')!;
	// The button's own words, kept from the first click (a second click may come while it says "Copied").
	const words = (label.dataset.words ??= label.textContent!);
	say(format(status.dataset[ok ? 'copied' : 'copyFailed'], { title: button.dataset.copyTitle!, url }));
	label.textContent = status.dataset[ok ? 'labelCopied' : 'labelFailed']!;
	button.dataset.copied = String(ok);
	setTimeout(() => {
		label.textContent = words;
		delete button.dataset.copied;
	}, 2000);
});
