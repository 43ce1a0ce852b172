/**
 * `edit/datasets/<id>.json` in `astro dev`: each published dataset's record as its file holds it,
 * with the file's path, for the editor's `?dataset=<id>`. The build writes them beside Astro
 * (src/integrations/data-exports.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogueRoot } from '../lib/site/catalogue-store.ts';
import { editorRecordText } from '../lib/site/export-files.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';

export const getStaticPaths = (async () => {
	const catalogue = await getCatalogue();
	return catalogue.datasets.map((dataset) => ({ params: { id: dataset.identifier }, props: { path: dataset.sourcePath } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const text = editorRecordText(catalogueRoot(), (props as { path: string }).path);
	return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
