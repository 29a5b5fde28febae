import type { APIRoute, GetStaticPaths } from 'astro';
import { regions, settings } from '../../settings/mail-settings';
import { settingsJson } from '../../downloads/settings-files';

/** `/settings/<region>.json`: the region's settings as data (format: /settings/schema.json). */
export const getStaticPaths = (() => regions.map((region) => ({ params: { region: region.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(settingsJson(settings, params.region!), { headers: { 'Content-Type': 'application/json' } });
