/**
 * `catalog.ttl` in `astro dev`: the whole catalogue as DCAT-AP 3.0.1 Turtle (the same graph as
 * `catalog.jsonld`). The build writes it beside Astro (src/integrations/data-exports.ts).
 */
import type { APIRoute } from 'astro';
import { getDcatExport } from '../lib/site/dcat-export.ts';

export const GET: APIRoute = async ({ site }) => {
	const { turtle } = await getDcatExport(site);
	return new Response(turtle, { headers: { 'Content-Type': 'text/turtle; charset=utf-8' } });
};
