// @ts-nocheck -- plain ES5-style script, minified into an inline <script> by RegionHead.astro.
/**
 * Runs in <head>, before the first paint: decides the region (`?region=` wins, then the stored
 * choice) and marks <html> (`data-region`, `data-zone`, `data-region-state`); the stylesheet
 * generated from the settings module (src/styles/region-visibility.ts) then hides every other
 * zone's and region's values. It writes no CSS and no HTML (the Content-Security-Policy allows
 * neither). Exposes `window.mxRegion` for the bundled region script (src/scripts/region.ts).
 *
 * @param {Record<string, string>} zoneOf region id → zone id (from the settings module)
 * @param {string} key localStorage key
 */
(function (zoneOf, key) {
	var data = document.documentElement.dataset;
	// Storage that throws (privacy modes) would break this and Starlight's own scripts: keep the
	// choice in memory for this page view instead (getItem and setItem are all they use).
	try {
		localStorage.getItem(key);
	} catch (e) {
		var memory = {};
		try {
			Object.defineProperty(window, 'localStorage', {
				configurable: true,
				value: {
					getItem: function (k) {
						return Object.hasOwn(memory, k) ? memory[k] : null;
					},
					setItem: function (k, v) {
						memory[k] = String(v);
					},
				},
			});
		} catch (e2) {}
	}
	function apply(id) {
		var zone = Object.hasOwn(zoneOf, id) ? zoneOf[id] : null;
		data.regionState = zone ? 'chosen' : 'none';
		// Only known ids (keys of zoneOf) ever reach an attribute.
		if (zone) {
			data.region = id;
			data.zone = zone;
		} else {
			delete data.region;
			delete data.zone;
		}
		return zone ? id : null;
	}
	var param = new URLSearchParams(location.search).get('region');
	var id = null;
	if (param !== null) {
		id = param.trim().toLowerCase();
		if (!Object.hasOwn(zoneOf, id)) data.regionNotice = 'unknown';
	} else {
		try {
			id = localStorage.getItem(key);
		} catch (e) {}
	}
	window.mxRegion = { apply: apply, current: apply(id) };
});
