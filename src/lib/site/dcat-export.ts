/**
 * The DCAT-AP export the site publishes, made and SHACL-validated once per build. A violation of
 * the shapes stops the build with every located message; warnings are printed.
 *
 * The export is made in parts of {@link DATASETS_PER_PART} datasets (dcatApPartMaker): each is turned
 * into a graph, validated and written out as JSON-LD and Turtle text before the next, and the text
 * goes to a {@link DcatSink} as bytes: the build's streams them into the files (write-exports.ts),
 * `astro dev` keeps them outside the JavaScript heap. Memory stays bounded by a part, so 50,000
 * datasets export as readily as 500, where one whole-catalogue graph ran out of heap.
 */
import { setImmediate } from 'node:timers/promises';
import { formatTextLine } from '../diagnostics/format.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { dcatApPartMaker, partDatasets, type DatasetNodesListener, type DcatApOptions, type DcatApPart } from '../export/dcat-ap/catalogue.ts';
import { DCAT_AP_CONTEXT } from '../export/dcat-ap/context.ts';
import { eachNodeOnce } from '../export/dcat-ap/dataset-shacl.ts';
import { partChecker, type PartChecker } from '../export/dcat-ap/part-checks.ts';
import { toTurtle, toTurtleOrder } from '../export/dcat-ap/rdf.ts';
import { locateResults, shaclViolations, type ShaclFinding } from '../export/dcat-ap/shacl.ts';
import type { DcatParts, KeptPart } from '../export/dcat-ap/part-cache.ts';
import type { JsonLdNode } from '../export/dcat-ap/values.ts';
import { sourceMapOf } from '../export/dcat-ap/source-map.ts';
import { shaclDiagnostic, sourceParser } from '../validate/dcat-checks.ts';
import { derivedFromCatalogue } from './catalogue-store.ts';
import { getCatalogue } from './get-catalogue.ts';
import { getQuality } from './get-quality.ts';
import { siteLocation } from './site-iris.ts';
import { append } from '../append.ts';

/**
 * Datasets per part. A part's graphs and SHACL run are most of the export worker's heap between two
 * collections: at 10,000 datasets the worker peaked at 0.92–1.03 GB with parts of 2,000 and at
 * ~0.76 GB with parts of 1,000, beside the pages. Smaller parts cost a little more CPU (a part's
 * shared work) and repeat the catalogue's node once more per part in the files: the same graph.
 */
export const DATASETS_PER_PART = 1000;

/** The catalogue's export in both serializations, as the bytes of the files. */
export interface DcatExport {
	catalogue: Catalogue;
	options: DcatApOptions;
	/** `catalog.jsonld`. */
	jsonld: Blob;
	/** `catalog.ttl`. */
	turtle: Blob;
}

/**
 * The validated export of the served catalogue, for a site published at `site`: what `astro dev`
 * serves (src/export-routes/). A build makes it in the export worker (src/lib/build/write-exports.ts).
 */
export function getDcatExport(site: URL | undefined): Promise<DcatExport> {
	return derivedFromCatalogue('dcat-export', () =>
		getCatalogue().then(async (catalogue) => exportAndValidate(catalogue, { ...siteLocation(site), quality: await getQuality() })),
	);
}

const encoder = new TextEncoder();

/** Where {@link exportAndValidate} puts the text of the two files, part by part, in their order. */
export interface DcatSink {
	/** The next bytes of `catalog.jsonld`. */
	jsonld(bytes: Uint8Array): void;
	/** The next bytes of `catalog.ttl`. */
	turtle(bytes: Uint8Array): void;
}

/** What {@link exportAndValidate} can report about its work, for the benchmark. */
export interface ExportStats {
	parts: number;
	/** Triples validated (a stub of a shared node counts once per graph it is in). */
	triples: number;
	/** Parts kept whole from the last build (part-cache.ts): not even mapped. */
	keptParts: number;
	/** Datasets checked with SHACL now; the others' results were kept (part-cache.ts, kept-dataset-results.ts). */
	checkedDatasets: number;
	/**
	 * Seconds spent mapping to JSON-LD, building the graphs that are validated, looking up and
	 * validating them (the cache key included), and writing the files' text (the Turtle graph included).
	 */
	exportSeconds: number;
	rdfSeconds: number;
	shaclSeconds: number;
	writeSeconds: number;
	/** SHACL findings of each severity. */
	violations: number;
	warnings: number;
}

/** Times `work`, adding its seconds to `stats[key]` when there are stats to keep. */
async function timed<T>(
	stats: ExportStats | undefined,
	key: 'exportSeconds' | 'rdfSeconds' | 'shaclSeconds' | 'writeSeconds',
	work: () => T | Promise<T>,
): Promise<T> {
	const started = performance.now();
	const result = await work();
	if (stats) stats[key] += (performance.now() - started) / 1000;
	return result;
}

/** Fresh, zeroed {@link ExportStats}. */
export function emptyExportStats(): ExportStats {
	return {
		parts: 0,
		keptParts: 0,
		checkedDatasets: 0,
		triples: 0,
		exportSeconds: 0,
		rdfSeconds: 0,
		shaclSeconds: 0,
		writeSeconds: 0,
		violations: 0,
		warnings: 0,
	};
}

/**
 * Exports `catalogue` part by part, validates each with the project's shapes (or takes the results
 * kept for the same part, shacl-cache.ts) and throws on any violation. `stats`, when given,
 * receives the time of each kind of work; with `kept`, a part whose inputs did not change since
 * the last build is taken whole from the cache folder (part-cache.ts). The files' bytes are kept
 * as two Blobs.
 */
