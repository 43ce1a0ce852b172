/** `inventory.csv`: every data holding by access level, for spreadsheet programs (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { toInventoryCsv } from '../lib/export/inventory.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	return new Response(toInventoryCsv(catalogue, siteIris(catalogue, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
