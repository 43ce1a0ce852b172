/**
 * A dataset's MQA score, indicator by indicator, measured on what the catalogue publishes about it
 * (the same choices as the DCAT-AP export: a distribution's access URL is its download URL when it
 * has no other, its media type comes from its format when it gives none).
 *
 * How this catalogue reads the MQA:
 * - Distribution indicators earn their points in proportion to the share of distributions that meet
 *   them, rounded to the nearest point; a dataset without distributions earns none of them.
 * - The URL status indicators count a link as working unless `link-report.json` says it did not
 *   answer; a link the checker has not seen yet, or could not check (ftp), is given the benefit of
 *   the doubt. They are distribution indicators, as in the MQA: a broken landing page or
 *   documentation link is listed with the dataset's broken links but costs no points.
 * - DCAT-AP compliance: the mandatory DCAT-AP properties are present (a title and a description,
 *   an access URL on every distribution). The build also SHACL-validates the export as a whole.
 * - Modification date (5 points): given, and the dataset is not overdue for the update its
 *   frequency promises (src/lib/quality/freshness.ts). This is the catalogue's addition to the MQA,
 *   which only checks that the date is there, so that freshness counts without changing the 405.
 */
import { ACCESS_RIGHT_SCHEME, accessRight, euLicenceIri } from '../export/dcat-ap/authorities.ts';
import { datasetLinks, type DatasetLink } from '../links/dataset-links.ts';
import { isBroken, type LinkResult } from '../links/link-result.ts';
import type { LicenceRecord } from '../records.ts';
import type { Dataset, Distribution } from '../model/catalogue.ts';
import { fileType } from '../vocabularies/index.ts';
import { freshnessOf, type Freshness } from './freshness.ts';
import { DIMENSIONS, INDICATORS, ratingOf, type Dimension, type IndicatorId, type Rating } from './indicators.ts';
import { isRegisteredMediaType } from './media-types.ts';

/** What scoring needs besides the dataset. */
export interface ScoringContext {
	licenceById: ReadonlyMap<string, LicenceRecord>;
	publisherIds: ReadonlySet<string>;
	/** The date freshness is judged on, `YYYY-MM-DD`. */
	asOf: string;
	/** The link checker's result for an address, if it checked it. */
	linkResult: (url: string) => LinkResult | undefined;
}

/** The points earned on one indicator. */
export interface IndicatorScore {
	id: IndicatorId;
	earned: number;
	max: number;
	/** For a distribution indicator: how many distributions meet it, of how many. */
	distributions?: { met: number; of: number };
}

/**
 * A link of the dataset that did not answer when last checked: a distribution's (with its number)
 * or the dataset's own landing page or documentation link (without one).
 */
export interface BrokenLink extends DatasetLink {
	result: LinkResult;
}

/** Everything the catalogue measures about one dataset. */
export interface DatasetQuality {
	identifier: string;
	publisher: string;
	/** Points earned, 0 to 405. */
	score: number;
	rating: Rating;
	dimensions: Record<Dimension, number>;
	indicators: IndicatorScore[];
	freshness: Freshness;
	brokenLinks: BrokenLink[];
}

type DatasetCheck = (dataset: Dataset, context: ScoringContext, freshness: Freshness) => boolean;
type DistributionCheck = (distribution: Distribution, dataset: Dataset, context: ScoringContext) => boolean;

const answered = (url: string | undefined, context: ScoringContext): boolean => {
	if (url === undefined) return false;
	const result = context.linkResult(url);
	return result === undefined || !isBroken(result.outcome);
};
const mediaTypeOf = (distribution: Distribution) => distribution.media_type ?? fileType(distribution.format)?.mediaType;
const licenceOf = (distribution: Distribution, dataset: Dataset, context: ScoringContext) =>
	context.licenceById.get(distribution.licence ?? dataset.licence ?? '');
const hasText = (text: Partial<Record<string, string>> | undefined) => Object.values(text ?? {}).some((value) => value !== undefined && value.trim() !== '');

