/**
 * The DCAT-AP export of a catalogue, timed phase by phase the way the build runs it
 * (`exportAndValidate` in src/lib/site/dcat-export.ts, then `catalog.jsonld` written as JSON):
 *
 * - export: the model mapped to the DCAT-AP JSON-LD document, serialized as `catalog.jsonld` is;
 * - rdf: the document turned into an RDF graph (`toGraph`);
 * - shacl: the graph validated against the project's shapes;
 * - turtle: the graph written as Turtle (`catalog.ttl`);
 *
 * and, apart from those, data.json: mapped, checked against its schema and serialized
 * (`exportDataJson` in src/lib/site/data-json-export.ts).
 *
 * `npm run bench` runs this file as a child process per catalogue size (`node
 * scripts/bench/dcat-export.ts <catalogue folder>`), so its peak memory is measured on its own;
 * the figures are printed as one JSON line.
 */
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { toDcatAp } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { toGraph, toTurtle } from '../../src/lib/export/dcat-ap/rdf.ts';
import { shaclViolations, validateWithShacl } from '../../src/lib/export/dcat-ap/shacl.ts';
import { readShapes } from '../../src/lib/export/dcat-ap/shapes.ts';
import { sourceMapOf } from '../../src/lib/export/dcat-ap/source-map.ts';
import { exportDataJson } from '../../src/lib/site/data-json-export.ts';

/** What {@link measureDcatExport} reports. */
export interface DcatExportFigures {
	exportSeconds: number;
	rdfSeconds: number;
	shaclSeconds: number;
	turtleSeconds: number;
	/** The four phases together. */
	totalSeconds: number;
	/** CPU time (user + system) of the four phases: steadier than wall time on a shared machine. */
	cpuSeconds: number;
	triples: number;
	jsonLdBytes: number;
	turtleBytes: number;
	/** SHACL violations (the build would stop) and warnings. */
	violations: number;
	warnings: number;
	/** data.json: mapping, schema check and serialization. */
	dataJsonSeconds: number;
	dataJsonBytes: number;
}

/** Times the export of the catalogue in `root`; throws when it does not load. */
export async function measureDcatExport(root: string): Promise<DcatExportFigures> {
	const { catalogue, diagnostics } = await loadCatalogue(root);
	if (!catalogue) throw new Error(`The catalogue in ${root} does not load: ${diagnostics.slice(0, 3).map((d) => `${d.file}: ${d.message}`).join('; ')}`);
	const options = { siteUrl: catalogue.config.site.url, base: catalogue.config.site.base };
	const shapes = readShapes();
	const sources = sourceMapOf(catalogue, options);
	const cpuAtStart = process.cpuUsage();
	let started = performance.now();
	const lap = () => {
		const now = performance.now();
		const seconds = (now - started) / 1000;
		started = now;
		return seconds;
	};
	const document = toDcatAp(catalogue, options);
	const jsonLdBytes = Buffer.byteLength(JSON.stringify(document, null, 1));
	const exportSeconds = lap();
	const graph = toGraph(document);
	const rdfSeconds = lap();
	const findings = await validateWithShacl(graph, shapes, sources);
	const shaclSeconds = lap();
	const turtleBytes = Buffer.byteLength(await toTurtle(graph));
	const turtleSeconds = lap();
	const cpu = process.cpuUsage(cpuAtStart);
	const dataJsonBytes = Buffer.byteLength(JSON.stringify(exportDataJson(catalogue, options), null, 1));
	const dataJsonSeconds = lap();
	const violations = shaclViolations(findings).length;
	return {
		exportSeconds,
		rdfSeconds,
		shaclSeconds,
		turtleSeconds,
		totalSeconds: exportSeconds + rdfSeconds + shaclSeconds + turtleSeconds,
		cpuSeconds: (cpu.user + cpu.system) / 1e6,
		triples: graph.size,
		jsonLdBytes,
		turtleBytes,
		violations,
		warnings: findings.length - violations,
		dataJsonSeconds,
		dataJsonBytes,
	};
}

if (import.meta.main) {
	const root = process.argv[2];
	if (!root) {
		console.error('Usage: node scripts/bench/dcat-export.ts <catalogue folder>');
		process.exit(2);
	}
	console.log(JSON.stringify(await measureDcatExport(root)));
}
