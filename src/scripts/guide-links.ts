/**
 * Links support agents paste into tickets (bundled, runs after parsing, after ./choices):
 * - a registered id opened on the wrong page goes to its page (in the page's language); an alias
 *   is rewritten to its canonical id; a step id opens its tab and scrolls it into view; an id of a
 *   place that belongs to a choice's value (a new-Outlook step) shows that value, and says so;
 * - choosing a step tab writes its id into the address (replaceState);
 * - "Copy link" buttons copy the canonical address: this language, every current choice, the id.
 */
import type { ClientPlaces } from '../links/places';
import { choose, format, linked, say, status } from './choices';

/** Set at build time from the link registry (see src/integrations/guide-links.ts). */
declare const __GUIDE_PLACES__: ClientPlaces;

/** Every id and alias → [page, canonical id]. */
// No prototype: a name from the address (`#constructor`) finds nothing.
const places: Record<string, [string, string]> = Object.create(null);
// One reference to the constant: the bundler writes it out in full at each one.
const { pages, aliases, codes } = __GUIDE_PLACES__;
for (const [page, ids] of Object.entries(pages)) for (const id of ids) places[id] = [page, id];
for (const [alias, id] of Object.entries(aliases)) places[alias] = [places[id]![0], id];
/**
 * [page, canonical id] of a registered id or alias, or of an Outlook error code (`0x800ccc0e`;
 * any `0x` and eight letters or digits goes to the codes' page, a loose pattern that keeps the bundle small).
 */
const find = (name: string): [string, string] | false | undefined => places[name] ?? (/^0x\w{8}$/.test(name) && [codes, name]);

/** This page's language as the start of its address (`/fr`; '' for English, the root). */
const prefix = status.dataset.langPrefix ?? '';

/** Starlight's tabs element (user-components/Tabs.astro): the one method we call. */
type StarlightTabs = HTMLElement & {
	switchTab(tab: HTMLAnchorElement | undefined, index: number, shouldSync?: boolean): void;
};

const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The address of a place in this page's language: this site, its page, the given choices (`{ region: 'ca' }`) and its id. */
export function placeUrl(page: string, id: string, choices: Record<string, string | null | undefined>): string {
	const url = new URL(prefix + page, location.origin);
	for (const c of window.mx.choices) if (choices[c[0]]) url.searchParams.set(c[1], choices[c[0]]!);
	url.hash = id;
	return url.href;
}

function openStep(anchor: HTMLElement, scroll: boolean): void {
	const panel = anchor.closest<HTMLElement>('[role="tabpanel"]');
	const tabs = anchor.closest<StarlightTabs>('starlight-tabs');
	if (!panel || !tabs) return;
	const index = [...tabs.querySelectorAll(':scope > [role="tabpanel"]')].indexOf(panel);
	const tab = tabs.querySelectorAll<HTMLAnchorElement>('[role="tab"]')[index];
	// Starlight's tabs element may not be defined yet when this runs at load.
	void customElements.whenDefined('starlight-tabs').then(() => {
		if (tab && tab.getAttribute('aria-selected') !== 'true') tabs.switchTab(tab, index, false);
		if (scroll) anchor.scrollIntoView({ block: 'start' });
	});
}

/** Lands the current #fragment: wrong page → its page; alias → canonical; another value's place → that value; step → its tab. */
function land(scroll: boolean): void {
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
		const before = window.mx.current[c[0]];
		if (value && value !== before) {
			choose(c, value, true, 'link');
			linked(c, before);
		}
	}
	const target = document.getElementById(id);
	if (!target) return;
	if (target.classList.contains('step-anchor')) openStep(target, scroll);
	else if (scroll || id !== name) target.scrollIntoView({ block: 'start' });
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
	document.addEventListener('click', async (event) => {
		const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy-link]');
		if (!button) return;
		const id = button.dataset.copyLink!;
		const [page] = find(id) || [location.pathname.slice(prefix.length)];
		// In the link index, the row's link (with the choices picked there); elsewhere, the reader's choices.
		const row = button.closest('[data-link-index] tr')?.querySelector<HTMLAnchorElement>('a[data-link-index-link]');
		const url = row ? row.href : placeUrl(page, id, window.mx.current);
		// Without a clipboard (permission refused), the failure is shown and announced with the link.
		const ok = await navigator.clipboard.writeText(url).then(
			() => true,
			() => false,
		);
		const label = button.querySelector('.copy-link-label')!;
		const words = label.textContent;
		say(format(status.dataset[ok ? 'copied' : 'copyFailed'], { title: button.dataset.copyTitle!, url }));
		label.textContent = status.dataset[ok ? 'labelCopied' : 'labelFailed']!;
		button.dataset.copied = String(ok);
		setTimeout(() => {
			label.textContent = words;
			delete button.dataset.copied;
		}, 2000);
	});
}

/**
 * The link index (/links/): links start with no choice (the customer's region is rarely the
 * agent's own); picking one there rewrites them. A place that belongs to a value (a new-Outlook
 * step) carries that value whatever is picked. The text shows path, parameters and id; the copy
 * buttons copy the absolute address.
 */
function watchLinkIndex(): void {
	document.querySelectorAll<HTMLElement>('[data-link-index]').forEach((index) => {
		const pickers = [...index.querySelectorAll<HTMLSelectElement>('select[data-link-index-choice]')];
		for (const select of pickers) select.value = '';
		index.addEventListener('change', () => {
			const picked = Object.fromEntries(pickers.map((select) => [select.dataset.linkIndexChoice!, select.value]));
			index.querySelectorAll<HTMLAnchorElement>('[data-link-index-link]').forEach((link) => {
				const url = new URL(placeUrl(link.dataset.page!, link.dataset.id!, { ...picked, ...JSON.parse(link.dataset.only || '{}') }));
				link.href = url.href;
				link.textContent = `${url.pathname}${url.search}${url.hash}`;
			});
		});
	});
}

land(true);
watchLinkIndex();
addEventListener('hashchange', () => land(true));
watchStepTabs();
watchCopyButtons();
