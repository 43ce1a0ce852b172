/** `quality.csv`: every dataset's metadata quality score, for spreadsheet programs (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { toQualityCsv } from '../lib/export/quality.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { getQuality } from '../lib/site/get-quality.ts';
import { siteIris } from '../lib/site/site-iris.ts';

export const GET: APIRoute = async ({ site }) => {
	const catalogue = await getCatalogue();
	return new Response(toQualityCsv(catalogue, await getQuality(), siteIris(catalogue, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
