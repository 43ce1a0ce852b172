/**
 * Each published dataset's record as its file holds it (not the model's, which fills in defaults),
 * with the file's path, for the editor's `?dataset=<id>`: /edit/datasets/<id>.json.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { parseYaml } from '../../../lib/load/parse-yaml.ts';
import { readSourceText } from '../../../lib/load/read-source.ts';
import { catalogueRoot } from '../../../lib/site/catalogue-store.ts';
import { getCatalogue } from '../../../lib/site/get-catalogue.ts';
import { pageCacheKey } from '../../../lib/site/page-cache-key.ts';

export const getStaticPaths = (async () => {
	const catalogue = await getCatalogue();
	const root = catalogueRoot();
	// The document is the file's text parsed: its path and bytes are all it depends on.
	return catalogue.datasets.map((dataset) => ({
		params: { id: dataset.identifier },
		props: { path: dataset.sourcePath },
		cacheKey: pageCacheKey(dataset.sourcePath, readSourceText(root, dataset.sourcePath).text ?? '<unreadable>'),
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const path = (props as { path: string }).path;
	const { text } = readSourceText(catalogueRoot(), path);
	const parsed = text === undefined ? undefined : parseYaml(path, text).parsed;
	return new Response(JSON.stringify({ path, record: parsed?.data ?? {} }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