const DATASET_CHECKS: Partial<Record<IndicatorId, DatasetCheck>> = {
	keywords: (dataset) => Object.values(dataset.keywords ?? {}).some((list) => (list?.length ?? 0) > 0),
	themes: (dataset) => dataset.themes.length > 0,
	spatial: (dataset) => dataset.spatial_coverage !== undefined,
	temporal: (dataset) => dataset.temporal_coverage !== undefined,
	dcatApCompliance: (dataset) =>
		hasText(dataset.title) && hasText(dataset.description) && (dataset.distributions ?? []).every((d) => (d.access_url ?? d.download_url) !== undefined),
	accessRights: (dataset) => accessRight(dataset.access_level) !== undefined,
	accessRightsVocabulary: (dataset) => accessRight(dataset.access_level).iri.startsWith(`${ACCESS_RIGHT_SCHEME}/`),
	contactPoint: (dataset) => dataset.contact_point.email !== '',
	publisher: (dataset, context) => context.publisherIds.has(dataset.publisher),
	rights: (dataset) =>
		(dataset.access_level === 'restricted' && hasText(dataset.rationale)) || (dataset.access_level === 'under_review' && hasText(dataset.review_note)),
	issued: (dataset) => dataset.issued !== '',
	modified: (dataset, _context, freshness) => dataset.modified !== '' && freshness.state !== 'overdue',
};

const DISTRIBUTION_CHECKS: Partial<Record<IndicatorId, DistributionCheck>> = {
	accessUrlStatus: (distribution, _dataset, context) => answered(distribution.access_url ?? distribution.download_url, context),
	downloadUrl: (distribution) => distribution.download_url !== undefined,
	downloadUrlStatus: (distribution, _dataset, context) => answered(distribution.download_url, context),
	format: (distribution) => distribution.format.length > 0,
	mediaType: (distribution) => mediaTypeOf(distribution) !== undefined,
	formatVocabulary: (distribution) => fileType(distribution.format) !== undefined,
	mediaTypeVocabulary: (distribution) => isRegisteredMediaType(mediaTypeOf(distribution) ?? ''),
	nonProprietary: (distribution) => fileType(distribution.format)?.nonProprietary === true,
	machineReadable: (distribution) => fileType(distribution.format)?.machineReadable === true,
	licence: (distribution, dataset, context) => licenceOf(distribution, dataset, context) !== undefined,
	licenceVocabulary: (distribution, dataset, context) => {
		const equivalent = licenceOf(distribution, dataset, context)?.equivalent;
		return equivalent !== undefined && euLicenceIri(equivalent) !== undefined;
	},
	byteSize: (distribution) => distribution.byte_size !== undefined,
};

/** The quality of one dataset: points per indicator and dimension, rating, freshness and broken links. */
export function scoreDataset(dataset: Dataset, context: ScoringContext): DatasetQuality {
	const freshness = freshnessOf(dataset.modified, dataset.update_frequency, context.asOf);
	const distributions = dataset.distributions ?? [];
	const indicators = INDICATORS.map(({ id, points, level }): IndicatorScore => {
		if (level === 'dataset') return { id, earned: DATASET_CHECKS[id]!(dataset, context, freshness) ? points : 0, max: points };
		const check = DISTRIBUTION_CHECKS[id]!;
		const met = distributions.filter((distribution) => check(distribution, dataset, context)).length;
		const earned = distributions.length === 0 ? 0 : Math.round((points * met) / distributions.length);
		return { id, earned, max: points, distributions: { met, of: distributions.length } };
	});
	const dimensions = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, 0])) as Record<Dimension, number>;
	INDICATORS.forEach((indicator, at) => (dimensions[indicator.dimension] += indicators[at]!.earned));
	const score = indicators.reduce((sum, indicator) => sum + indicator.earned, 0);
	return {
		identifier: dataset.identifier,
		publisher: dataset.publisher,
		score,
		rating: ratingOf(score),
		dimensions,
		indicators,
		freshness,
		brokenLinks: brokenLinks(dataset, context),
	};
}

/**
 * Every link of the dataset the checker found broken, its landing page and documentation included:
 * they are listed and shown, though only distributions' links count in the URL status indicators.
 */
function brokenLinks(dataset: Dataset, context: ScoringContext): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const link of datasetLinks(dataset)) {
		const result = context.linkResult(link.url);
		if (result && isBroken(result.outcome)) broken.push({ ...link, result });
	}
	return broken;
}
