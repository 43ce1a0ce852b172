/**
 * `npm run bench [-- --sizes 1000,10000] [--seed 1] [--keep] [--json]`
 *
 * For each size N, generates a synthetic catalogue of N datasets in a temporary folder
 * (scripts/bench/generate-catalogue.ts), then measures wall time and peak memory (max RSS) of
 *
 * - validate: `node scripts/validate.ts` with CATALOGUE_DIR set to the catalogue;
 * - DCAT-AP export: `node scripts/bench/dcat-export.ts`, the export the build makes, timed phase by
 *   phase (JSON-LD, RDF graph, SHACL, Turtle), with the number of triples and the files' sizes, and
 *   data.json's time and size;
 * - build: validate, then scripts/build.ts (Astro into a staging folder, swapped in) with CATALOGUE_DIR and OUT_DIR, as `npm run build` does.
 *   Its time is the sum of both steps and its peak memory the larger of the two; the validate step
 *   is the run reported in the validate columns (not a second run).
 *
 * Prints a table: N, files, validate s, validate peak MB, build s, build peak MB, pages written,
 * output size, and the search index's build time (part of the build, as the Pagefind integration logs
 * it) and size on disk (`<output>/pagefind/`); then a second table with the DCAT-AP export's figures. Temporary folders are removed afterwards unless --keep. Exits 1 when a child fails,
 * printing the tail of its output.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DcatExportFigures } from './bench/dcat-export.ts';
import { generateCatalogue } from './bench/generate-catalogue.ts';
import { measure, memoryProbe, type Measurement } from './bench/measure.ts';
import { searchIndexSeconds, searchIndexSize } from './bench/search-index.ts';

const repoRoot = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,10000' },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help) {
	console.log('Usage: npm run bench -- [--sizes 1000,10000] [--seed 1] [--keep] [--json]');
	process.exit(0);
}

const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error(`--sizes must be a comma-separated list of positive integers (got "${values.sizes}")`);
	process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
	console.error(`--seed must be an integer (got "${values.seed}")`);
	process.exit(2);
}

/** One row of the results table. */
interface Row {
	datasets: number;
	files: number;
	sourceMB: number;
	generateSeconds: number;
	validateSeconds: number;
	validatePeakMB?: number;
	astroSeconds: number;
	astroPeakMB?: number;
	buildSeconds: number;
	buildPeakMB?: number;
	pages: number;
	distMB: number;
	/** Pagefind indexing time, included in astroSeconds. */
	indexSeconds?: number;
	indexFiles: number;
	indexMB: number;
	/** The DCAT-AP export, measured on its own (the build makes it too, inside the Astro step). */
	dcat: DcatExportFigures;
	dcatPeakMB?: number;
}

class ChildFailed extends Error {}

