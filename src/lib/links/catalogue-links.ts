/**
 * The addresses of a catalogue the link checker visits: each distribution's download and access
 * links and its data dictionary link, with the datasets and publishers they belong to (the same
 * address may serve several datasets).
 */
import type { Catalogue } from '../model/catalogue.ts';

/** Where an address appears. */
export interface LinkUse {
	dataset: string;
	publisher: string;
	distribution: number;
	field: 'download_url' | 'access_url' | 'data_dictionary';
}

/** Every address of the catalogue's distributions, with where each appears. */
export function catalogueLinks(catalogue: Pick<Catalogue, 'datasets'>): Map<string, LinkUse[]> {
	const links = new Map<string, LinkUse[]>();
	for (const dataset of catalogue.datasets) {
		(dataset.distributions ?? []).forEach((distribution, index) => {
			for (const field of ['download_url', 'access_url', 'data_dictionary'] as const) {
				const url = distribution[field];
				if (url === undefined) continue;
				const uses = links.get(url) ?? [];
				uses.push({ dataset: dataset.identifier, publisher: dataset.publisher, distribution: index + 1, field });
				links.set(url, uses);
			}
		});
	}
	return links;
}
