/**
 * `quality.csv` and `quality.json`: every dataset's metadata quality score (EU MQA, 405 points) with
 * its points per dimension and indicator, its freshness and its broken links; the JSON adds the
 * indicators' weights, the sums per publisher and for the catalogue, and a fix for every gap.
 */
import { t } from '../i18n/translate.ts';
import type { CatalogueQuality, QualitySummary } from '../quality/catalogue-quality.ts';
import { fixKey } from '../quality/fix.ts';
import { DIMENSIONS, INDICATORS, MAX_POINTS } from '../quality/indicators.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { toCsv, type CsvValue } from './csv.ts';
import type { DcatIris } from './dcat-ap/iris.ts';

/** The CSV columns: the dataset, its score, its dimensions, each indicator, freshness and links. */
export const QUALITY_COLUMNS = [
	'identifier',
	'publisher',
	'score',
	'rating',
	...DIMENSIONS,
	...INDICATORS.map((i) => `${i.id}_points` as const),
	'freshness',
	'update_expected',
	'broken_links',
	'url',
] as const;

/** One row per dataset, in the catalogue's order. */
export function qualityRows(catalogue: Catalogue, quality: CatalogueQuality, iris: DcatIris): Array<Record<string, CsvValue>> {
	return [...quality.byDataset.values()].map((q) => ({
		identifier: q.identifier,
		publisher: q.publisher,
		score: q.score,
		rating: q.rating,
		...q.dimensions,
		...Object.fromEntries(q.indicators.map((i) => [`${i.id}_points`, i.earned])),
		freshness: q.freshness.state,
		update_expected: q.freshness.expected,
		broken_links: q.brokenLinks.length,
		url: iris.page(catalogue.defaultLanguage, { page: 'dataset', id: q.identifier }),
	}));
}

/** `quality.csv`. */
export function toQualityCsv(catalogue: Catalogue, quality: CatalogueQuality, iris: DcatIris): string {
	return toCsv(QUALITY_COLUMNS, qualityRows(catalogue, quality, iris));
}

/** `quality.json`. Fixes are given in the catalogue's default language. */
export function toQualityJson(catalogue: Catalogue, quality: CatalogueQuality, iris: DcatIris): object {
	const lang = catalogue.defaultLanguage === 'fr' ? 'fr' : 'en';
	return {
		as_of: quality.asOf,
		links_checked: quality.linksCheckedAt || undefined,
		max_points: MAX_POINTS,
		indicators: INDICATORS,
		catalogue: summaryJson(quality.catalogue),
		publishers: quality.publishers.map((p) => ({
			publisher: p.publisher,
			...summaryJson(p),
			broken_links: p.links.map(({ url, dataset, distribution, field, result }) => ({ url, dataset, distribution, field, ...result })),
		})),
		gaps: quality.gaps.map(({ id, datasets, pointsMissed }) => ({ indicator: id, datasets, points_missed: pointsMissed })),
		datasets: [...quality.byDataset.values()].map((q) => ({
			identifier: q.identifier,
			publisher: q.publisher,
			url: iris.page(catalogue.defaultLanguage, { page: 'dataset', id: q.identifier }),
			score: q.score,
			rating: q.rating,
			dimensions: q.dimensions,
			indicators: Object.fromEntries(q.indicators.map((i) => [i.id, i.earned])),
			missing: q.indicators.filter((i) => i.earned < i.max).map((i) => ({ indicator: i.id, points: i.max - i.earned, fix: t(lang, fixKey(i)) })),
			freshness: q.freshness,
			broken_links: q.brokenLinks.map(({ url, distribution, field, result }) => ({ url, distribution, field, ...result })),
		})),
	};
}

function summaryJson(summary: QualitySummary): object {
	return {
		datasets: summary.datasets,
		mean_score: summary.meanScore,
		rating: summary.rating,
		ratings: summary.ratings,
		freshness: summary.freshness,
		broken_link_count: summary.brokenLinks,
	};
}
