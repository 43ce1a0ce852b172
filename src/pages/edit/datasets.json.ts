/**
 * Every published dataset's identifier and file, for the editor: a new dataset's identifier must
 * not be one of them (src/lib/editor/check-dataset.ts). /edit/datasets.json.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/site/get-catalogue.ts';

export const GET: APIRoute = async () => {
	const catalogue = await getCatalogue();
	const files = Object.fromEntries(catalogue.datasets.map((dataset) => [dataset.identifier, dataset.sourcePath]));
	return new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
