import type { APIRoute, GetStaticPaths } from 'astro';
import { regions, settings } from '../../settings/mail-settings';
import { appleProfile } from '../../downloads/settings-files';

/** `/settings/<region>-pop.mobileconfig`: the POP profile. */
export const getStaticPaths = (() => regions.map((region) => ({ params: { region: region.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	new Response(appleProfile(settings, params.region!, 'pop', site), {
		headers: { 'Content-Type': 'application/x-apple-aspen-config' },
	});
