import type { APIRoute } from 'astro';
import { jsonSchema } from '../../downloads/settings-files';

/** `/settings/schema.json`: JSON Schema of the `<region>.json` files (with a `$id` when the site's address is known). */
export const GET: APIRoute = ({ site }) =>
	new Response(jsonSchema(site), { headers: { 'Content-Type': 'application/schema+json' } });
