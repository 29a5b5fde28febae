import type { APIRoute, GetStaticPaths } from 'astro';
import { regions, settings } from '../../../settings/mail-settings';
import { autoconfig } from '../../../downloads/settings-files';

/** `/settings/<region>/config-v1.1.xml`: Thunderbird autoconfig, linking back to the guide when the site's address is known. */
export const getStaticPaths = (() => regions.map((region) => ({ params: { region: region.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	new Response(autoconfig(settings, params.region!, site), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
