import type { APIRoute, GetStaticPaths } from 'astro';
import { regions, settings } from '../../settings/mail-settings';
import { appleProfile } from '../../downloads/settings-files';

/** `/settings/<region>.mobileconfig`: the IMAP profile (see public/_headers for its media type). */
export const getStaticPaths = (() => regions.map((region) => ({ params: { region: region.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
	new Response(appleProfile(settings, params.region!, 'imap', site), {
		headers: { 'Content-Type': 'application/x-apple-aspen-config' },
	});
