// @ts-nocheck -- plain script, minified into an inline <script> by ChoiceTemplates.astro.
/**
 * Before the first paint, as the parser adds them:
 * - fills every choice's pickers (`select[data-choice="region"]`) from the page's one
 *   <template id="choice-region"> (so each list is in the page once) and selects the current value;
 * - shows the current value's icon, name or group where an element asks for it
 *   (`data-fill="region icon"`, `"region name"`, `"region group"`);
 * - opens the step tab that the address names (`#step-4-pop`), like Starlight's synced tabs.
 * Elements parsed after this script are handled as the parser adds them (a MutationObserver
 * runs before the next paint), so no frame shows an empty picker or the wrong tab.
 */
(function () {
	var mx = window.mx;
	/** The <option> of a choice's current value, or null. */
	function chosen(id) {
		var tpl = document.getElementById('choice-' + id);
		return tpl && mx.current[id] ? tpl.content.querySelector('option[value="' + mx.current[id] + '"]') : null;
	}
	function fill(scope) {
		scope.querySelectorAll('select[data-choice]').forEach(function (select) {
			var id = select.dataset.choice;
			if (!select.options.length) select.append(document.getElementById('choice-' + id).content.cloneNode(true));
			select.value = mx.current[id] || '';
		});
		// Writes only what differs: the observer below sees our own writes too.
		scope.querySelectorAll('[data-fill]').forEach(function (el) {
			var what = el.dataset.fill.split(' ');
			var option = chosen(what[0]);
			if (what[1] == 'icon') {
				if (option && el.getAttribute('src') != option.dataset.icon) el.src = option.dataset.icon;
				return;
			}
			var text = !option ? '' : what[1] == 'name' ? option.textContent : option.parentNode.label || '';
			if (el.textContent != text) el.textContent = text;
		});
	}
	/** Opens the tab of the step `id` names, as Starlight's tabs do (also used by guide-links.ts). */
	function openStep(id) {
		var anchor = id && document.getElementById(id);
		var panel = anchor && anchor.closest('[data-step-tabs] [role="tabpanel"]');
		if (!panel || !panel.hidden) return;
		var tabs = panel.parentNode;
		var links = tabs.querySelectorAll('[role="tab"]');
		tabs.querySelectorAll(':scope > [role="tabpanel"]').forEach(function (p, i) {
			var on = p === panel;
			p.hidden = !on;
			links[i].setAttribute('aria-selected', on);
			if (on) links[i].removeAttribute('tabindex');
			else links[i].setAttribute('tabindex', -1);
		});
	}
	var watcher = new MutationObserver(function () {
		fill(document);
		openStep(mx.hash);
	});
	watcher.observe(document, { childList: true, subtree: true });
	document.addEventListener('DOMContentLoaded', function () {
		watcher.disconnect();
		fill(document);
	});
	mx.fill = fill;
	mx.open = openStep;
})();
