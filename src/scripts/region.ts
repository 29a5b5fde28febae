/**
 * The region script (bundled, runs after parsing). The pre-paint parts are inline:
 * region-head.js decides the region and exposes `window.mxRegion`; region-fill.js fills the
 * pickers. This module handles a change of region, remembers the choice, keeps `?region=` in the
 * address bar and in links between the guide's pages, and announces changes.
 */
import { REGION_PARAM, REGION_STORAGE_KEY } from './region-keys';
// One bundle for all of the site's own behaviour.
import './guide-links';
import './search-label';

/** Set by the pre-paint script (src/scripts/region-head.js). */
interface MxRegion {
	apply(id: string | null): string | null;
	current: string | null;
}

declare global {
	interface Window {
		mxRegion?: MxRegion;
		/** Copies the page's region list into pickers and shows the current region (region-fill.js). */
		mxRegionFill?: (scope: ParentNode | null) => void;
	}
}

/** Longest part of an unknown `?region=` value echoed back in the notice. */
const MAX_ECHO = 40;

/** The raw `?region=` value (untrusted: only ever compared, or set as text). */
const param = () => new URLSearchParams(location.search).get(REGION_PARAM);

function read(): string | null {
	try {
		return localStorage.getItem(REGION_STORAGE_KEY);
	} catch {
		return null;
	}
}

function store(id: string): void {
	try {
		localStorage.setItem(REGION_STORAGE_KEY, id);
	} catch {
		// Storage can throw (privacy modes, quota): the choice then lives in the address only.
	}
}

/** Same-site links to the guide's pages (not files such as the settings downloads, not other sites). */
function isGuideLink(link: HTMLAnchorElement): boolean {
	return link.origin === location.origin && !/\.\w+$/.test(link.pathname) && !link.closest('[data-region-keep-href]');
}

function withRegion(href: string, id: string | null): string {
	const url = new URL(href, location.href);
	if (id) url.searchParams.set(REGION_PARAM, id);
	else url.searchParams.delete(REGION_PARAM);
	return url.href;
}

/** "Germany (Europe / Africa)", from the page's list of regions (ids are plain words). */
function regionLabel(id: string): string {
	const option = document.querySelector<HTMLTemplateElement>('#region-choices')?.content.querySelector<HTMLOptionElement>(`[value=${id}]`);
	return option ? `${option.text} (${(option.parentNode as HTMLOptGroupElement).label})` : id;
}

function syncPage(mx: MxRegion): void {
	const id = mx.current;
	// Pickers, flags, the region's name: the same filler that ran before the first paint.
	window.mxRegionFill?.(document);
	document.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((link) => {
		if (isGuideLink(link)) link.href = withRegion(link.href, id);
	});
}

function choose(mx: MxRegion, id: string): void {
	const chosen = mx.apply(id);
	if (!chosen) return;
	mx.current = chosen;
	store(chosen);
	delete document.documentElement.dataset.regionNotice;
	history.replaceState(history.state, '', withRegion(location.href, chosen));
	syncPage(mx);
	const status = document.querySelector('[data-region-status]');
	if (status) status.textContent = `Showing the settings for ${regionLabel(chosen)}.`;
}

function init(): void {
	const mx = window.mxRegion;
	if (!mx) return;
	const asked = param();
	if (mx.current) {
		store(mx.current);
		// Normalise the address (e.g. `?region=CA` → `?region=ca`) so a copied link is canonical.
		if (asked !== null && asked !== mx.current)
			history.replaceState(history.state, '', withRegion(location.href, mx.current));
	}
	const echo = document.querySelector('[data-region-notice-value]');
	if (echo && asked !== null) {
		echo.textContent = asked.length > MAX_ECHO ? `${asked.slice(0, MAX_ECHO)}…` : asked;
	}
	syncPage(mx);
	document.addEventListener('change', (event) => {
		const target = event.target;
		if (!(target instanceof HTMLSelectElement) || !target.matches('[data-region-select]') || !target.value) return;
		choose(mx, target.value);
		// Chosen in the prompt, which is gone now: keep keyboard focus on the visible picker.
		if (!target.checkVisibility()) {
			[...document.querySelectorAll<HTMLSelectElement>('[data-region-select]')].find((s) => s.checkVisibility())?.focus();
		}
	});
	// The back/forward cache restores a page as it was: follow a choice made since on another page.
	window.addEventListener('pageshow', (event) => {
		const stored = read();
		if (event.persisted && stored && stored !== mx.current) choose(mx, stored);
	});
}

init();
