/** `quality.json`: every dataset's metadata quality score, with the sums per publisher and the fixes. */
import type { APIRoute } from 'astro';
import { toQualityJson } from '../lib/export/quality.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { getQuality } from '../lib/site/get-quality.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	return new Response(JSON.stringify(toQualityJson(catalogue, await getQuality(), siteIris(catalogue, site)), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
