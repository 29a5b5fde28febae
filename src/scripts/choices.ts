/**
 * The choices script (bundled, runs after parsing). The pre-paint parts are inline:
 * choices-head.js decides every choice and exposes `window.mx`; choices-fill.js fills the pickers.
 * This module handles what happens after: a pick (applied, stored, written into the address and
 * into the links between the guide's pages, announced), a choice made in another tab (the
 * `storage` event), a page restored by Back/Forward from the back/forward cache, the notice for
 * an unknown `?param=` value and the one for a link that decided a value (with the way back).
 * Every applied value is stored (the head script stores what it applies): it is the reader's latest
 * explicit action, which the head script lets win over an older history entry's address on
 * Back/Forward and reload.
 */
/** One choice as the head script has it: id, URL parameter, storage key, values, derived attribute, this page's places. */
export type ChoiceData = [id: string, param: string, key: string, values: Record<string, string | 0>, derive: string, places: Record<string, string>];

interface Mx {
	choices: ChoiceData[];
	current: Record<string, string | null>;
	apply(c: ChoiceData, value: string | null | undefined): string | null;
	placeValue(c: ChoiceData, name: string): string | null;
	fill?(scope: ParentNode): void;
	/** Opens the tab of a step (choices-fill.js). */
	open?(id: string): void;
}

declare global {
	interface Window {
		mx: Mx;
	}
}

export const mx = window.mx;
const byId = (id?: string) => mx.choices.find((c) => c[0] === id)!;
const data = document.documentElement.dataset;
/** The live region, with the announcements' templates (ChoicePrompts.astro). */
export const status = document.querySelector<HTMLElement>('[data-choice-status]')!;
export const say = (text: string) => (status.textContent = text);
/** Fills `{name}` placeholders of a template the page gives. */
export const format = (template: string | null | undefined, values: Record<string, string>) =>
	(template ?? '').replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);

const store = (c: ChoiceData, value: string) => {
	try {
		localStorage.setItem(c[2], value);
	} catch {
		// Storage can throw (privacy modes, quota): the choice then lives in the address only.
	}
};

/** A value's name and group, from the page's list of values (<template id="choice-region">). */
function named(c: ChoiceData, value: string) {
	const option = document.querySelector<HTMLTemplateElement>(`#choice-${c[0]}`)?.content.querySelector<HTMLOptionElement>(`[value="${value}"]`);
	return { name: option?.text ?? value, group: (option?.parentNode as HTMLOptGroupElement | null)?.label ?? '' };
}

/** An address with every current choice in its parameters (none for a choice not made). */
export function withChoices(href: string): string {
	const url = new URL(href, location.href);
	for (const c of mx.choices) {
		const value = mx.current[c[0]];
		if (value) url.searchParams.set(c[1], value);
		else url.searchParams.delete(c[1]);
	}
	return url.href;
}

/**
 * Same-site links to the guide's other pages (not a #fragment of this page, not files such as the
 * settings downloads, not other sites, not the link index's own).
 */
const isGuideLink = (link: HTMLAnchorElement) =>
	link.origin === location.origin && !link.getAttribute('href')!.startsWith('#') && !/\.\w+$/.test(link.pathname) && !link.closest('[data-keep-href]');

/** Pickers, icons, names (the filler that ran before the first paint), the address and the links follow the choices. */
function sync(): void {
	mx.fill?.(document);
	history.replaceState(history.state, '', withChoices(location.href));
	document.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((link) => {
		if (isGuideLink(link)) link.href = withChoices(link.href);
	});
}

/**
 * Applies a value of a choice: `save` stores it (a pick, a link; not another tab's choice, which
 * is stored already), `notice` is the notice it leaves (`link`) or none.
 */
export function choose(c: ChoiceData, value: string, save = true, notice?: string): void {
	if (!mx.apply(c, value)) return;
	if (save) store(c, value);
	if (notice) data[`${c[0]}Notice`] = notice;
	else delete data[`${c[0]}Notice`];
	sync();
	say(format(status.getAttribute(`data-announce-${c[0]}`), named(c, value)));
}

/** The value a link's #id decided: the notice for it shows (generated rules), and is said. */
export const linked = (c: ChoiceData) =>
	say(document.querySelector(`.choice-link-notice[data-for="${c[0]}"][data-value="${mx.current[c[0]]}"] p`)?.textContent ?? '');

// The address says what is shown (sync): `?region=CA` → `ca`, an older entry's value → the current one, a stored choice added.
const query = new URLSearchParams(location.search);
for (const c of mx.choices) {
	const asked = query.get(c[1]);
	const echo = document.querySelector(`[data-choice-notice-value="${c[0]}"]`);
	if (echo && asked !== null) echo.textContent = asked.length > 40 ? `${asked.slice(0, 40)}…` : asked;
	if (data[`${c[0]}Notice`] === 'link') linked(c);
}
sync();

// The translation offer (Banner: a <dialog> at the bottom) shows on arrival from another site, and
// after a pick; not on every page of a visit.
if (!document.referrer.startsWith(location.origin)) data.offer = '';

document.addEventListener('change', (event) => {
	const select = event.target as HTMLSelectElement;
	if (!select.dataset.choice || !select.value) return;
	const c = byId(select.dataset.choice);
	// A pick offers the translation anew, even after the reader closed it (the `open` attribute, not
	// show(), which would take the focus), hidden for a frame first: a line it keeps never slides
	// (a layout shift) when the line above it comes or goes.
	delete data.offer;
	requestAnimationFrame(() =>
		requestAnimationFrame(() => {
			data.offer = '';
			document.querySelector('.translation-offers')?.setAttribute('open', '');
		}),
	);
	choose(c, select.value);
	// Chosen in a prompt, which is gone now: keep keyboard focus on the visible picker.
	if (!select.checkVisibility()) [...document.querySelectorAll<HTMLSelectElement>(`select[data-choice="${c[0]}"]`)].find((s) => s.checkVisibility())?.focus();
});
document.addEventListener('click', (event) => {
	const target = event.target as Element;
	// The link notice's buttons: another value (`outlook classic`), or closing it (`outlook`).
	const [id, value] = target.closest?.<HTMLElement>('[data-choice-set]')?.dataset.choiceSet?.split(' ') ?? [];
	if (value) choose(byId(id), value);
	else if (id) delete data[`${id}Notice`];
	// The translation offer keeps the place the reader is at.
	const offer = target.closest?.<HTMLAnchorElement>('a[data-keep-hash]');
	if (offer) offer.hash = location.hash;
});
// Another tab of the site made a choice: follow it (it is stored already).
addEventListener('storage', (event) => {
	const c = mx.choices.find((entry) => entry[2] === event.key);
	if (c && event.newValue && event.newValue !== mx.current[c[0]]) choose(c, event.newValue, false);
});
// The back/forward cache restores a page as it was: follow a choice made since.
addEventListener('pageshow', (event) => {
	if (!event.persisted) return;
	for (const c of mx.choices) {
		// (Reading cannot throw: the head script replaced a storage that throws.)
		const stored = localStorage.getItem(c[2]);
		if (stored && stored !== mx.current[c[0]]) choose(c, stored, false);
	}
});
