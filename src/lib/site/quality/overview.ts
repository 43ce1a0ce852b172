/**
 * The quality page's charts: datasets by rating, and each publisher's datasets by rating and by
 * freshness, as bars for the build-time stacked bar chart.
 */
import type { UiLanguage } from '../../i18n/languages.ts';
import { localizedString } from '../../i18n/localize.ts';
import { t } from '../../i18n/translate.ts';
import type { Catalogue } from '../../model/catalogue.ts';
import type { CatalogueQuality, PublisherQuality } from '../../quality/catalogue-quality.ts';
import { FRESHNESS_STATES } from '../../quality/freshness.ts';
import { MAX_POINTS, RATINGS, type Rating } from '../../quality/indicators.ts';
import type { Bar } from '../charts/stacked-bars.ts';

/** Each rating band with its range of points, best first: `excellent` 351–405… */
export function ratingBands(): Array<{ rating: Rating; from: number; to: number }> {
	return RATINGS.map((band, at) => ({ rating: band.rating, from: band.from, to: at === 0 ? MAX_POINTS : RATINGS[at - 1]!.from - 1 }));
}

/** One bar per rating band, with the number of datasets that have it. */
export function ratingBars(quality: CatalogueQuality, lang: UiLanguage): Bar[] {
	return ratingBands().map(({ rating, from, to }) => ({
		label: `${t(lang, `quality.rating.${rating}`)} (${from}–${to})`,
		segments: [{ key: rating, value: quality.catalogue.ratings[rating] }],
	}));
}

/** A publisher's name in `lang`. */
export function publisherName(catalogue: Catalogue, id: string, lang: UiLanguage): string {
	return localizedString(catalogue.publisherById.get(id)?.name, lang, catalogue.languages, id);
}

/** The publishers that have datasets, each as a bar of its datasets by rating. */
export function publisherRatingBars(publishers: readonly PublisherQuality[], catalogue: Catalogue, lang: UiLanguage): Bar[] {
	return publishers
		.filter((p) => p.datasets > 0)
		.map((p) => ({ label: publisherName(catalogue, p.publisher, lang), segments: RATINGS.map(({ rating }) => ({ key: rating, value: p.ratings[rating] })) }));
}

/** The publishers that have datasets, each as a bar of its datasets by freshness. */
export function publisherFreshnessBars(publishers: readonly PublisherQuality[], catalogue: Catalogue, lang: UiLanguage): Bar[] {
	return publishers
		.filter((p) => p.datasets > 0)
		.map((p) => ({
			label: publisherName(catalogue, p.publisher, lang),
			segments: FRESHNESS_STATES.map((state) => ({ key: state, value: p.freshness[state] })),
		}));
}
