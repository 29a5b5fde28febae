/**
 * "Copy link" (guide-links.ts calls it on a click): copies the canonical address of a
 * place — this language, every current choice, the id; in the link index, the row's link — and
 * says so on the button and in the live region (words from the page: ChoicePrompts.astro).
 */
import { format, say, status } from './choices';

export async function copyLink(
	button: HTMLButtonElement,
	find: (name: string) => [string, string] | false | undefined,
	placeUrl: (page: string, id: string, choices: Record<string, string | null | undefined>) => string,
	prefix: string,
): Promise<void> {
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
}
