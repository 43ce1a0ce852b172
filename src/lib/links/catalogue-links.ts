/**
 * The addresses of a catalogue the link checker visits: every dataset's landing page and
 * documentation links and each distribution's download, access and data dictionary links, with
 * the datasets and publishers they belong to (the same address may serve several datasets).
 */
import type { Catalogue } from '../model/catalogue.ts';
import { datasetLinks, type DatasetLink } from './dataset-links.ts';

/** Where an address appears: a dataset's link, of one of its distributions or of the dataset itself. */
export interface LinkUse extends Omit<DatasetLink, 'url'> {
	dataset: string;
	publisher: string;
}

/** Every address of the catalogue's datasets, with where each appears. */
export function catalogueLinks(catalogue: Pick<Catalogue, 'datasets'>): Map<string, LinkUse[]> {
	const links = new Map<string, LinkUse[]>();
	for (const dataset of catalogue.datasets) {
		for (const { url, ...place } of datasetLinks(dataset)) {
			const uses = links.get(url) ?? [];
			uses.push({ dataset: dataset.identifier, publisher: dataset.publisher, ...place });
			links.set(url, uses);
		}
	}
	return links;
}
