/**
 * The catalogue of each language, and how components get the one of their page
 * (`catalogueOf(Astro.locals)`). See catalogue.ts for the rules.
 */
import en from './en';
import fr from './fr';
import de from './de';
import es from './es';
import it from './it';
import pl from './pl';
import pt from './pt';
import type { Catalogue } from './catalogue';
import { DEFAULT_LANG, langOfLocale, type Lang } from './languages';

export type { Catalogue } from './catalogue';
export type { Lang } from './languages';

export const catalogues: Record<Lang, Catalogue> = { en, fr, de, es, it, pl, pt };

/** The language of the page being rendered (Starlight's route data; English outside a Starlight page). */
export function langOf(locals: App.Locals | Record<string, unknown> | undefined): Lang {
	const route = (locals as { starlightRoute?: { locale?: string } } | undefined)?.starlightRoute;
	return route ? langOfLocale(route.locale) : DEFAULT_LANG;
}

/** The catalogue of the page being rendered. */
export const catalogueOf = (locals: App.Locals | Record<string, unknown> | undefined): Catalogue => catalogues[langOf(locals)];

/** Fills `{name}` placeholders with text. */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A template cut at its placeholders: text, and `{ slot }` where a component puts an element. */
export function templateParts(template: string): Array<string | { slot: string }> {
	return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? { slot: piece } : piece)).filter((piece) => piece !== '');
}

/** An Outlook label by its key (`classic.spa`), in a catalogue. */
export function outlookLabel(catalogue: Catalogue, key: string): string {
	const [version, name] = key.split('.') as [keyof Catalogue['outlook'], string];
	const label = (catalogue.outlook[version] as Record<string, string> | undefined)?.[name];
	if (label === undefined) throw new Error(`Outlook label "${key}" is not in the catalogue's outlook section`);
	return label;
}

/** Zone labels joined: "Canada / Americas and Asia / Pacific". */
export const zoneList = (catalogue: Catalogue, zones: readonly string[]) =>
	zones.map((zone) => catalogue.zones[zone as keyof Catalogue['zones']]).join(catalogue.and);

/** A region's name in a catalogue (the settings module's region id). */
export const regionName = (catalogue: Catalogue, id: string) => (catalogue.regions as Record<string, string>)[id]!;
/** A zone's label in a catalogue. */
export const zoneName = (catalogue: Catalogue, id: string) => (catalogue.zones as Record<string, string>)[id]!;
