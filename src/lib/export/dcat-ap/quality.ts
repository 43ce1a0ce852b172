/**
 * The metadata quality score as W3C Data Quality Vocabulary (DQV) measurements, the way
 * data.europa.eu's MQA publishes its results: each dataset `dqv:hasQualityMeasurement` a
 * `dqv:QualityMeasurement` per metric — its score out of 405 and its points in each MQA dimension —
 * that `dqv:isMeasurementOf` a `dqv:Metric` (described once, on the quality page's address) and
 * gives a `dqv:value`.
 */
import type { CatalogueQuality } from '../../quality/catalogue-quality.ts';
import { DIMENSION_POINTS, DIMENSIONS, MAX_POINTS, type Dimension } from '../../quality/indicators.ts';
import { t } from '../../i18n/translate.ts';
import { isUiLanguage } from '../../i18n/languages.ts';
import type { DcatIris } from './iris.ts';
import { ref, typed, type JsonLdNode } from './values.ts';

/** The metrics: the whole score, and each dimension's points. */
const METRICS = ['score', ...DIMENSIONS] as const;
type Metric = (typeof METRICS)[number];

/** The IRI of a metric: an anchor on the quality page of the default language. */
export function metricIri(iris: DcatIris, lang: string, metric: Metric): string {
	return `${iris.page(lang, { page: 'quality' })}#metric-${metric}`;
}

/** The IRI of a dataset's measurement of a metric. */
export function measurementIri(iris: DcatIris, datasetId: string, metric: Metric): string {
	return `${iris.dataset(datasetId).replace(/#dataset$/, '')}#quality-${metric}`;
}

/** The `dqv:Metric` nodes, labelled in every interface language of the catalogue. */
export function metricNodes(iris: DcatIris, defaultLanguage: string, languages: readonly string[]): JsonLdNode[] {
	const labels = (metric: Metric) =>
		languages.filter(isUiLanguage).map((lang) => ({
			'@value':
				metric === 'score'
					? `${t(lang, 'quality.title')} (MQA, ${MAX_POINTS})`
					: `${t(lang, `quality.dimension.${metric as Dimension}`)} (MQA, ${DIMENSION_POINTS[metric as Dimension]})`,
			'@language': lang,
		}));
	return METRICS.map((metric) => ({
		'@id': metricIri(iris, defaultLanguage, metric),
		'@type': 'dqv:Metric',
		'skos:prefLabel': labels(metric),
		'dqv:expectedDataType': ref('http://www.w3.org/2001/XMLSchema#integer'),
	}));
}

/** A dataset's measurements, and the property linking the dataset node to them. */
export function measurementNodes(
	datasetId: string,
	quality: CatalogueQuality,
	iris: DcatIris,
	defaultLanguage: string,
): { links: JsonLdNode[]; nodes: JsonLdNode[] } {
	const score = quality.byDataset.get(datasetId);
	if (!score) return { links: [], nodes: [] };
	const values: Record<Metric, number> = { score: score.score, ...score.dimensions };
	const nodes = METRICS.map((metric) => ({
		'@id': measurementIri(iris, datasetId, metric),
		'@type': 'dqv:QualityMeasurement',
		'dqv:computedOn': ref(iris.dataset(datasetId)),
		'dqv:isMeasurementOf': ref(metricIri(iris, defaultLanguage, metric)),
		'dqv:value': typed(values[metric], 'xsd:integer'),
		'dct:issued': typed(quality.asOf, 'xsd:date'),
	}));
	return { links: nodes.map((node) => ref(node['@id'])), nodes };
}
