/**
 * The export cut into documents that SHACL can check apart, for `npm run validate` and the build
 * to keep each dataset's results on their own (dataset-shacl.ts): one document of what every
 * dataset shares (the catalogue node listing all datasets, the publishers, the licence documents,
 * the catalogue's languages), and documents of a few datasets each with what they own, or a part
 * of the export as mapped, each node's owners told ({@link partDocument}).
 *
 * The project's shapes (schemas/dcat-ap/shapes.ttl) look at a node's own triples and at the type
 * of the nodes it points to (`sh:class`); so a node is checked the same in any graph that holds it
 * and the types of its neighbours. Each document therefore carries a stub — the `@id` and `@type`
 * alone — of each node of another document it points to: a dataset's publisher and licence
 * documents. Results on stubs are not the document's own and are dropped. The catalogue's links to
 * its datasets are checked value by value with the datasets they link to, which holds for the
 * shapes' `sh:class` and `sh:nodeKind` on `dcat:dataset`, not for a count of them:
 * tests/validate/dcat-dataset-results.test.ts fails if the shapes ever count them.
 */
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import { catalogueIris, datasetNodes, sharedNodes, type DcatApOptions, type JsonLdDocument } from './catalogue.ts';
import { withUniqueConcepts } from './concepts.ts';
import { DCAT_AP_CONTEXT, withOfficialTerms } from './context.ts';
import type { JsonLdNode } from './values.ts';

/** The shared nodes' document, and what a dataset document needs of it. */
export interface SharedDocument {
	document: JsonLdDocument;
	/** Each shared node's type, by IRI: what a dataset's stubs of them say. */
	types: ReadonlyMap<string, unknown>;
}

/**
 * The nodes every dataset shares. The catalogue node is written without its `dcat:dataset` values:
 * a stub of ten thousand datasets would be ten thousand focus nodes for the dataset shape, so each
 * group of datasets checks the catalogue's links to its own datasets (datasetsValidationDocument).
 */
export function sharedValidationDocument(catalogue: Catalogue, options: DcatApOptions): SharedDocument {
	const iris = catalogueIris(catalogue, options);
	const nodes = sharedNodes(catalogue, iris, [], options).map((node) => {
		if (node['@id'] !== iris.catalogue) return node;
		const { 'dcat:dataset': _datasets, ...catalog } = node;
		return catalog;
	});
	const types = new Map(nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node['@type']] as const] : [])));
	return { document: { '@context': DCAT_AP_CONTEXT, '@graph': withOfficialTerms(withUniqueConcepts(nodes)) }, types };
}

/** A dataset's own nodes (catalogue.ts, datasetNodes), when the caller has already mapped it. */
export type DatasetNodesOf = (dataset: Dataset) => readonly JsonLdNode[];

/** Some datasets' document, and whose each node is. */
export interface DatasetsDocument {
	document: JsonLdDocument;
	/** Node IRI → the indexes (in the datasets given) of the datasets whose nodes include it (a concept may be several datasets'). */
	owners: ReadonlyMap<string, readonly number[]>;
	/** The stubs' IRIs (shared nodes): results on them are not this document's. */
	stubIds: ReadonlySet<string>;
	/** The catalogue node's IRI: its stub lists these datasets, and its results on `dcat:dataset` are theirs. */
	catalogueId: string;
}

/**
 * `datasets` with what they own and the concepts they use, and a stub of each shared node
 * (`shared.types`) they point to. `nodesOf` gives a dataset's own nodes when they are already
 * mapped (the build's export maps each dataset once); default: {@link datasetNodes}.
 */
export function datasetsValidationDocument(
	datasets: readonly Dataset[],
	catalogue: Catalogue,
	options: DcatApOptions,
	sharedTypes: ReadonlyMap<string, unknown>,
	nodesOf?: DatasetNodesOf,
): DatasetsDocument {
	const iris = catalogueIris(catalogue, options);
	const own = datasets.map((dataset) => withUniqueConcepts(nodesOf ? nodesOf(dataset) : datasetNodes(dataset, catalogue, iris, options)));
	const owners = nodeOwners(own);
	const nodes = own.flat();
	const referenced = new Set<string>();
	collectReferences(nodes, referenced);
	const stubs = [...referenced]
		.filter((id) => sharedTypes.has(id) && !owners.has(id) && id !== iris.catalogue)
		.map((id): JsonLdNode => (sharedTypes.get(id) === undefined ? { '@id': id } : ({ '@id': id, '@type': sharedTypes.get(id) } as JsonLdNode)));
	const catalog: JsonLdNode = {
		'@id': iris.catalogue,
		'@type': sharedTypes.get(iris.catalogue) as string,
		'dcat:dataset': datasets.map((dataset) => ({ '@id': iris.dataset(dataset.identifier) })),
	};
	return {
		document: { '@context': DCAT_AP_CONTEXT, '@graph': withOfficialTerms([...withUniqueConcepts(nodes), ...stubs, catalog]) },
		owners,
		stubIds: new Set(stubs.map((stub) => stub['@id'] as string)),
		catalogueId: iris.catalogue,
	};
}

/**
 * A part of the export (catalogue.ts, DcatApPart: the shared nodes whole, the catalogue node listing
 * `datasets`, and their nodes, `nodesOf`) as a document to check them in: each node is the datasets'
 * whose nodes hold it; the nodes no dataset holds but the catalogue's (`catalogueId`) are the shared
 * nodes, checked apart (sharedValidationDocument), so their results here are not the datasets'.
 * Checking it costs what checking the part did, where a document of stubs would map it all again.
 */
export function partDocument(document: JsonLdDocument, datasets: readonly Dataset[], nodesOf: DatasetNodesOf, catalogueId: string): DatasetsDocument {
	const owners = nodeOwners(datasets.map(nodesOf));
	const stubIds = new Set<string>();
	for (const node of document['@graph']) {
		const id = node['@id'];
		if (typeof id === 'string' && id !== catalogueId && !owners.has(id)) stubIds.add(id);
	}
	return { document, owners, stubIds, catalogueId };
}

/** Node IRI → the indexes of the lists (one per dataset) holding a node with that IRI, each once. */
function nodeOwners(lists: readonly (readonly JsonLdNode[])[]): Map<string, number[]> {
	const owners = new Map<string, number[]>();
	lists.forEach((nodes, index) => {
		for (const node of nodes) {
			const id = node['@id'];
			if (typeof id !== 'string') continue;
			const owning = owners.get(id);
			if (owning === undefined) owners.set(id, [index]);
			else if (owning.at(-1) !== index) owning.push(index);
		}
	});
	return owners;
}

/** Every `@id` inside `value` (references to other nodes, and the nodes' own). */
function collectReferences(value: unknown, into: Set<string>): void {
	if (Array.isArray(value)) {
		for (const item of value) collectReferences(item, into);
	} else if (value !== null && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) {
			if (key === '@id' && typeof inner === 'string') into.add(inner);
			else collectReferences(inner, into);
		}
	}
}
