/**
 * Starlight's search button shows "Search" and a "Ctrl K" hint but is named "Search": WCAG 2.5.3
 * (axe label-content-name-mismatch) wants the visible words in the name. Name it "Search Ctrl K"
 * and separate the words, which the compressed markup runs together ("SearchCtrlK"); the spaces
 * do not render in the flex box. Runs after Starlight's own script has set the platform's key.
 */
document.querySelectorAll<HTMLButtonElement>('button[data-open-modal]').forEach((button) => {
	const keys = [...button.querySelectorAll(':scope > kbd > kbd')];
	if (!keys.length) return;
	for (const word of button.querySelectorAll(':scope > span, :scope > kbd > kbd')) word.after(' ');
	button.setAttribute('aria-label', `${button.getAttribute('aria-label')} ${keys.map((k) => k.textContent).join(' ')}`);
});
