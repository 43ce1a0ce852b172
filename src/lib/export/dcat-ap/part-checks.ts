/**
 * The SHACL check of the build's DCAT-AP export, part by part (site/dcat-export.ts): the shared
 * nodes' document with the first part, then each dataset of a part, checked in one graph with those
 * of its datasets whose results are not kept (dataset-shacl.ts). With the parts kept from the last
 * build (part-cache.ts), each dataset's results are kept too (kept-dataset-results.ts): after one
 * dataset changed, its part is mapped and written again, but that dataset alone is checked.
 *
 * A part none of whose datasets' results are kept (a cold build) is checked in its own document,
 * as mapped; otherwise the datasets to check are put in a document with stubs of the shared nodes
 * (validation-documents.ts). The shapes are parsed, and the engine loaded, only when something is
 * to be checked.
 */
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import { catalogueIris, type DcatApOptions, type JsonLdDocument } from './catalogue.ts';
import { canonicalResults, datasetGroupResults, validateDocument, type GraphMeasure } from './dataset-shacl.ts';
import type { DcatParts } from './part-cache.ts';
import type { ShaclResult } from './shacl.ts';
import { readShapesGraph, type ShapesGraph } from './shapes.ts';
import { partDocument, sharedValidationDocument, type DatasetNodesOf } from './validation-documents.ts';

/** What checking took, added up over the parts (site/dcat-export.ts, ExportStats). */
export interface CheckStats {
	triples: number;
	rdfSeconds: number;
	shaclSeconds: number;
	checkedDatasets: number;
}

/** A part's results, not located. */
export interface PartResults {
	/** The shared nodes' (first part only), then each dataset's, in the part's order. */
	results: ShaclResult[];
	/** Triples of the graphs checked for them. */
	triples: number;
}

/** Checks the parts of one export. */
export interface PartChecker {
	/** The results of part `index`, listing `datasets`, whose nodes `nodesOf` gives and whose document is `document` (DcatApPart). */
	check(index: number, datasets: readonly Dataset[], nodesOf: DatasetNodesOf, document: JsonLdDocument): Promise<PartResults>;
	/** `datasets` are a part kept whole: their results are kept for the next export too. */
	keep(datasets: readonly Dataset[]): void;
	/** Writes the kept results. */
	save(): void;
}

/**
 * A {@link PartChecker} for `catalogue`'s export with `options`, with the results `kept` from the last
 * build (none: every dataset is checked); `stats`, when given, receives the checks' figures.
 */
export function partChecker(catalogue: Catalogue, options: DcatApOptions, kept?: DcatParts, stats?: CheckStats): PartChecker {
	const shared = sharedValidationDocument(catalogue, options);
	const catalogueId = catalogueIris(catalogue, options).catalogue;
	const results = kept?.datasetResults(shared.types);
	let shapes: ShapesGraph | undefined;
	const shapesGraph = () => (shapes ??= readShapesGraph());
	return {
		async check(index, datasets, nodesOf, document) {
			const measure: GraphMeasure = { triples: 0, graphSeconds: 0 };
			const lists: (ShaclResult[] | undefined)[] = datasets.map((dataset) => results?.get(dataset));
			const missing = datasets.filter((_, position) => lists[position] === undefined);
			const sharedResults = index === 0 ? canonicalResults(await validateDocument(shared.document, shapesGraph(), measure)) : [];
			if (missing.length > 0) {
				// None kept (a cold build): the part's own document, as mapped, rather than one of stubs mapped again.
				const whole = missing.length === datasets.length ? partDocument(document, datasets, nodesOf, catalogueId) : undefined;
				const checked = await datasetGroupResults(missing, catalogue, options, shapesGraph(), shared.types, nodesOf, measure, whole);
				let next = 0;
				lists.forEach((list, position) => {
					if (list !== undefined) return;
					const found = checked[next++]!;
					lists[position] = found;
					results?.set(datasets[position]!, found);
				});
			}
			if (stats) {
				stats.triples += measure.triples;
				// The graphs were built inside the check: their time moves to its own line.
				stats.rdfSeconds += measure.graphSeconds;
				stats.shaclSeconds -= measure.graphSeconds;
				stats.checkedDatasets += missing.length;
			}
			return { results: [...sharedResults, ...(lists as ShaclResult[][]).flat()], triples: measure.triples };
		},
		keep(datasets) {
			for (const dataset of datasets) results?.get(dataset);
		},
		save: () => results?.save(),
	};
}
