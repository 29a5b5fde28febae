import type { APIRoute } from 'astro';
import { jsonSchema } from '../../downloads/settings-files';

/** `/settings/schema.json`: JSON Schema of the `<region>.json` files. */
export const GET: APIRoute = ({ site }) =>
	new Response(jsonSchema(site?.href ?? 'http://localhost/'), { headers: { 'Content-Type': 'application/schema+json' } });
