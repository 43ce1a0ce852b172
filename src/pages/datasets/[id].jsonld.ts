/** `datasets/<id>.jsonld`: one dataset as a stand-alone DCAT-AP 3.0.1 JSON-LD document. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toDcatApDataset } from '../../lib/export/dcat-ap/catalogue.ts';
import { getCatalogue } from '../../lib/site/get-catalogue.ts';
import { getDcatExport } from '../../lib/site/dcat-export.ts';
import { getQuality } from '../../lib/site/get-quality.ts';
import { catalogueWideKey, pageCacheKey, recordKeyText } from '../../lib/site/page-cache-key.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const [catalogue, quality] = await Promise.all([getCatalogue(), getQuality()]);
	const wide = catalogueWideKey(catalogue);
	// The document is the dataset's record, its publisher and licences (catalogue-wide) and its quality measurements.
	return catalogue.datasets.map((dataset) => ({
		params: { id: dataset.identifier },
		cacheKey: pageCacheKey(wide, recordKeyText(dataset), quality.byDataset.get(dataset.identifier)),
	}));
};

export const GET: APIRoute = async ({ params, site }) => {
	// The whole export is validated first, so a dataset's file is only written when the catalogue passes.
	const { catalogue, options } = await getDcatExport(site);
	const document = toDcatApDataset(catalogue, params.id ?? '', options);
	return new Response(JSON.stringify(document, null, 1), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
