/** `sitemap.xml`: every page in every language, with its alternates. */
import type { APIRoute } from 'astro';
import { toSitemap } from '../lib/export/sitemap.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	return new Response(toSitemap(catalogue, siteIris(catalogue, site)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
