/**
 * An Atom feed per language (RFC 4287) of the datasets that changed most recently, so readers and
 * aggregators can follow the catalogue: one entry per dataset, updated on its `modified` date.
 */
import { localizedString } from '../i18n/localize.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { datasetExcerpt } from '../site/dataset-excerpt.ts';
import { recentlyUpdated } from '../site/dataset-order.ts';
import { writeAtomFeed } from './atom-writer.ts';
import type { DcatIris } from './dcat-ap/iris.ts';

/** How many datasets a feed lists. */
export const FEED_LENGTH = 50;

/** The Atom feed of `lang`, published at `feedUrl`. */
export function toAtomFeed(catalogue: Catalogue, lang: string, iris: DcatIris, feedUrl: string): string {
	const { languages } = catalogue;
	const datasets = recentlyUpdated(catalogue.datasets, FEED_LENGTH);
	const text = (value: Parameters<typeof localizedString>[0], fallback = '') => localizedString(value, lang, languages, fallback);
	return writeAtomFeed({
		lang,
		id: feedUrl,
		title: text(catalogue.config.title),
		updated: `${datasets[0]?.modified ?? '1970-01-01'}T00:00:00Z`,
		links: [
			{ rel: 'self', type: 'application/atom+xml', href: feedUrl },
			{ rel: 'alternate', type: 'text/html', href: iris.page(lang, { page: 'home' }) },
		],
		author: text(catalogue.config.publisher.name),
		entries: datasets.map((dataset) => {
			const url = iris.page(lang, { page: 'dataset', id: dataset.identifier });
			return {
				id: url,
				title: text(dataset.title, dataset.identifier),
				links: [{ rel: 'alternate', type: 'text/html', href: url }],
				published: `${dataset.issued}T00:00:00Z`,
				updated: `${dataset.modified}T00:00:00Z`,
				author: text(catalogue.publisherById.get(dataset.publisher)?.name, dataset.publisher),
				summary: datasetExcerpt(dataset, lang, languages)?.value,
			};
		}),
	});
}
