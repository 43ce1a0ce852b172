/**
 * The quality of a whole catalogue: every dataset's score, and the sums a quality page shows per
 * publisher and for the catalogue (scores by rating, the most common gaps, freshness counts, broken
 * links). Computed once per catalogue and link report.
 */
import type { LinkReport } from '../links/link-report.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { FRESHNESS_STATES, type FreshnessState } from './freshness.ts';
import { INDICATORS, RATINGS, ratingOf, type IndicatorId, type Rating } from './indicators.ts';
import { scoreDataset, type BrokenLink, type DatasetQuality } from './score-dataset.ts';

/** The sums over a group of datasets (a publisher's, or the catalogue's). */
export interface QualitySummary {
	datasets: number;
	/** The mean score, rounded to the nearest point (0 when there are no datasets). */
	meanScore: number;
	rating: Rating;
	/** How many datasets have each rating. */
	ratings: Record<Rating, number>;
	freshness: Record<FreshnessState, number>;
	brokenLinks: number;
}

/** An indicator on which datasets miss points: how many, and how many points in all. */
export interface Gap {
	id: IndicatorId;
	datasets: number;
	pointsMissed: number;
}

/** A publisher's sums, its broken links, and its datasets from the lowest score up. */
export interface PublisherQuality extends QualitySummary {
	publisher: string;
	lowest: DatasetQuality[];
	brokenLinks: number;
	links: Array<BrokenLink & { dataset: string }>;
}

/** The catalogue's quality. */
export interface CatalogueQuality {
	asOf: string;
	/** When the links were last checked (empty when never). */
	linksCheckedAt: string;
	byDataset: ReadonlyMap<string, DatasetQuality>;
	catalogue: QualitySummary;
	/** Every publisher, in the catalogue's order. */
	publishers: PublisherQuality[];
	/** Indicators on which points are missed, the most points missed first. */
	gaps: Gap[];
}

const cache = new WeakMap<Catalogue, WeakMap<LinkReport, CatalogueQuality>>();

/** The quality of `catalogue` with the link results of `report`, computed on first use and kept. */
export function catalogueQuality(catalogue: Catalogue, report: LinkReport): CatalogueQuality {
	let byReport = cache.get(catalogue);
	if (!byReport) cache.set(catalogue, (byReport = new WeakMap()));
	let quality = byReport.get(report);
	if (!quality) byReport.set(report, (quality = computeQuality(catalogue, report)));
	return quality;
}

/** Computes the catalogue's quality (use {@link catalogueQuality}, which keeps the result). */
export function computeQuality(catalogue: Catalogue, report: LinkReport): CatalogueQuality {
	const context = {
		licenceById: catalogue.licenceById,
		publisherIds: new Set(catalogue.publisherById.keys()),
		asOf: catalogue.schedule.asOf,
		linkResult: (url: string) => (Object.hasOwn(report.links, url) ? report.links[url] : undefined),
	};
	const scores = catalogue.datasets.map((dataset) => scoreDataset(dataset, context));
	const byPublisher = new Map<string, DatasetQuality[]>(catalogue.publishers.map((p) => [p.id, []]));
	for (const score of scores) byPublisher.get(score.publisher)?.push(score);
	return {
		asOf: catalogue.schedule.asOf,
		linksCheckedAt: report.finishedAt,
		byDataset: new Map(scores.map((score) => [score.identifier, score])),
		catalogue: summarize(scores),
		publishers: [...byPublisher].map(([publisher, list]) => ({
			publisher,
			...summarize(list),
			lowest: [...list].sort((a, b) => a.score - b.score || (a.identifier < b.identifier ? -1 : 1)),
			links: list.flatMap((score) => score.brokenLinks.map((link) => ({ ...link, dataset: score.identifier }))),
		})),
		gaps: gapsOf(scores),
	};
}

/** The sums of a list of scores. */
export function summarize(scores: readonly DatasetQuality[]): QualitySummary {
	const ratings = Object.fromEntries(RATINGS.map(({ rating }) => [rating, 0])) as Record<Rating, number>;
	const freshness = Object.fromEntries(FRESHNESS_STATES.map((state) => [state, 0])) as Record<FreshnessState, number>;
	let total = 0;
	let brokenLinks = 0;
	for (const score of scores) {
		ratings[score.rating]++;
		freshness[score.freshness.state]++;
		total += score.score;
		brokenLinks += score.brokenLinks.length;
	}
	const meanScore = scores.length === 0 ? 0 : Math.round(total / scores.length);
	return { datasets: scores.length, meanScore, rating: ratingOf(meanScore), ratings, freshness, brokenLinks };
}

/** The indicators on which points are missed, the most points missed first (then in the MQA's order). */
export function gapsOf(scores: readonly DatasetQuality[]): Gap[] {
	const gaps = INDICATORS.map((indicator, at) => {
		let datasets = 0;
		let pointsMissed = 0;
		for (const score of scores) {
			const missed = score.indicators[at]!.max - score.indicators[at]!.earned;
			if (missed > 0) {
				datasets++;
				pointsMissed += missed;
			}
		}
		return { id: indicator.id, datasets, pointsMissed };
	});
	return gaps.filter((gap) => gap.pointsMissed > 0).sort((a, b) => b.pointsMissed - a.pointsMissed);
}
