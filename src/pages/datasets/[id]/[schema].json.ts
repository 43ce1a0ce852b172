/**
 * `datasets/<id>/distribution-<n>.schema.json`: a distribution's data dictionary as a Table Schema
 * 2.0 document in the catalogue's default language, which the DCAT-AP export gives as the
 * distribution's `dct:conformsTo` and data.json as its `describedBy`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCacheKey } from '../../../lib/site/page-cache-key.ts';
import { toTableSchemaDocument } from '../../../lib/export/table-schema.ts';
import { tableSchemaStem } from '../../../lib/routes.ts';
import { getCatalogue } from '../../../lib/site/get-catalogue.ts';

export const getStaticPaths: GetStaticPaths = async () => {
	const catalogue = await getCatalogue();
	return catalogue.datasets.flatMap((dataset) =>
		(dataset.distributions ?? []).flatMap((distribution, index) => {
			const dictionary = distribution.dictionary?.schema;
			if (!dictionary) return [];
			const document = toTableSchemaDocument(dictionary, catalogue.defaultLanguage, catalogue.languages);
			return [{ params: { id: dataset.identifier, schema: tableSchemaStem(index + 1) }, props: { document }, cacheKey: pageCacheKey(document) }];
		}),
	);
};

export const GET: APIRoute<{ document: ReturnType<typeof toTableSchemaDocument> }> = ({ props }) =>
	new Response(JSON.stringify(props.document, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
