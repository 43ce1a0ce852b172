/**
 * An Atom feed per language (RFC 4287) of the datasets that changed most recently, so readers and
 * aggregators can follow the catalogue: one entry per dataset, updated on its `modified` date.
 */
import { localizedString } from '../i18n/localize.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { datasetExcerpt } from '../site/dataset-excerpt.ts';
import { recentlyUpdated } from '../site/dataset-order.ts';
import type { DcatIris } from './dcat-ap/iris.ts';
import { escapeXml } from './xml.ts';

/** How many datasets a feed lists. */
export const FEED_LENGTH = 50;

/** The Atom feed of `lang`, published at `feedUrl`. */
export function toAtomFeed(catalogue: Catalogue, lang: string, iris: DcatIris, feedUrl: string): string {
	const { languages } = catalogue;
	const datasets = recentlyUpdated(catalogue.datasets, FEED_LENGTH);
	const text = (value: Parameters<typeof localizedString>[0], fallback = '') => escapeXml(localizedString(value, lang, languages, fallback));
	const updated = `${datasets[0]?.modified ?? '1970-01-01'}T00:00:00Z`;
	const entries = datasets.map((dataset) => {
		const url = escapeXml(iris.page(lang, { page: 'dataset', id: dataset.identifier }));
		const publisher = catalogue.publisherById.get(dataset.publisher);
		const summary = datasetExcerpt(dataset, lang, languages)?.value;
		return [
			'<entry>',
			`<id>${url}</id>`,
			`<title>${text(dataset.title, dataset.identifier)}</title>`,
			`<link rel="alternate" type="text/html" href="${url}"/>`,
			`<published>${dataset.issued}T00:00:00Z</published>`,
			`<updated>${dataset.modified}T00:00:00Z</updated>`,
			`<author><name>${text(publisher?.name, dataset.publisher)}</name></author>`,
			summary ? `<summary>${escapeXml(summary)}</summary>` : '',
			'</entry>',
		].join('');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(lang)}">`,
		`<id>${escapeXml(feedUrl)}</id>`,
		`<title>${text(catalogue.config.title)}</title>`,
		`<updated>${updated}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(iris.page(lang, { page: 'home' }))}"/>`,
		`<author><name>${text(catalogue.config.publisher.name)}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
