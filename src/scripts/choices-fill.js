// @ts-nocheck -- plain script, minified into an inline <script> by ChoiceTemplates.astro.
/**
 * Before the first paint, as the parser adds them:
 * - fills every choice's pickers (`select[data-choice="region"]`) from the page's one
 *   <template id="choice-region"> (so each list is in the page once), selects the current value,
 *   and shows its icon, name and group (`[data-choice-icon|name|group="region"]`);
 * - opens the step tab that the address names (`#step-4-pop`), like Starlight's synced tabs.
 * Elements parsed after this script are handled as the parser adds them (a MutationObserver
 * runs before the next paint), so no frame shows an empty picker or the wrong tab.
 */
(function () {
	// Writes only what differs: the observer below sees our own writes too.
	function set(el, key, value) {
		if (el[key] !== value) el[key] = value;
	}
	function fill(scope) {
		window.mx.choices.forEach(function (c) {
			var id = c[0];
			var tpl = document.getElementById('choice-' + id);
			if (!tpl) return;
			var current = window.mx.current[id] || '';
			var chosen = current && tpl.content.querySelector('option[value="' + current + '"]');
			scope.querySelectorAll('select[data-choice="' + id + '"]').forEach(function (select) {
				if (!select.options.length) select.append(tpl.content.cloneNode(true));
				select.value = current;
			});
			scope.querySelectorAll('[data-choice-icon="' + id + '"]').forEach(function (img) {
				if (chosen && img.getAttribute('src') !== chosen.dataset.icon) img.src = chosen.dataset.icon;
			});
			scope.querySelectorAll('[data-choice-name="' + id + '"]').forEach(function (el) {
				set(el, 'textContent', chosen ? chosen.textContent : '');
			});
			scope.querySelectorAll('[data-choice-group="' + id + '"]').forEach(function (el) {
				set(el, 'textContent', chosen && chosen.parentNode.label ? chosen.parentNode.label : '');
			});
		});
	}
	var name = '';
	try {
		name = decodeURIComponent(location.hash.slice(1));
	} catch (e) {}
	function openStep() {
		var anchor = name && document.getElementById(name);
		var panel = anchor && anchor.closest('[data-step-tabs] [role="tabpanel"]');
		if (!panel || !panel.hidden) return;
		var tabs = panel.parentNode;
		var panels = tabs.querySelectorAll(':scope > [role="tabpanel"]');
		var links = tabs.querySelectorAll('[role="tab"]');
		panels.forEach(function (p, i) {
			var on = p === panel;
			p.hidden = !on;
			links[i].setAttribute('aria-selected', on);
			if (on) links[i].removeAttribute('tabindex');
			else links[i].setAttribute('tabindex', -1);
		});
	}
	var watcher = new MutationObserver(function () {
		fill(document);
		openStep();
	});
	watcher.observe(document, { childList: true, subtree: true });
	document.addEventListener('DOMContentLoaded', function () {
		watcher.disconnect();
		fill(document);
	});
	window.mx.fill = fill;
})();