const MB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'odc-bench-'));
let cleaned = false;
const cleanUp = () => {
	if (cleaned) return;
	cleaned = true;
	if (values.keep) console.error(`Kept the benchmark files in ${work}`);
	else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

/** Lines at the end of a text. */
function lastLines(text: string, count: number): string {
	return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** Throws with the tail of the child's output when it failed. */
function check(step: string, n: number, m: Measurement): void {
	if (m.code === 0) return;
	const why = m.signal ? `killed by ${m.signal}` : `exit code ${m.code}`;
	const parts = [`${step} failed for N = ${n} (${why}) after ${m.seconds.toFixed(1)} s.`];
	if (m.stderrTail.trim()) parts.push(`--- stderr (tail) ---\n${lastLines(m.stderrTail, 40)}`);
	if (m.stdoutTail.trim()) parts.push(`--- stdout (tail) ---\n${lastLines(m.stdoutTail, m.stderrTail.trim() ? 15 : 40)}`);
	if (!values.keep) parts.push('Run again with --keep to inspect the generated catalogue.');
	throw new ChildFailed(parts.join('\n'));
}

/** Count of .html files and total bytes under a folder. */
function walk(dir: string): { pages: number; bytes: number } {
	let pages = 0;
	let bytes = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		if (entry.name.endsWith('.html')) pages++;
	}
	return { pages, bytes };
}

function toMB(kib: number | undefined): number | undefined {
	return kib === undefined ? undefined : kib / 1024;
}

async function benchOne(n: number): Promise<Row> {
	const catalogueDir = join(work, `catalogue-${n}`);
	const outDir = join(work, `dist-${n}`);
	mkdirSync(catalogueDir, { recursive: true });

	const generateStarted = performance.now();
	const generated = generateCatalogue(catalogueDir, { datasets: n, seed });
	const generateSeconds = (performance.now() - generateStarted) / 1000;
	console.error(`N = ${n}: generated ${generated.files.length} files (${(generated.bytes / MB).toFixed(1)} MB) in ${generateSeconds.toFixed(1)} s`);

	const env = { ...process.env, CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
	const validate = await measure(process.execPath, ['scripts/validate.ts'], { cwd: repoRoot, env });
	check('validate', n, validate);
	console.error(`N = ${n}: validate ${validate.seconds.toFixed(1)} s`);

	const dcatRun = await measure(process.execPath, ['scripts/bench/dcat-export.ts', catalogueDir], { cwd: repoRoot, env });
	check('DCAT-AP export', n, dcatRun);
	const dcat = JSON.parse(lastLines(dcatRun.stdoutTail, 1)) as DcatExportFigures;
	console.error(`N = ${n}: DCAT-AP export ${dcat.totalSeconds.toFixed(1)} s`);

	const astro = await measure(process.execPath, ['scripts/build.ts'], { cwd: repoRoot, env });
	check('astro build', n, astro);
	console.error(`N = ${n}: astro build ${astro.seconds.toFixed(1)} s`);

	const { pages, bytes } = walk(outDir);
	const index = searchIndexSize(outDir);
	const peaks = [validate.peakKiB, astro.peakKiB];
	return {
		datasets: n,
		files: generated.files.length,
		sourceMB: generated.bytes / MB,
		generateSeconds,
		validateSeconds: validate.seconds,
		validatePeakMB: toMB(validate.peakKiB),
		astroSeconds: astro.seconds,
		astroPeakMB: toMB(astro.peakKiB),
		buildSeconds: validate.seconds + astro.seconds,
		buildPeakMB: peaks.some((p) => p === undefined) ? undefined : toMB(Math.max(...(peaks as number[]))),
		pages,
		distMB: bytes / MB,
		indexSeconds: searchIndexSeconds(astro.stdoutTail + astro.stderrTail),
		indexFiles: index.files,
		indexMB: index.bytes / MB,
		dcat,
		dcatPeakMB: toMB(dcatRun.peakKiB),
	};
}

const fixed = (value: number | undefined, digits: number) => (value === undefined ? 'n/a' : value.toFixed(digits));

/** A plain-text table with right-aligned numbers. */
function formatTable(head: string[], body: string[][]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
	return [line(head), `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`, ...body.map(line)].join('\n');
}

/** The validate and build figures. */
function table(rows: Row[]): string {
	const head = ['N', 'files', 'validate s', 'validate peak MB', 'build s', 'build peak MB', 'pages written', 'dist size MB', 'index s', 'index MB'];
	const body = rows.map((r) => [
		String(r.datasets),
		String(r.files),
		fixed(r.validateSeconds, 1),
		fixed(r.validatePeakMB, 0),
		fixed(r.buildSeconds, 1),
		fixed(r.buildPeakMB, 0),
		String(r.pages),
		fixed(r.distMB, 1),
		fixed(r.indexSeconds, 2),
		fixed(r.indexMB, 1),
	]);
	return formatTable(head, body);
}

/** The DCAT-AP export figures, phase by phase. */
function dcatTable(rows: Row[]): string {
	const head = ['N', 'JSON-LD s', 'RDF s', 'SHACL s', 'Turtle s', 'DCAT total s', 'CPU s', 'peak MB', 'triples', 'JSON-LD MB', 'Turtle MB', 'violations', 'warnings', 'data.json s', 'data.json MB'];
	const body = rows.map(({ datasets, dcat, dcatPeakMB }) => [
		String(datasets),
		fixed(dcat.exportSeconds, 1),
		fixed(dcat.rdfSeconds, 1),
		fixed(dcat.shaclSeconds, 1),
		fixed(dcat.turtleSeconds, 1),
		fixed(dcat.totalSeconds, 1),
		fixed(dcat.cpuSeconds, 1),
		fixed(dcatPeakMB, 0),
		String(dcat.triples),
		fixed(dcat.jsonLdBytes / MB, 1),
		fixed(dcat.turtleBytes / MB, 1),
		String(dcat.violations),
		String(dcat.warnings),
		fixed(dcat.dataJsonSeconds, 1),
		fixed(dcat.dataJsonBytes / MB, 1),
	]);
	return formatTable(head, body);
}

const rows: Row[] = [];
try {
	console.error(`Benchmarking N = ${sizes.join(', ')} (seed ${seed}; peak memory via ${memoryProbe()}) in ${work}`);
	for (const n of sizes) rows.push(await benchOne(n));
	if (values.json) {
		console.log(JSON.stringify({ node: process.version, memoryProbe: memoryProbe(), seed, rows }, null, 2));
	} else {
		console.log(table(rows));
		console.log(`\nbuild = validate + astro build; build peak = the larger of the two; index = Pagefind, part of the build. Node ${process.version}, peak memory via ${memoryProbe()}.`);
		console.log(`\nDCAT-AP export (catalog.jsonld and catalog.ttl, also made inside the build), measured on its own:\n${dcatTable(rows)}`);
		console.log('\nJSON-LD = mapping the catalogue and serializing catalog.jsonld; RDF = its graph; SHACL = validating the graph; Turtle = writing catalog.ttl; DCAT total = the four (wall time; CPU = their user + system time); peak = the whole child process. data.json = mapping, schema check and serializing, apart from the DCAT total.');
	}
} catch (error) {
	if (rows.length > 0 && !values.json) console.log(`${table(rows)}\n\n${dcatTable(rows)}`);
	console.error(error instanceof ChildFailed ? error.message : error);
	process.exitCode = 1;
} finally {
	cleanUp();
}
