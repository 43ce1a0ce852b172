/**
 * `npm run bench [-- --sizes 1000,10000] [--schedule-rows 10000] [--csv-mb 200] [--csv-only] [--seed 1] [--keep] [--json] [--no-browser] [--query q] [--runs 3]`
 *
 * For each size N, generates a synthetic catalogue of N datasets with release schedules of
 * `--schedule-rows` rows in all (scripts/bench/generate-catalogue.ts, generate-schedules.ts) in a
 * temporary folder, then measures wall time and peak memory (max RSS) of
 *
 * - validate: `node scripts/validate.ts` with CATALOGUE_DIR set to the catalogue (schedules included);
 * - schedules: the schedule part of validation alone, in-process, fastest of three
 *   (scripts/bench/schedule-timing.ts), since two whole runs on a busy machine differ by more;
 * - DCAT-AP export: `node scripts/bench/dcat-export.ts`, the export the build makes, timed phase by
 *   phase (JSON-LD, RDF graph, SHACL, Turtle), with the number of triples and the files' sizes, and
 *   data.json's time and size;
 * - build: validate, then scripts/build.ts (Astro into a staging folder, swapped in) with CATALOGUE_DIR and OUT_DIR, as `npm run build` does.
 *   Its time is the sum of both steps and its peak memory the larger of the two; the validate step
 *   is the run reported in the validate columns (not a second run).
 *
 * Prints a table: N, files, schedule rows, validate s, schedules s, validate peak MB, build s, build peak MB, pages written,
 * output size, and the search index's build time (part of the build, as the Pagefind integration logs
 * it) and size on disk (`<output>/pagefind/`); then a table of the DCAT-AP export's figures.
 *
 * Then, unless --no-browser, serves the built site gzipped on 127.0.0.1 and measures search in
 * Chromium (scripts/bench/search-browser.ts): bytes and time of the first query after the search
 * page has loaded and of a facet change, for Pagefind and, in the same run, for the single-JSON
 * baseline (one file of every record, fetched and filtered in the browser; single-json.ts).
 *
 * Then it generates a CSV of --csv-mb megabytes (scripts/bench/generate-csv.ts; 0 skips it) and
 * measures the build-time preview of it in a child process (scripts/bench/preview-csv.ts): once the
 * preview alone, once with the check against its data dictionary (a unique key, so every row is
 * remembered). The child reports its own wall time and peak memory (max RSS); the target is a peak
 * under 300 MB for 200 MB. --csv-only skips the catalogues.
 *
 * Temporary folders are removed afterwards unless --keep. Exits 1 when a child fails, printing the
 * tail of its output.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DcatExportFigures } from './bench/dcat-export.ts';
import { generateCatalogue } from './bench/generate-catalogue.ts';
import { generateCsv } from './bench/generate-csv.ts';
import { measure, memoryProbe, type Measurement } from './bench/measure.ts';
import { timeSchedules } from './bench/schedule-timing.ts';
import { searchIndexSeconds, searchIndexSize } from './bench/search-index.ts';
import { measureSearch, type SearchFigures } from './bench/search-browser.ts';
import { writeSingleJsonBaseline } from './bench/single-json.ts';
import { loadCatalogue } from '../src/lib/catalogue.ts';
import { serveStatic } from '../tests/browser/support/server.ts';

const repoRoot = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,10000' },
		'schedule-rows': { type: 'string', default: '10000' },
		'csv-mb': { type: 'string', default: '200' },
		'csv-only': { type: 'boolean', default: false },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		'no-browser': { type: 'boolean', default: false },
		query: { type: 'string', default: 'water quality' },
		runs: { type: 'string', default: '3' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help) {
	console.log('Usage: npm run bench -- [--sizes 1000,10000] [--schedule-rows 10000] [--csv-mb 200] [--csv-only] [--seed 1] [--keep] [--json] [--no-browser] [--query "water quality"] [--runs 3]');
	process.exit(0);
}

const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error(`--sizes must be a comma-separated list of positive integers (got "${values.sizes}")`);
	process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
	console.error(`--runs must be a positive integer (got "${values.runs}")`);
	process.exit(2);
}
const csvMegabytes = Number(values['csv-mb']);
if (!Number.isFinite(csvMegabytes) || csvMegabytes < 0) {
	console.error(`--csv-mb must be a number of megabytes, 0 to skip (got "${values['csv-mb']}")`);
	process.exit(2);
}
const scheduleRows = Number(values['schedule-rows']);
if (!Number.isInteger(scheduleRows) || scheduleRows < 0) {
	console.error(`--schedule-rows must be a whole number (got "${values['schedule-rows']}")`);
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
	scheduleRows: number;
	/** Reading, validating and cross-checking the schedules alone (in-process, fastest of three). */
	scheduleSeconds: number;
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
	/** Search measured in Chromium (absent with --no-browser). */
	search?: { pagefind: SearchFigures; singleJson: SearchFigures; singleJsonMB: number };
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
	const generated = generateCatalogue(catalogueDir, { datasets: n, seed, scheduleRows });
	const generateSeconds = (performance.now() - generateStarted) / 1000;
	console.error(`N = ${n}: generated ${generated.files.length} files (${(generated.bytes / MB).toFixed(1)} MB) in ${generateSeconds.toFixed(1)} s`);

	const env = { ...process.env, CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
	const validate = await measure(process.execPath, ['scripts/validate.ts'], { cwd: repoRoot, env });
	check('validate', n, validate);
	console.error(`N = ${n}: validate ${validate.seconds.toFixed(1)} s (with ${generated.scheduleRows} schedule rows)`);
	const schedules = timeSchedules(catalogueDir, new Date().toISOString().slice(0, 10));
	if (schedules.errors > 0) throw new ChildFailed(`the generated schedules of N = ${n} have ${schedules.errors} error(s); run npm run validate on them (--keep)`);
	console.error(`N = ${n}: schedules alone ${schedules.seconds.toFixed(2)} s for ${schedules.rows} rows (${schedules.warnings} warnings)`);

	const dcatRun = await measure(process.execPath, ['scripts/bench/dcat-export.ts', catalogueDir], { cwd: repoRoot, env });
	check('DCAT-AP export', n, dcatRun);
	const dcat = JSON.parse(lastLines(dcatRun.stdoutTail, 1)) as DcatExportFigures;
	console.error(`N = ${n}: DCAT-AP export ${dcat.totalSeconds.toFixed(1)} s`);

	const astro = await measure(process.execPath, ['scripts/build.ts', '--no-validate'], { cwd: repoRoot, env });
	check('astro build', n, astro);
	console.error(`N = ${n}: astro build ${astro.seconds.toFixed(1)} s`);

	const { pages, bytes } = walk(outDir);
	const index = searchIndexSize(outDir);
	const search = values['no-browser'] ? undefined : await benchSearch(n, catalogueDir, outDir);
	const peaks = [validate.peakKiB, astro.peakKiB];
	return {
		datasets: n,
		files: generated.files.length,
		sourceMB: generated.bytes / MB,
		generateSeconds,
		validateSeconds: validate.seconds,
		validatePeakMB: toMB(validate.peakKiB),
		scheduleRows: generated.scheduleRows,
		scheduleSeconds: schedules.seconds,
		astroSeconds: astro.seconds,
		astroPeakMB: toMB(astro.peakKiB),
		buildSeconds: validate.seconds + astro.seconds,
		buildPeakMB: peaks.some((p) => p === undefined) ? undefined : toMB(Math.max(...(peaks as number[]))),
		pages,
		distMB: bytes / MB,
		indexSeconds: searchIndexSeconds(astro.stdoutTail + astro.stderrTail),
		indexFiles: index.files,
		indexMB: index.bytes / MB,
		search,
		dcat,
		dcatPeakMB: toMB(dcatRun.peakKiB),
	};
}

