// @ts-nocheck -- plain script, minified into an inline <script> by RegionChoices.astro.
/**
 * Before the first paint, as the parser adds them:
 * - opens the step tab that the address names (`#step-4-pop`), like Starlight's synced tabs;
 * - fills the region pickers from the page's one <template id="region-choices"> (so the list of
 * regions is in the page once) and shows the current region's flag, name and zone. Pickers parsed
 * after this script are filled as the parser adds them (a MutationObserver runs before the next
 * paint), so no frame shows an empty picker.
 */
(function () {
	var tpl = document.getElementById('region-choices');
	// Writes only what differs: the observer below sees our own writes too.
	function set(el, key, value) {
		if (el[key] !== value) el[key] = value;
	}
	function fill(scope) {
		var current = (window.mxRegion && window.mxRegion.current) || '';
		var chosen = current && tpl.content.querySelector('option[value="' + current + '"]');
		scope.querySelectorAll('[data-region-select]').forEach(function (select) {
			if (!select.options.length) select.append(tpl.content.cloneNode(true));
			select.value = current;
		});
		scope.querySelectorAll('[data-region-flag]').forEach(function (img) {
			if (chosen && img.getAttribute('src') !== chosen.dataset.flag) img.src = chosen.dataset.flag;
		});
		scope.querySelectorAll('[data-region-name]').forEach(function (el) {
			set(el, 'textContent', chosen ? chosen.textContent : '');
		});
		scope.querySelectorAll('[data-region-zone]').forEach(function (el) {
			set(el, 'textContent', chosen ? chosen.parentNode.label : '');
		});
	}
	var step = document.getElementById.bind(document, decodeURIComponent(location.hash.slice(1)));
	function openStep() {
		var anchor = step();
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
	window.mxRegionFill = fill;
})();
