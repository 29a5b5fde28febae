import type { APIRoute, GetStaticPaths } from 'astro';
import { regions, settings } from '../../../settings/mail-settings';
import { autoconfig } from '../../../downloads/settings-files';

/** `/settings/<region>/config-v1.1.xml`: Thunderbird autoconfig, linking back to the guide. */
export const getStaticPaths = (() => regions.map((region) => ({ params: { region: region.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const docs = new URL(`/add-account/?region=${params.region}`, site ?? 'http://localhost/');
	return new Response(autoconfig(settings, params.region!, docs.href), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
