/**
 * A dataset as a `dcat:Dataset` (DCAT-AP 3.0.1 § Dataset), with the nodes only it uses: contact
 * point, temporal and spatial coverage, rights statement and distributions, and the vocabulary
 * concepts it points to. Publishers and licence documents are shared by several datasets and
 * written once, by the catalogue; so are concepts, which the catalogue keeps one of each.
 */
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import { accessRightConcept, conceptRefs, vocabularyConcept, vocabularyConcepts } from './concepts.ts';
import { toContactPoint } from './agents.ts';
import { toDcatDistribution } from './distribution.ts';
import type { DcatIris } from './iris.ts';
import { compactNode, keywordValues, langValues, plainLangValues, ref, typed, type JsonLdNode } from './values.ts';

/** The dataset node followed by the nodes it owns (contact point, coverage, rights, distributions). */
export function toDcatDataset(dataset: Dataset, catalogue: Catalogue, iris: DcatIris): JsonLdNode[] {
	const { languages } = catalogue;
	const id = dataset.identifier;
	const distributions = (dataset.distributions ?? []).map((distribution, index) =>
		toDcatDistribution(distribution, {
			iri: iris.distribution(id, index + 1),
			datasetLicence: dataset.licence,
			downloadUrl: iris.download(distribution),
			catalogue,
			...(distribution.dictionary ? { tableSchema: iris.tableSchema(id, index + 1) } : {}),
		}),
	);
	const themes = vocabularyConcepts('theme', dataset.themes, languages);
	const frequency = vocabularyConcept('frequency', dataset.update_frequency, languages);
	const dataLanguages = vocabularyConcepts('language', dataset.languages, languages);
	const accessRights = accessRightConcept(dataset.access_level, languages);
	const rightsText = dataset.access_level === 'restricted' ? dataset.rationale : dataset.access_level === 'under_review' ? dataset.review_note : undefined;
	const owned: JsonLdNode[] = [toContactPoint(iris.contactPoint(id), dataset.contact_point, languages)];
	if (dataset.temporal_coverage) {
		const { start, end } = dataset.temporal_coverage;
		owned.push(
			compactNode({
				'@id': iris.temporal(id),
				'@type': 'dct:PeriodOfTime',
				'dcat:startDate': typed(start, 'xsd:date'),
				'dcat:endDate': end ? typed(end, 'xsd:date') : undefined,
			}),
		);
	}
	if (dataset.spatial_coverage) owned.push(toLocation(iris.spatial(id), dataset.spatial_coverage, languages));
	if (rightsText) owned.push(compactNode({ '@id': iris.rights(id), '@type': 'dct:RightsStatement', 'rdfs:label': plainLangValues(rightsText, languages) }));
	const node = compactNode({
		'@id': iris.dataset(id),
		'@type': 'dcat:Dataset',
		'dct:identifier': id,
		'dct:title': langValues(dataset.title, languages),
		'dct:description': plainLangValues(dataset.description, languages),
		'dcat:keyword': keywordValues(dataset.keywords),
		'dcat:theme': conceptRefs(themes),
		'dct:publisher': ref(iris.publisher(dataset.publisher)),
		'dcat:contactPoint': ref(iris.contactPoint(id)),
		'dct:issued': typed(dataset.issued, 'xsd:date'),
		'dct:modified': typed(dataset.modified, 'xsd:date'),
		'dct:accrualPeriodicity': frequency ? ref(frequency['@id'] as string) : undefined,
		'dct:temporal': dataset.temporal_coverage ? ref(iris.temporal(id)) : undefined,
		'dct:spatial': dataset.spatial_coverage ? ref(spatialIri(iris.spatial(id), dataset.spatial_coverage.uri)) : undefined,
		'dct:language': conceptRefs(dataLanguages),
		'dct:accessRights': ref(accessRights['@id'] as string),
		'dct:rights': rightsText ? ref(iris.rights(id)) : undefined,
		// The dataset's pages on this site, and its page on the publisher's own site when it has one.
		'dcat:landingPage': [
			...languages.map((lang) => ref(iris.page(lang, { page: 'dataset', id }), 'foaf:Document')),
			...(dataset.landing_page ? [ref(dataset.landing_page, 'foaf:Document')] : []),
		],
		'foaf:page': (dataset.documentation ?? []).map((url) => ref(url, 'foaf:Document')),
		'dcat:distribution': distributions.map(({ node }) => ref(node['@id'] as string)),
	});
	const concepts = [...themes, ...(frequency ? [frequency] : []), ...dataLanguages, accessRights, ...distributions.flatMap((d) => d.concepts)];
	return [node, ...owned, ...distributions.map((d) => d.node), ...concepts];
}

type Spatial = NonNullable<Dataset['spatial_coverage']>;

/** A place given by IRI (e.g. a gazetteer entry) is used as it is; otherwise the dataset names it. */
function spatialIri(own: string, uri: string | undefined): string {
	return uri ?? own;
}

/** The spatial coverage as a `dct:Location`, with its bounding box as a WKT polygon in `dcat:bbox`. */
export function toLocation(own: string, spatial: Spatial, languages: readonly string[]): JsonLdNode {
	return compactNode({
		'@id': spatialIri(own, spatial.uri),
		'@type': 'dct:Location',
		'skos:prefLabel': langValues(spatial.name, languages),
		'dcat:bbox': spatial.bbox ? typed(bboxToWkt(spatial.bbox), 'gsp:wktLiteral') : undefined,
	});
}

/** `[west, south, east, north]` → `POLYGON((w s, e s, e n, w n, w s))` (WGS 84 longitude/latitude). */
export function bboxToWkt([west, south, east, north]: readonly [number, number, number, number]): string {
	return `POLYGON((${west} ${south}, ${east} ${south}, ${east} ${north}, ${west} ${north}, ${west} ${south}))`;
}
