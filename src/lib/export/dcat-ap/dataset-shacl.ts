/**
 * SHACL results dataset by dataset: the datasets of a group are checked in one graph
 * (validation-documents.ts) and each result is given to the dataset whose node it is on, so that
 * each dataset's results can be kept on their own and a dataset that did not change need not be
 * checked again. `npm run validate` (validate/dcat-dataset-results.ts) and the build's export
 * (site/dcat-export.ts) both check this way, so they find the same results.
 *
 * The SHACL engine and the RDF library are imported only when a graph is checked: a run whose
 * results are all kept does not load them.
 */
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import { append } from '../../append.ts';
import type { DcatApOptions, JsonLdDocument } from './catalogue.ts';
import type { ShaclResult } from './shacl.ts';
import type { ShapesGraph } from './shapes.ts';
import { datasetsValidationDocument, type DatasetNodesOf, type DatasetsDocument } from './validation-documents.ts';

/** Blank node labels of the graphs checked: a blank node's results are its dataset's, whatever it is numbered. */
const BLANK_PREFIX = 'validate';
/** The catalogue's links to its datasets. */
const DATASET_LINK = 'http://www.w3.org/ns/dcat#dataset';

/** What checking took, added up over the graphs checked. */
export interface GraphMeasure {
	/** Triples of the graphs checked. */
	triples: number;
	/** Seconds spent turning documents into graphs (the rest of a check is SHACL's). */
	graphSeconds: number;
}

/** Checks one document against the shapes, as {@link validateDocument} does: here, or on a thread of its own (validate/shacl-thread.ts). */
export type DocumentCheck = (document: JsonLdDocument) => Promise<ShaclResult[]>;

/**
 * Each of `datasets`' results, checked together against `shapes` (`sharedTypes`: the types of the
 * shared nodes, sharedValidationDocument), in one order whatever graph they were found in. A
 * result the group cannot tell the owner of (a blank node's) is had by checking each dataset alone.
 * `shapes` may be the check itself ({@link DocumentCheck}) rather than the graph to check against.
 * `nodesOf` gives a dataset's nodes already mapped (default: mapped here); `measure`, when given,
 * receives the graphs' sizes and times; `prepared` is the document to check when the caller has one
 * that holds these datasets and says whose each node is (a part of the export: validation-documents.ts, partDocument).
 */
export async function datasetGroupResults(
	datasets: readonly Dataset[],
	catalogue: Catalogue,
	options: DcatApOptions,
	shapes: ShapesGraph | DocumentCheck,
	sharedTypes: ReadonlyMap<string, unknown>,
	nodesOf?: DatasetNodesOf,
	measure?: GraphMeasure,
	prepared?: DatasetsDocument,
): Promise<ShaclResult[][]> {
	const { document, owners, stubIds, catalogueId } = prepared ?? datasetsValidationDocument(datasets, catalogue, options, sharedTypes, nodesOf);
	const perDataset: ShaclResult[][] = datasets.map(() => []);
	const check: DocumentCheck = typeof shapes === 'function' ? shapes : (checked) => validateDocument(checked, shapes, measure);
	for (const result of await check(document)) {
		if (stubIds.has(result.focusNode)) continue;
		// The catalogue node's stub: only its links to these datasets are theirs to report, each with the dataset it links to.
		const catalogueLink = result.focusNode === catalogueId;
		if (catalogueLink && (result.path !== DATASET_LINK || result.value === undefined)) continue;
		const owning = owners.get(catalogueLink ? result.value! : result.focusNode);
		if (owning === undefined) {
			// A blank node (it has no IRI to own): alone, a dataset owns all its graph's results.
			if (datasets.length > 1) {
				const alone = await Promise.all(datasets.map((dataset) => datasetGroupResults([dataset], catalogue, options, shapes, sharedTypes, nodesOf, measure)));
				return alone.flat();
			}
			perDataset[0]!.push(result);
			continue;
		}
		for (const index of owning) perDataset[index]!.push(result);
	}
	return perDataset.map(canonicalResults);
}

/** The results of checking `document` against `shapes`; `measure`, when given, receives the graph's size and time. */
export async function validateDocument(document: JsonLdDocument, shapes: ShapesGraph, measure?: GraphMeasure): Promise<ShaclResult[]> {
	const [{ toShaclGraph }, { shaclResults }] = await Promise.all([import('./rdf.ts'), import('./shacl.ts')]);
	const started = performance.now();
	const graph = toShaclGraph(document, BLANK_PREFIX);
	if (measure) {
		measure.triples += graph.size;
		measure.graphSeconds += (performance.now() - started) / 1000;
	}
	return shaclResults(graph, shapes.store);
}

/** Results in one order whatever graph they were found in (the engine's order depends on the graph). */
export function canonicalResults(results: readonly ShaclResult[]): ShaclResult[] {
	return results
		.map((result) => [JSON.stringify(result), result] as const)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([, result]) => result);
}

/**
 * A filter that lets each node's results through once, over every list it is given: a concept
 * several datasets use is reported with the first. Blank nodes (labels without a colon) are not
 * shared: each graph numbers its own from b0.
 */
export function eachNodeOnce(): (results: readonly ShaclResult[]) => ShaclResult[] {
	const reported = new Set<string>();
	return (results) => {
		const fresh = results.filter((result) => !reported.has(result.focusNode));
		for (const result of fresh) if (result.focusNode.includes(':')) reported.add(result.focusNode);
		return fresh;
	};
}

/** Every list of `lists`, each node's results once ({@link eachNodeOnce}). */
export function resultsOnce(lists: Iterable<readonly ShaclResult[]>): ShaclResult[] {
	const once = eachNodeOnce();
	const all: ShaclResult[] = [];
	for (const results of lists) append(all, once(results));
	return all;
}
