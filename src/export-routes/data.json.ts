/**
 * `data.json` in `astro dev`: the catalogue in the Project Open Data v1.1 (DCAT-US 1.1) format,
 * checked against its schema. The build writes it beside Astro (src/integrations/data-exports.ts).
 */
import type { APIRoute } from 'astro';
import { getDataJson } from '../lib/site/data-json-export.ts';
import { dataJsonText } from '../lib/site/export-files.ts';

export const GET: APIRoute = async ({ site }) => {
	const document = await getDataJson(site);
	return new Response(dataJsonText(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
