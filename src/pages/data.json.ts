/** `data.json`: the catalogue in the Project Open Data v1.1 (DCAT-US 1.1) format, checked against its schema at build time. */
import type { APIRoute } from 'astro';
import { getDataJson } from '../lib/site/data-json-export.ts';

export const GET: APIRoute = async ({ site }) => {
	const document = await getDataJson(site);
	return new Response(JSON.stringify(document, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
