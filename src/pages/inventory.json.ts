/** `inventory.json`: every data holding by access level, with exemptions and planned releases. */
import type { APIRoute } from 'astro';
import { toInventoryJson } from '../lib/export/inventory.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	return new Response(JSON.stringify(toInventoryJson(catalogue, siteIris(catalogue, site)), null, 1), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
