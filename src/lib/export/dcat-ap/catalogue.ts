/**
 * The whole catalogue as one DCAT-AP 3.0.1 JSON-LD document: the `dcat:Catalog`, its publisher,
 * the publishers of the datasets, the licence documents, and every dataset with what it owns.
 */
import type { Catalogue, Dataset, Publisher } from '../../model/catalogue.ts';
import type { CatalogueRecord, LicenceRecord, PublisherType } from '../../records.ts';
import { normalizeBase } from '../../routes.ts';
import { admsLicenceTypes, admsPublisherType, LICENCE_TYPE_SCHEME, PUBLISHER_TYPE_SCHEME } from './adms.ts';
import { DATA_THEME_SCHEME } from './authorities.ts';
import { toAgent } from './agents.ts';
import { conceptRefs, schemeConcept, vocabularyConcepts, withUniqueConcepts } from './concepts.ts';
import { DCAT_AP_CONTEXT, withOfficialTerms } from './context.ts';
import { toDcatDataset, toLocation } from './dataset.ts';
import { measurementNodes, metricNodes } from './quality.ts';
import type { CatalogueQuality } from '../../quality/catalogue-quality.ts';
import { dcatIris, type DcatIris } from './iris.ts';
import { toLicenceDocument } from './licence.ts';
import { compactNode, langValues, plainLangValues, ref, typed, type JsonLdNode } from './values.ts';

/** Where the export is published. */
export interface DcatApOptions {
	/** The site's address, e.g. `https://open-data-catalogue.github.io`. */
	siteUrl: string;
	/** The base path; defaults to `site.base` of catalogue.yaml. */
	base?: string;
	/** The datasets' quality scores, published as DQV measurements when given. */
	quality?: CatalogueQuality;
}

/** A JSON-LD document: the inline context and a flat graph of nodes. */
export interface JsonLdDocument {
	'@context': Record<string, string>;
	'@graph': JsonLdNode[];
}

/** The IRI builders for a catalogue published with `options`. */
export function catalogueIris(catalogue: Catalogue, options: DcatApOptions): DcatIris {
	return dcatIris({ siteUrl: options.siteUrl, base: normalizeBase(options.base ?? catalogue.config.site.base) }, catalogue.defaultLanguage);
}

/** The whole catalogue as a DCAT-AP 3.0.1 JSON-LD document. */
export function toDcatAp(catalogue: Catalogue, options: DcatApOptions): JsonLdDocument {
	const iris = catalogueIris(catalogue, options);
	return {
		'@context': DCAT_AP_CONTEXT,
		'@graph': withOfficialTerms(
			withUniqueConcepts([
				...sharedNodes(catalogue, iris, catalogue.datasets, options),
				...catalogue.datasets.flatMap((dataset) => datasetNodes(dataset, catalogue, iris, options)),
			]),
		),
	};
}

/** A piece of the export: a document that holds on its own, and the nodes it adds to the published files. */
export interface DcatApPart {
	/**
	 * The catalogue node listing the piece's datasets, every agent, licence document and catalogue
	 * language, the datasets with what they own, and the concepts they use: whole enough for SHACL.
	 */
	document: JsonLdDocument;
	/** The same, less what earlier pieces already published; the catalogue node keeps only its new datasets. */
	published: JsonLdNode[];
	/** The `@id` of each node of the document, in order: what later pieces will not publish again. */
	ids: string[];
}

/**
 * The datasets of each piece of `size` (at least one piece, empty for a catalogue without datasets),
 * in the order the pieces are published.
 */
export function* partDatasets(catalogue: Catalogue, size: number): Generator<Dataset[]> {
	if (!Number.isInteger(size) || size < 1) throw new Error(`A part holds at least one dataset (got ${size})`);
	for (let start = 0; start === 0 || start < catalogue.datasets.length; start += size) yield catalogue.datasets.slice(start, start + size);
}

/**
 * Makes the export's pieces one after the other, each publishing only the nodes no earlier piece
 * did. A piece kept from an earlier build (site/dcat-export.ts) is not made again: {@link
 * DcatApPartMaker.assume} records its nodes as published, which is all a later piece needs of it.
 */
