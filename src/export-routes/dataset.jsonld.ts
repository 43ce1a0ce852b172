/**
 * `datasets/<id>.jsonld` in `astro dev`: one dataset as a stand-alone DCAT-AP 3.0.1 JSON-LD
 * document. The build writes them beside Astro (src/integrations/data-exports.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { getDcatExport } from '../lib/site/dcat-export.ts';
import { datasetJsonLdText } from '../lib/site/export-files.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const catalogue = await getCatalogue();
	return catalogue.datasets.map((dataset) => ({ params: { id: dataset.identifier } }));
};

export const GET: APIRoute = async ({ params, site }) => {
	// The whole export is validated first, so a dataset's document is only served when the catalogue passes.
	const { catalogue, options } = await getDcatExport(site);
	return new Response(datasetJsonLdText(catalogue, params.id ?? '', options), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