export async function exportAndValidate(
	catalogue: Catalogue,
	options: DcatApOptions,
	partSize = DATASETS_PER_PART,
	stats?: ExportStats,
	kept?: DcatParts,
): Promise<DcatExport> {
	const jsonld: Uint8Array[] = [];
	const turtle: Uint8Array[] = [];
	await exportAndValidateTo({ jsonld: (bytes) => jsonld.push(bytes), turtle: (bytes) => turtle.push(bytes) }, catalogue, options, partSize, stats, kept);
	return { catalogue, options, jsonld: new Blob(jsonld as BlobPart[]), turtle: new Blob(turtle as BlobPart[]) };
}

/**
 * {@link exportAndValidate}, giving the files' bytes to `sink` as each part is made rather than
 * keeping them: a part's text goes before the next part is checked, so what the sink received
 * may be followed by a throw (a violation in a later part). With `kept`, a part whose inputs did
 * not change since the last build is taken whole from the cache folder, without being mapped
 * (part-cache.ts); the others are kept there. `onDataset` is given each dataset's nodes as its part is
 * mapped (not those of a kept part).
 */
export async function exportAndValidateTo(
	sink: DcatSink,
	catalogue: Catalogue,
	options: DcatApOptions,
	partSize = DATASETS_PER_PART,
	stats?: ExportStats,
	kept?: DcatParts,
	onDataset?: DatasetNodesListener,
): Promise<void> {
	const sources = sourceMapOf(catalogue, options);
	const findings: ShaclFinding[] = [];
	const once = eachNodeOnce();
	// A part's datasets' nodes as it is mapped: checked without being mapped again.
	const mapped = new Map<Dataset, readonly JsonLdNode[]>();
	const maker = dcatApPartMaker(catalogue, options, (dataset, nodes) => {
		mapped.set(dataset, nodes);
		onDataset?.(dataset, nodes);
	});
	const checker = partChecker(catalogue, options, kept, stats);
	sink.jsonld(encoder.encode(`{\n "@context": ${JSON.stringify(DCAT_AP_CONTEXT)},\n "@graph": [\n`));
	let index = 0;
	let earlier = '';
	for (const datasets of partDatasets(catalogue, partSize)) {
		const key = kept?.key(index, datasets, earlier);
		const stored = key === undefined ? undefined : kept!.get(key);
		if (stored) {
			maker.assume(stored.ids);
			checker.keep(datasets);
		}
		mapped.clear();
		const part =
			stored ??
			(await madePart(
				index,
				datasets,
				() => maker.make(datasets),
				(dataset) => mapped.get(dataset)!,
				checker,
				stats,
			));
		if (!stored && key !== undefined) kept!.set(key, part);
		append(findings, locateResults(once(part.results), sources));
		sink.jsonld(part.jsonld);
		sink.turtle(part.turtle);
		if (stats) {
			stats.parts++;
			if (stored) stats.keptParts++;
		}
		if (kept) earlier = kept.chain(earlier, part.ids);
		index++;
		// A part is checked without a turn of the event loop: without one here, the export worker would read
		// the message that names the output folder only at the end, and hold every part's bytes until then.
		await setImmediate();
	}
	sink.jsonld(encoder.encode('\n ]\n}\n'));
	kept?.prune();
	checker.save();
	const violations = shaclViolations(findings);
	if (stats) {
		stats.violations = violations.length;
		stats.warnings = findings.length - violations.length;
	}
	// Each warning on a line of its own, located as npm run validate reports it (not spliced into Astro's log line).
	const parse = sourceParser(process.env.CATALOGUE_DIR ?? process.cwd());
	for (const warning of findings.filter((finding) => finding.severity === 'warning'))
		console.warn(`\n${formatTextLine(shaclDiagnostic(warning, sources.get(warning.focusNode), parse))}`);
	if (violations.length > 0) {
		throw new Error(`The DCAT-AP export breaks ${violations.length} SHACL rule(s):\n${violations.map((v) => `  ${v.message}`).join('\n')}`);
	}
}

/**
 * Part `index`, listing `datasets`, mapped by `make` (each dataset's nodes then given by `nodesOf`),
 * checked by `checker` (each dataset's results kept or checked now) and turned into the files' bytes.
 */
async function madePart(
	index: number,
	datasets: readonly Dataset[],
	make: () => DcatApPart,
	nodesOf: (dataset: Dataset) => readonly JsonLdNode[],
	checker: PartChecker,
	stats?: ExportStats,
): Promise<KeptPart> {
	const part = await timed(stats, 'exportSeconds', make);
	const checked = await timed(stats, 'shaclSeconds', () => checker.check(index, datasets, nodesOf, part.document));
	return timed(stats, 'writeSeconds', async () => {
		const separator = index === 0 ? '' : ',\n';
		const published = part.published.map((node) => `  ${JSON.stringify(node)}`).join(',\n');
		const text = await toTurtle(toTurtleOrder({ '@context': part.document['@context'], '@graph': part.published }, `p${index}`));
		return {
			jsonld: encoder.encode(separator + published),
			// Every part's Turtle starts with the same prefixes; the file declares them once.
			turtle: encoder.encode(index === 0 ? text : `\n${text.replace(/^(@prefix [^\n]*\n)+\n?/, '')}`),
			ids: part.ids,
			results: checked.results,
			triples: checked.triples,
		};
	});
}
