/**
 * The DCAT-AP export of a catalogue, timed the way the build runs it (`exportAndValidate` in
 * src/lib/site/dcat-export.ts: the catalogue in parts of 2,000 datasets, each mapped to JSON-LD,
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
 * The export runs twice: cold, with an empty cache folder of its own (ODC_CACHE_DIR set to a
 * temporary folder, removed after), so every part is validated; then warm, as a rebuild of an
 * unchanged catalogue finds it, every part's SHACL results kept (`warm`). Then the per-dataset
 * JSON-LD files are made as their route does (`datasetFiles`).
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
import { forgetRememberedResults } from '../../src/lib/export/dcat-ap/shacl-cache.ts';
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
	/** The export again, every part's SHACL results kept from the cold run (memory forgotten: read from the cache folder). */
	warm: { totalSeconds: number; cpuSeconds: number; cachedParts: number; shaclSeconds: number };
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
	const previousCache = process.env.ODC_CACHE_DIR;
	process.env.ODC_CACHE_DIR = cache;
	try {
		const stats = emptyExportStats();
		const cpuAtStart = process.cpuUsage();
		const started = performance.now();
		const files = await exportAndValidate(catalogue, options, undefined, stats);
		const totalSeconds = (performance.now() - started) / 1000;
		const cpuSeconds = cpuSince(cpuAtStart);
		const dataJsonStarted = performance.now();
		const dataJsonBytes = Buffer.byteLength(JSON.stringify(exportDataJson(catalogue, options), null, 1));
		const dataJsonSeconds = (performance.now() - dataJsonStarted) / 1000;

		forgetRememberedResults();
		const warmStats = emptyExportStats();
		const warmCpu = process.cpuUsage();
		const warmStarted = performance.now();
		await exportAndValidate(catalogue, options, undefined, warmStats);
		const warm = {
			totalSeconds: (performance.now() - warmStarted) / 1000,
			cpuSeconds: cpuSince(warmCpu),
			cachedParts: warmStats.cachedParts,
			shaclSeconds: warmStats.shaclSeconds,
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
			warm,
			datasetFiles,
		};
	} finally {
		if (previousCache === undefined) delete process.env.ODC_CACHE_DIR;
		else process.env.ODC_CACHE_DIR = previousCache;
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