export interface DcatApPartMaker {
	/** The next piece, listing `datasets`. */
	make(datasets: readonly Dataset[]): DcatApPart;
	/** Counts the nodes of a piece not made here (its {@link DcatApPart.ids}) as published. */
	assume(ids: readonly string[]): void;
}

/** What a part's dataset is mapped to ({@link datasetNodes}), given as each part is made: the per-dataset files take it rather than map the dataset again. */
export type DatasetNodesListener = (dataset: Dataset, nodes: readonly JsonLdNode[]) => void;

/** A {@link DcatApPartMaker} for `catalogue` published with `options`, telling `onDataset` each dataset's nodes. */
export function dcatApPartMaker(catalogue: Catalogue, options: DcatApOptions, onDataset?: DatasetNodesListener): DcatApPartMaker {
	const iris = catalogueIris(catalogue, options);
	const published = new Set<string>();
	const assume = (ids: readonly string[]) => {
		for (const id of ids) published.add(id);
	};
	return {
		make(datasets) {
			const nodes = withUniqueConcepts([
				...sharedNodes(catalogue, iris, datasets, options),
				...datasets.flatMap((dataset) => {
					const own = datasetNodes(dataset, catalogue, iris, options);
					onDataset?.(dataset, own);
					return own;
				}),
			]);
			// Renamed once: the published nodes are the document's own (both are only read from here on).
			const renamed = withOfficialTerms(nodes);
			const fresh = nodes.flatMap((node, index): JsonLdNode[] => {
				const id = node['@id'] as string | undefined;
				if (id === undefined || !published.has(id)) return [renamed[index]!];
				// The catalogue node is repeated only for the datasets it adds.
				return id === iris.catalogue ? [withOfficialTerms({ '@id': id, 'dcat:dataset': node['dcat:dataset'] })] : [];
			});
			const ids = nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [node['@id']] : []));
			assume(ids);
			return { document: { '@context': DCAT_AP_CONTEXT, '@graph': renamed }, published: fresh, ids };
		},
		assume,
	};
}

/**
 * The export in pieces of `size` datasets, so that turning it into RDF and validating it takes
 * memory for one piece at a time, whatever the catalogue's size. The pieces' `published` nodes,
 * together, are {@link toDcatAp}'s graph (`tests/export/parts.test.ts` checks it).
 */
export function* dcatApParts(catalogue: Catalogue, options: DcatApOptions, size: number): Generator<DcatApPart> {
	const slices = partDatasets(catalogue, size);
	const maker = dcatApPartMaker(catalogue, options);
	for (const datasets of slices) yield maker.make(datasets);
}

/** A dataset's nodes, with its quality measurements when the options carry the scores. */
export function datasetNodes(dataset: Dataset, catalogue: Catalogue, iris: DcatIris, options: DcatApOptions): JsonLdNode[] {
	const [node, ...owned] = toDcatDataset(dataset, catalogue, iris);
	if (!options.quality) return [node!, ...owned];
	const { links, nodes } = measurementNodes(dataset.identifier, options.quality, iris, catalogue.defaultLanguage);
	return [{ ...node!, 'dqv:hasQualityMeasurement': links }, ...owned, ...nodes];
}

