// @ts-nocheck -- plain script, minified into an inline <script> by ChoiceHead.astro.
/**
 * Runs in <head>, before the first paint: decides every reader choice (src/choices/choices.ts)
 * and marks <html>: `data-<choice>` (only a known value ever reaches an attribute),
 * `data-<choice>-state` ("chosen" | "none"), a derived attribute (`data-zone`), and
 * `data-<choice>-notice` ("unknown": the address named an unknown value; "link": the link's #id
 * decided the value), and stores the value it applies. The stylesheet generated from the same list (src/styles/choice-visibility.ts)
 * then hides the other values' variants. It writes no CSS and no HTML (the Content-Security-Policy
 * allows neither). Exposes `window.mx` for the bundled script (src/scripts/choices.ts).
 *
 * Which value wins — the reader's latest explicit action:
 * 1. on a fresh navigation (a link opened, an address typed; not Back/Forward, not reload):
 *    the value of the place the #id names (a new-Outlook step shows the new Outlook), else the
 *    address's `?param=`;
 * 2. otherwise (Back/Forward, reload) the stored choice: every applied value is stored (here, and
 *    by the bundled script), so a choice made since the history entry was created wins over its address;
 * 3. otherwise the address's `?param=` (nothing stored, or storage unavailable).
 *
 * @param {Array<[string, string, string, Record<string, string | 0>, string, Record<string, string>]>} choices
 *   each: id, URL parameter, storage key, value → derived value, derived attribute, value → this
 *   page's place ids of that value (space-separated)
 */
(function (choices) {
	var data = document.documentElement.dataset;
	// Storage that throws (privacy modes) would break this and Starlight's own scripts: keep the
	// choices in memory for this page view instead (getItem and setItem are all they use).
	try {
		localStorage.getItem('');
	} catch (e) {
		var memory = {};
		try {
			Object.defineProperty(window, 'localStorage', {
				configurable: true,
				value: {
					// Only our keys and Starlight's are asked for (never a name such as "constructor").
					getItem: function (k) {
						return k in memory ? memory[k] : null;
					},
					setItem: function (k, v) {
						memory[k] = '' + v;
					},
				},
			});
		} catch (e2) {}
	}
	var nav = performance.getEntriesByType('navigation')[0];
	// Not "reload" nor "back_forward" ("navigate", "prerender", or no entry): a fresh navigation.
	var fresh = !nav || !/lo|ba/.test(nav.type);
	var query = new URLSearchParams(location.search);
	var hash = '';
	try {
		hash = decodeURIComponent(location.hash.slice(1));
	} catch (e) {}
	var mx = { choices: choices, current: {}, apply: apply, placeValue: placeValue, hash: hash };
	/** The value of choice `c` that the place named `name` belongs to on this page, or null. */
	function placeValue(c, name) {
		for (var v in c[5]) if (c[5][v].split(' ').indexOf(name) >= 0) return v;
		return null;
	}
	function apply(c, v) {
		// null and undefined are no value's id: only a known value ever reaches an attribute.
		var known = Object.hasOwn(c[3], v);
		data[c[0] + 'State'] = known ? 'chosen' : 'none';
		if (known) data[c[0]] = v;
		else delete data[c[0]];
		if (c[4]) {
			if (known) data[c[4]] = c[3][v];
			else delete data[c[4]];
		}
		return (mx.current[c[0]] = known ? v : null);
	}
	choices.forEach(function (c) {
		var param = query.get(c[1]);
		// Reading cannot throw any more: storage that throws was replaced above.
		var stored = localStorage.getItem(c[2]);
		var linked = hash && placeValue(c, hash);
		var v = stored;
		if (fresh && linked) {
			v = linked;
			// Said when the link changed what would show: the address's value, else the stored one.
			if ((param || stored) != v) data[c[0] + 'Notice'] = 'link';
		} else if (param !== null && (fresh || stored === null)) {
			v = param.trim().toLowerCase();
			if (!Object.hasOwn(c[3], v)) data[c[0] + 'Notice'] = 'unknown';
		}
		// The value shown is the reader's latest explicit action: stored, so Back/Forward and reload keep it.
		// Writing can still throw (a full storage, some privacy modes): the choice then lives in the address.
		try {
			if (apply(c, v)) localStorage.setItem(c[2], v);
		} catch (e) {}
	});
	window.mx = mx;
});
