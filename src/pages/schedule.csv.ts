/** `schedule.csv`: every planned release, for spreadsheet programs (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { toScheduleCsv } from '../lib/export/schedule.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	return new Response(toScheduleCsv(catalogue, siteIris(catalogue, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