/** The catalogue node (listing `datasets`), its publisher, the publishers, the licence documents, the catalogue's languages and the quality metrics. */
export function sharedNodes(catalogue: Catalogue, iris: DcatIris, datasets: readonly Dataset[], options: DcatApOptions): JsonLdNode[] {
	const { config, languages } = catalogue;
	const catalogueLanguages = vocabularyConcepts('language', languages, languages);
	const modified = catalogue.datasets.reduce((latest, dataset) => (dataset.modified > latest ? dataset.modified : latest), '');
	// The catalogue was issued with its first dataset.
	const issued = catalogue.datasets.reduce((earliest, dataset) => (earliest === '' || dataset.issued < earliest ? dataset.issued : earliest), '');
	const metadataLicence = config.metadata_licence ? catalogue.licenceById.get(config.metadata_licence) : undefined;
	const spatial = config.spatial_coverage ? toLocation(iris.catalogueSpatial, config.spatial_coverage, languages) : undefined;
	const catalog = compactNode({
		'@id': iris.catalogue,
		'@type': 'dcat:Catalog',
		'dct:title': langValues(config.title, languages),
		'dct:description': plainLangValues(config.description, languages),
		'dct:publisher': ref(iris.cataloguePublisher),
		'foaf:homepage': ref(iris.page(catalogue.defaultLanguage, { page: 'home' }), 'foaf:Document'),
		'dct:language': conceptRefs(catalogueLanguages),
		'dcat:themeTaxonomy': { ...ref(DATA_THEME_SCHEME, 'skos:ConceptScheme'), 'dct:title': { '@value': 'Data theme', '@language': 'en' } },
		'dct:issued': issued ? typed(issued, 'xsd:date') : undefined,
		'dct:modified': modified ? typed(modified, 'xsd:date') : undefined,
		'dct:license': metadataLicence ? ref(metadataLicence.url) : undefined,
		'dct:spatial': spatial ? ref(spatial['@id'] as string) : undefined,
		'dcat:dataset': datasets.map((dataset) => ref(iris.dataset(dataset.identifier))),
	});
	return [
		catalog,
		...(spatial ? [spatial] : []),
		...agentNodes(iris.cataloguePublisher, config.publisher, undefined, catalogue),
		...catalogue.publishers.flatMap((publisher) => agentNodes(iris.publisher(publisher.id), publisher, publisher.type, catalogue)),
		...config.licences.flatMap((licence) => licenceNodes(licence, languages)),
		...catalogueLanguages,
		...(options.quality ? metricNodes(iris, catalogue.defaultLanguage, languages) : []),
	];
}

/**
 * One dataset as a stand-alone DCAT-AP document: the dataset, what it owns, its publisher and the
 * licence documents it uses, so the file makes sense without the catalogue.
 */
export function toDcatApDataset(catalogue: Catalogue, datasetId: string, options: DcatApOptions): JsonLdDocument {
	const dataset = catalogue.datasetById.get(datasetId);
	if (!dataset) throw new Error(`No dataset "${datasetId}" in the catalogue`);
	const iris = catalogueIris(catalogue, options);
	return datasetDocument(dataset, datasetNodes(dataset, catalogue, iris, options), catalogue, iris, options);
}

/** {@link toDcatApDataset} of `dataset`, whose own nodes ({@link datasetNodes}) are `nodes` (not changed here). */
export function datasetDocument(dataset: Dataset, nodes: readonly JsonLdNode[], catalogue: Catalogue, iris: DcatIris, options: DcatApOptions): JsonLdDocument {
	const publisher = catalogue.publisherById.get(dataset.publisher);
	const licenceIds = new Set([dataset.licence, ...(dataset.distributions ?? []).map((d) => d.licence)].filter((id): id is string => !!id));
	return {
		'@context': DCAT_AP_CONTEXT,
		'@graph': withOfficialTerms(
			withUniqueConcepts([
				...nodes,
				...(options.quality ? metricNodes(iris, catalogue.defaultLanguage, catalogue.languages) : []),
				...(publisher ? agentNodes(iris.publisher(publisher.id), publisher, publisher.type, catalogue) : []),
				...catalogue.config.licences.filter((licence) => licenceIds.has(licence.id)).flatMap((licence) => licenceNodes(licence, catalogue.languages)),
			]),
		),
	};
}

/** A publisher's agent node and the concept of its ADMS publisher type, when it has one (adms.ts). */
function agentNodes(iri: string, publisher: Publisher | CatalogueRecord['publisher'], type: PublisherType | undefined, catalogue: Catalogue): JsonLdNode[] {
	const entry = admsPublisherType(type, catalogue.config.government_level);
	const concept = entry ? schemeConcept(entry, PUBLISHER_TYPE_SCHEME, catalogue.languages) : undefined;
	return [toAgent(iri, publisher, catalogue.languages, concept), ...(concept ? [concept] : [])];
}

/** A licence document and the concepts of its ADMS licence types (adms.ts). */
function licenceNodes(licence: LicenceRecord, languages: readonly string[]): JsonLdNode[] {
	const concepts = admsLicenceTypes(licence).map((entry) => schemeConcept(entry, LICENCE_TYPE_SCHEME, languages));
	return [toLicenceDocument(licence, languages, concepts), ...concepts];
}