/** Writes the single-JSON baseline beside the built site, serves both and measures them in Chromium. */
async function benchSearch(n: number, catalogueDir: string, outDir: string): Promise<Row['search']> {
	const { catalogue } = await loadCatalogue(catalogueDir);
	if (!catalogue) throw new ChildFailed(`N = ${n}: the catalogue did not load for the single-JSON baseline`);
	const jsonBytes = writeSingleJsonBaseline(catalogue, outDir, 'en');
	const server = await serveStatic(outDir, { compress: true });
	try {
		const figures = await measureSearch({ origin: server.origin, lang: 'en', query: values.query!, runs });
		console.error(`N = ${n}: search measured in Chromium (median of ${runs} cold runs)`);
		return { ...figures, singleJsonMB: jsonBytes / MB };
	} finally {
		await server.close();
	}
}

/** The search figures as a table: one row per size and approach. */
function searchTable(rows: Row[]): string {
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	const head = ['N', 'approach', 'page load KB', 'first query KB', 'first query ms', 'requests', 'facet KB', 'facet ms', 'results'];
	const body = rows.flatMap((r) => {
		if (!r.search) return [];
		const line = (name: string, f: SearchFigures) => [
			String(r.datasets), name, kb(f.loadBytes), kb(f.firstQuery.bytes), f.firstQuery.ms.toFixed(0), String(f.firstQuery.requests),
			kb(f.facetChange.bytes), f.facetChange.ms.toFixed(0), `${f.firstQuery.results} → ${f.facetChange.results}`,
		];
		return [line('Pagefind', r.search.pagefind), line(`single JSON (${r.search.singleJsonMB.toFixed(1)} MB raw)`, r.search.singleJson)];
	});
	return formatTable(head, body);
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
	const head = ['N', 'files', 'schedule rows', 'validate s', 'schedules s', 'validate peak MB', 'build s', 'build peak MB', 'pages written', 'dist size MB', 'index s', 'index MB'];
	const body = rows.map((r) => [
		String(r.datasets),
		String(r.files),
		String(r.scheduleRows),
		fixed(r.validateSeconds, 1),
		fixed(r.scheduleSeconds, 2),
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

/** One run of the CSV preview benchmark. */
interface CsvRow {
	step: 'preview' | 'preview + dictionary check';
	fileMB: number;
	rows: number;
	seconds: number;
	peakMB: number;
	problems: number;
}

/** Generates the CSV, then previews it in a child process, without and with its dictionary. */
async function benchCsv(megabytes: number): Promise<CsvRow[]> {
	const path = join(work, 'large.csv');
	const started = performance.now();
	const generated = await generateCsv(path, { bytes: megabytes * 1_000_000, seed });
	console.error(`CSV: generated ${(generated.bytes / 1_000_000).toFixed(0)} MB, ${generated.rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	const out: CsvRow[] = [];
	for (const step of ['preview', 'preview + dictionary check'] as const) {
		const args = ['scripts/bench/preview-csv.ts', path, ...(step === 'preview' ? [] : ['--dictionary'])];
		const m = await measure(process.execPath, args, { cwd: repoRoot, env: process.env });
		check(`CSV ${step}`, generated.rows, m);
		const figures = JSON.parse(lastLines(m.stdoutTail, 1)) as { seconds: number; peakMB: number; rows: number; problems: number };
		if (figures.rows !== generated.rows) throw new ChildFailed(`CSV ${step} counted ${figures.rows} rows, not ${generated.rows}`);
		out.push({ step, fileMB: generated.bytes / 1_000_000, rows: figures.rows, seconds: figures.seconds, peakMB: figures.peakMB, problems: figures.problems });
		console.error(`CSV: ${step} ${figures.seconds.toFixed(1)} s, peak ${figures.peakMB.toFixed(0)} MB`);
	}
	return out;
}

function csvTable(csvRows: CsvRow[]): string {
	const head = ['build-time preview of a CSV', 'file MB', 'rows', 'seconds', 'peak MB', 'problems'];
	const body = csvRows.map((r) => [r.step, r.fileMB.toFixed(0), String(r.rows), r.seconds.toFixed(1), r.peakMB.toFixed(0), String(r.problems)]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
	const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

const rows: Row[] = [];
let csvRows: CsvRow[] = [];
try {
	const catalogueSizes = values['csv-only'] ? [] : sizes;
	console.error(`Benchmarking N = ${catalogueSizes.join(', ') || 'none'}, CSV ${csvMegabytes} MB (seed ${seed}; peak memory via ${memoryProbe()}) in ${work}`);
	for (const n of catalogueSizes) rows.push(await benchOne(n));
	if (csvMegabytes > 0) csvRows = await benchCsv(csvMegabytes);
	if (values.json) {
		console.log(JSON.stringify({ node: process.version, memoryProbe: memoryProbe(), seed, rows, csv: csvRows }, null, 2));
	} else {
		if (rows.length > 0) {
			console.log(table(rows));
			console.log(`\nschedules = the schedule part of validate alone (read, check, model; in-process, fastest of 3); build = validate + astro build; build peak = the larger of the two; index = Pagefind, part of the build. Node ${process.version}, peak memory via ${memoryProbe()}.`);
			console.log(`\nDCAT-AP export (catalog.jsonld and catalog.ttl, also made inside the build), measured on its own:\n${dcatTable(rows)}`);
			console.log('\nJSON-LD = mapping the catalogue and serializing catalog.jsonld; RDF = its graph; SHACL = validating the graph; Turtle = writing catalog.ttl; DCAT total = the four (wall time; CPU = their user + system time); peak = the whole child process. data.json = mapping, schema check and serializing, apart from the DCAT total.');
		}
		if (rows.some((r) => r.search)) {
			console.log(`\nSearch in Chromium, query "${values.query}", then the publisher with the most results ticked; median of ${runs} cold runs, served gzipped from 127.0.0.1.`);
			console.log('KB = bytes transferred; ms = from the action to the results shown, after the page has loaded.\n');
			console.log(searchTable(rows));
		}
		if (csvRows.length > 0) {
			console.log(`${rows.length > 0 ? '\n' : ''}${csvTable(csvRows)}`);
			console.log('\nStreamed from disk in one pass (scripts/bench/preview-csv.ts in a child process); peak = its max RSS. Target: under 300 MB for 200 MB.');
		}
	}
} catch (error) {
	if (rows.length > 0 && !values.json) console.log(`${table(rows)}\n\n${dcatTable(rows)}`);
	console.error(error instanceof ChildFailed ? error.message : error);
	process.exitCode = 1;
} finally {
	cleanUp();
}
