/**
 * `catalog.jsonld` in `astro dev`: the whole catalogue as DCAT-AP 3.0.1 JSON-LD, validated with
 * SHACL. The build writes it beside Astro (src/integrations/data-exports.ts).
 */
import type { APIRoute } from 'astro';
import { getDcatExport } from '../lib/site/dcat-export.ts';

export const GET: APIRoute = async ({ site }) => {
	const { jsonld } = await getDcatExport(site);
	return new Response(jsonld, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
