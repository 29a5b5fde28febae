/**
 * The guide's languages. English is Starlight's root locale (its pages keep their addresses:
 * `/add-account/`); every other language lives under its code (`/fr/add-account/`). The same page
 * key (`/add-account/`) names a page in every language, and every registered id exists on it in
 * every language (src/links/check-built.ts), so only the address's first segment differs.
 *
 * Language and mail zone are independent: the settings module says which languages each region
 * reads (`languages`), which the translation offer uses; nothing here depends on a region.
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pl', 'pt'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

interface LanguageInfo {
	/** The language's name in itself (Starlight's language picker, the translation offer). */
	label: string;
	/** BCP 47 tag: `<html lang>`, `hreflang`, Pagefind's index. Portuguese is Portugal's (OVHcloud pt-pt). */
	tag: string;
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
	en: { label: 'English', tag: 'en' },
	fr: { label: 'Français', tag: 'fr' },
	de: { label: 'Deutsch', tag: 'de' },
	es: { label: 'Español', tag: 'es' },
	it: { label: 'Italiano', tag: 'it' },
	pl: { label: 'Polski', tag: 'pl' },
	pt: { label: 'Português', tag: 'pt-PT' },
};

export const isLang = (value: unknown): value is Lang => (LANGUAGES as readonly unknown[]).includes(value);

/** Starlight's `locales`: English at the root, the others under their code. */
export function starlightLocales() {
	return Object.fromEntries(
		LANGUAGES.map((lang) => [lang === DEFAULT_LANG ? 'root' : lang, { label: LANGUAGE_INFO[lang].label, lang: LANGUAGE_INFO[lang].tag }]),
	);
}

/** The language of a Starlight locale (`undefined` is the root locale, English). */
export const langOfLocale = (locale: string | undefined): Lang => (isLang(locale) ? locale : DEFAULT_LANG);

/** A page's address in a language: `/add-account/` → `/fr/add-account/`. */
export const localePath = (lang: Lang, page: string): string => (lang === DEFAULT_LANG ? page : `/${lang}${page}`);

/** The language and the language-independent page of an address: `/fr/add-account/` → ['fr', '/add-account/']. */
export function splitLocalePath(path: string): [Lang, string] {
	const first = path.split('/')[1];
	return isLang(first) && first !== DEFAULT_LANG ? [first, path.slice(first.length + 1) || '/'] : [DEFAULT_LANG, path];
}
