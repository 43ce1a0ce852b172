/**
 * The DCAT-AP export of a catalogue, timed the way the build runs it (`exportAndValidate` in
 * src/lib/site/dcat-export.ts: the catalogue in parts of `DATASETS_PER_PART` datasets, each mapped to JSON-LD,
 * turned into a graph, validated with SHACL and written out as JSON-LD and Turtle text), with the
 * time of each kind of work summed over the parts:
 *
 * - export: mapping the model to the parts' JSON-LD documents;
 * - rdf: turning each part into an RDF graph (`toGraph`);
 * - shacl: validating each graph against the project's shapes;
 * - write: the text of `catalog.jsonld` and `catalog.ttl`;
 *
 * and, apart from those, data.json: mapped, checked against its schema and serialized
 * (`exportDataJson` in src/lib/site/data-json-export.ts).
 *
 * The export runs twice, each time keeping its parts and each dataset's SHACL results in a cache
 * folder of its own (a temporary folder, removed after) as `npm run build` does (part-cache.ts):
 * cold, with the folder empty, so every dataset is checked; then after one dataset's title changed
 * (`changed`), as a rebuild finds it: the other parts are kept whole, the changed part is mapped
 * and written again, and only that dataset is checked. Then the per-dataset JSON-LD files are made
 * as their route does (`datasetFiles`).
 *
 * `npm run bench` runs this file as a child process per catalogue size (`node
 * scripts/bench/dcat-export.ts <catalogue folder>`), so its peak memory is measured on its own;
 * the figures are printed as one JSON line.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { toDcatApDataset } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { codeVersion } from '../../src/lib/build/code-version.ts';
import { datasetFileKeys } from '../../src/lib/build/dataset-file-keys.ts';
import type { DcatApOptions } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { openDcatParts, type DcatParts } from '../../src/lib/export/dcat-ap/part-cache.ts';
import { PROJECT_SHAPES, shapesDigest, shapeTexts } from '../../src/lib/export/dcat-ap/shapes-digest.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { emptyExportStats, exportAndValidate } from '../../src/lib/site/dcat-export.ts';
import { exportDataJson } from '../../src/lib/site/data-json-export.ts';

/** What {@link measureDcatExport} reports. */
export interface DcatExportFigures {
	parts: number;
	exportSeconds: number;
	rdfSeconds: number;
	shaclSeconds: number;
	/** Writing the text of catalog.jsonld and catalog.ttl. */
	turtleSeconds: number;
	/** The whole export, wall time. */
	totalSeconds: number;
	/** CPU time (user + system) of the export: steadier than wall time on a shared machine. */
	cpuSeconds: number;
	/** Triples validated, summed over the parts. */
	triples: number;
	jsonLdBytes: number;
	turtleBytes: number;
	/** SHACL violations (the build would stop) and warnings. */
	violations: number;
	warnings: number;
	/** data.json: mapping, schema check and serialization. */
	dataJsonSeconds: number;
	dataJsonBytes: number;
	/** The export again after one dataset's title changed, the cold run's parts and results kept. */
	changed: { totalSeconds: number; cpuSeconds: number; keptParts: number; checkedDatasets: number; shaclSeconds: number };
	/** The per-dataset JSON-LD files (`datasets/<id>.jsonld`), mapped and serialized as their route does. */
	datasetFiles: { seconds: number; cpuSeconds: number; bytes: number };
}

const cpuSince = (start: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1e6;
};

/** Times the export of the catalogue in `root`; throws when it does not load. */
export async function measureDcatExport(root: string): Promise<DcatExportFigures> {
	const { catalogue, diagnostics } = await loadCatalogue(root);
	if (!catalogue)
		throw new Error(
			`The catalogue in ${root} does not load: ${diagnostics
				.slice(0, 3)
				.map((d) => `${d.file}: ${d.message}`)
				.join('; ')}`,
		);
	const options = { siteUrl: catalogue.config.site.url, base: catalogue.config.site.base };
	const cache = mkdtempSync(join(tmpdir(), 'odc-bench-cache-'));
	// The bench runs from the checkout, whose sources are always found; a made-up version would do as well.
	const version = codeVersion() ?? 'bench';
	const digest = shapesDigest(shapeTexts([PROJECT_SHAPES]));
	// As the build opens them (write-exports.ts), keyed by the catalogue as it is now.
	const keptParts = (now: Catalogue, published: DcatApOptions): DcatParts =>
		openDcatParts(root, now, published, datasetFileKeys(now, published, version).jsonLd, digest, version, cache)!;
	try {
		const stats = emptyExportStats();
		const cpuAtStart = process.cpuUsage();
		const started = performance.now();
		const files = await exportAndValidate(catalogue, options, undefined, stats, keptParts(catalogue, options));
		const totalSeconds = (performance.now() - started) / 1000;
		const cpuSeconds = cpuSince(cpuAtStart);
		const dataJsonStarted = performance.now();
		const dataJsonBytes = Buffer.byteLength(JSON.stringify(exportDataJson(catalogue, options), null, 1));
		const dataJsonSeconds = (performance.now() - dataJsonStarted) / 1000;

		// The middle dataset's title, as a steward's edit: a new model object, as a rebuild loads it.
		const middle = Math.floor(catalogue.datasets.length / 2);
		const edited = catalogue.datasets[middle]!;
		const changedCatalogue = {
			...catalogue,
			datasets: catalogue.datasets.with(middle, { ...edited, title: { ...edited.title, en: `${edited.title.en ?? ''}, changed` } }),
		};
		const changedStats = emptyExportStats();
		const changedCpu = process.cpuUsage();
		const changedStarted = performance.now();
		await exportAndValidate(changedCatalogue, options, undefined, changedStats, keptParts(changedCatalogue, options));
		const changed = {
			totalSeconds: (performance.now() - changedStarted) / 1000,
			cpuSeconds: cpuSince(changedCpu),
			keptParts: changedStats.keptParts,
			checkedDatasets: changedStats.checkedDatasets,
			shaclSeconds: changedStats.shaclSeconds,
		};

		const filesCpu = process.cpuUsage();
		const filesStarted = performance.now();
		let bytes = 0;
		for (const dataset of catalogue.datasets) bytes += Buffer.byteLength(JSON.stringify(toDcatApDataset(catalogue, dataset.identifier, options), null, 1));
		const datasetFiles = { seconds: (performance.now() - filesStarted) / 1000, cpuSeconds: cpuSince(filesCpu), bytes };

		return {
			parts: stats.parts,
			exportSeconds: stats.exportSeconds,
			rdfSeconds: stats.rdfSeconds,
			shaclSeconds: stats.shaclSeconds,
			turtleSeconds: stats.writeSeconds,
			totalSeconds,
			cpuSeconds,
			triples: stats.triples,
			jsonLdBytes: files.jsonld.size,
			turtleBytes: files.turtle.size,
			violations: stats.violations,
			warnings: stats.warnings,
			dataJsonSeconds,
			dataJsonBytes,
			changed,
			datasetFiles,
		};
	} finally {
		rmSync(cache, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	const root = process.argv[2];
	if (!root) {
		console.error('Usage: node scripts/bench/dcat-export.ts <catalogue folder>');
		process.exit(2);
	}
	console.log(JSON.stringify(await measureDcatExport(root)));
}
