/**
 * The indicators of the EU Metadata Quality Assessment (MQA) of data.europa.eu, with its five
 * dimensions and its weights, 405 points in all. Source: data.europa.eu, "Metadata quality
 * dashboard — methodology" (https://data.europa.eu/mqa/methodology and
 * https://dataeuropa.gitlab.io/data-provider-manual/metadata-quality-dashboard/); the weights were
 * cross-checked with the machine-readable encoding in mjanez/metadata-quality-react
 * (src/config/mqa-config.json). How each indicator is read from this catalogue's records is in
 * src/lib/quality/score-dataset.ts.
 */

/** The MQA's dimensions, derived from the FAIR principles. */
export const DIMENSIONS = ['findability', 'accessibility', 'interoperability', 'reusability', 'contextuality'] as const;

/** A dimension's name. */
export type Dimension = (typeof DIMENSIONS)[number];

/** One indicator: what it measures (its DCAT property), its dimension and its points. */
export interface Indicator {
	id: IndicatorId;
	dimension: Dimension;
	points: number;
	/** The DCAT-AP property the MQA measures, e.g. `dcat:keyword`. */
	property: string;
	/** `distribution`: measured on each distribution, the points shared out by the share that meets it. */
	level: 'dataset' | 'distribution';
}

/** Indicator identifiers, in the MQA's order. */
export const INDICATOR_IDS = [
	'keywords',
	'themes',
	'spatial',
	'temporal',
	'accessUrlStatus',
	'downloadUrl',
	'downloadUrlStatus',
	'format',
	'mediaType',
	'formatVocabulary',
	'mediaTypeVocabulary',
	'nonProprietary',
	'machineReadable',
	'dcatApCompliance',
	'licence',
	'licenceVocabulary',
	'accessRights',
	'accessRightsVocabulary',
	'contactPoint',
	'publisher',
	'rights',
	'byteSize',
	'issued',
	'modified',
] as const;

/** An indicator's identifier. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

const d = (id: IndicatorId, dimension: Dimension, points: number, property: string, level: Indicator['level'] = 'dataset'): Indicator => ({
	id,
	dimension,
	points,
	property,
	level,
});

/** Every indicator with its weight. */
export const INDICATORS: readonly Indicator[] = [
	d('keywords', 'findability', 30, 'dcat:keyword'),
	d('themes', 'findability', 30, 'dcat:theme'),
	d('spatial', 'findability', 20, 'dct:spatial'),
	d('temporal', 'findability', 20, 'dct:temporal'),
	d('accessUrlStatus', 'accessibility', 50, 'dcat:accessURL', 'distribution'),
	d('downloadUrl', 'accessibility', 20, 'dcat:downloadURL', 'distribution'),
	d('downloadUrlStatus', 'accessibility', 30, 'dcat:downloadURL', 'distribution'),
	d('format', 'interoperability', 20, 'dct:format', 'distribution'),
	d('mediaType', 'interoperability', 10, 'dcat:mediaType', 'distribution'),
	d('formatVocabulary', 'interoperability', 5, 'dct:format', 'distribution'),
	d('mediaTypeVocabulary', 'interoperability', 5, 'dcat:mediaType', 'distribution'),
	d('nonProprietary', 'interoperability', 20, 'dct:format', 'distribution'),
	d('machineReadable', 'interoperability', 20, 'dct:format', 'distribution'),
	d('dcatApCompliance', 'interoperability', 30, 'rdf:type'),
	d('licence', 'reusability', 20, 'dct:license', 'distribution'),
	d('licenceVocabulary', 'reusability', 10, 'dct:license', 'distribution'),
	d('accessRights', 'reusability', 10, 'dct:accessRights'),
	d('accessRightsVocabulary', 'reusability', 5, 'dct:accessRights'),
	d('contactPoint', 'reusability', 20, 'dcat:contactPoint'),
	d('publisher', 'reusability', 10, 'dct:publisher'),
	d('rights', 'contextuality', 5, 'dct:rights'),
	d('byteSize', 'contextuality', 5, 'dcat:byteSize', 'distribution'),
	d('issued', 'contextuality', 5, 'dct:issued'),
	d('modified', 'contextuality', 5, 'dct:modified'),
];

/** The most points a dataset can earn: 405. */
export const MAX_POINTS = INDICATORS.reduce((sum, indicator) => sum + indicator.points, 0);

/** The most points of each dimension (findability 100, accessibility 100, interoperability 110, reusability 75, contextuality 20). */
export const DIMENSION_POINTS: Readonly<Record<Dimension, number>> = Object.fromEntries(
	DIMENSIONS.map((dimension) => [dimension, INDICATORS.filter((i) => i.dimension === dimension).reduce((sum, i) => sum + i.points, 0)]),
) as Record<Dimension, number>;

/** The MQA's rating bands, by the lowest score of each. */
export const RATINGS = [
	{ rating: 'excellent', from: 351 },
	{ rating: 'good', from: 221 },
	{ rating: 'sufficient', from: 121 },
	{ rating: 'bad', from: 0 },
] as const;

/** A rating's name. */
export type Rating = (typeof RATINGS)[number]['rating'];

/** The MQA rating of a score: excellent (351–405), good (221–350), sufficient (121–220), bad (0–120). */
export function ratingOf(score: number): Rating {
	return RATINGS.find((band) => score >= band.from)!.rating;
}
