/** `schedule.json`: the implementation plans and every planned release, with their states on the as-of date. */
import type { APIRoute } from 'astro';
import { toScheduleJson } from '../lib/export/schedule.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	return new Response(JSON.stringify(toScheduleJson(catalogue, siteIris(catalogue, site)), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
