/**
 * `npm run bench [-- --sizes 1000,10000] [--schedule-rows 10000] [--csv-mb 200] [--csv-only] [--no-import] [--import-only] [--seed 1] [--keep] [--json] [--no-browser] [--query q] [--runs 3] [--compare REF] [--relevance]`
 *
 * For each size N, generates a synthetic catalogue of N datasets with release schedules of
 * `--schedule-rows` rows in all (scripts/bench/generate-catalogue.ts, generate-schedules.ts) in a
 * temporary folder, then measures wall time, CPU time (user + system) and the peak memory of the
 * whole process tree (scripts/bench/measure.ts), medians of `--runs` runs, of
 *
 * - validate: `npm run validate` with CATALOGUE_DIR set to the catalogue (schedules included),
 *   with an empty ODC_CACHE_DIR of its own;
 * - revalidate: `npm run validate` again after the rebuild's change (below), with the cache that
 *   validate left: what a steward's next check, or the next CI run's, costs;
 * - build: `npm run build` (validation and the Astro build in one process, Pagefind in its own),
 *   cold: no previous output and an empty ODC_CACHE_DIR of its own; printed with its ratio to validate;
 * - rebuild: `npm run build` again after one dataset file's title changed, with the cold build's
 *   output and cache in place (scripts/bench/build-steps.ts);
 * - schedules: the schedule part of validation alone, in-process, fastest of three
 *   (scripts/bench/schedule-timing.ts), since two whole runs on a busy machine differ by more;
 * - DCAT-AP export: `node scripts/bench/dcat-export.ts`, the export the build makes, timed phase by
 *   phase (JSON-LD, RDF graph, SHACL, Turtle), with the number of triples and the files' sizes, and
 *   data.json's time and size;
 *
 * Prints a table of those three steps, one of what the build made (pages, output size, the search
 * index's build time as the Pagefind integration logs it and its size on disk, `<output>/pagefind/`)
 * with the schedules' time, then a table of the DCAT-AP export's figures.
 *
 * `--compare REF` instead makes a git worktree of REF (scripts/bench/compare.ts) and, for each size,
 * runs validate, build, rebuild and revalidate in it and in this checkout alternately on the same catalogue,
 * then prints both side by side with the change in per cent. Nothing else is measured.
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
 * Then, unless --no-import, it runs each importer (npm run import) three times on the largest real
 * source of its kind in ../shared/realdata (scripts/bench/import-run.ts): records per second and
 * peak memory. --import-only measures only that.
 *
 * `--relevance` instead runs the relevance benchmark (scripts/bench/relevance/): the judged queries
 * on a site built from the real records in ../shared/realdata, with MRR and nDCG@10.
 *
 * Temporary folders are removed afterwards unless --keep. Exits 1 when a child fails, printing the
 * tail of its output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCatalogue, compareCatalogue, type CatalogueFigures, type ComparedFigures } from './bench/catalogue-run.ts';
import { ChildFailed } from './bench/children.ts';
import { checkoutLabel, createRefTree, RefTreeError, type RefTree } from './bench/compare.ts';
import { benchCsv, type CsvFigures } from './bench/csv-run.ts';
import { memoryProbe } from './bench/measure.ts';
import { BenchUsageError, parseBenchOptions, USAGE, type BenchOptions } from './bench/options.ts';
import { benchImports, REALDATA, type ImportFigures } from './bench/import-run.ts';
import { buildTable, compareTable, csvTable, dcatTable, importTable, searchTable, siteTable } from './bench/report.ts';
import { TYPING_DELAY_MS } from './bench/search-browser.ts';
import { hasRealData, REALDATA_DIR } from './bench/relevance/real-catalogue.ts';
import { benchRelevance, relevanceTable } from './bench/relevance/run-relevance.ts';

let options: BenchOptions;
try {
	options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
	console.error(error instanceof BenchUsageError || error instanceof TypeError ? `${error.message}\n${USAGE}` : error);
	process.exit(2);
}
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}

if (options.relevance) {
	if (!hasRealData()) {
		console.error(`The relevance benchmark needs the shared real data in ${REALDATA_DIR}, which is absent.`);
		process.exit(1);
	}
	const figures = await benchRelevance({ keep: options.keep });
	console.log(options.json ? JSON.stringify(figures, null, 2) : relevanceTable(figures));
	process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'odc-bench-'));
let refTree: RefTree | undefined;
let cleaned = false;
const cleanUp = () => {
	if (cleaned) return;
	cleaned = true;
	// Always: a worktree left behind stays registered in the repository's git folder.
	refTree?.remove();
	if (options.keep) console.error(`Kept the benchmark files in ${work}`);
	else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

/** Prints every table that has figures, with what its columns mean. */
function report(rows: CatalogueFigures[], csvRows: CsvFigures[]): void {
	if (rows.length > 0) {
		console.log(buildTable(rows));
		console.log(`\n${STEPS_NOTE}\n\n${siteTable(rows)}`);
		console.log(
			`\nschedules = the schedule part of validate alone (read, check, model; in-process, fastest of 3); pages and dist size = the site as the last rebuild left it; index s = Pagefind's time in the last cold build (part of its time), index MB = its bundle on disk.`,
		);
		console.log(`\nDCAT-AP export (catalog.jsonld and catalog.ttl, also made inside the build), measured on its own:\n${dcatTable(rows)}`);
		console.log(
			"\nThe export runs in parts of 2,000 datasets; each column sums the parts. JSON-LD = mapping to the parts' documents; RDF = their graphs; SHACL = validating them; write = the text of catalog.jsonld and catalog.ttl; DCAT total = wall time of it all (CPU = user + system time); triples = validated, summed over the parts; peak = the whole child process. data.json = mapping, schema check and serializing, apart from the DCAT total.",
		);
	}
	if (options.browser && rows.some((r) => r.search)) {
		console.log(
			`\nSearch in Chromium, query "${options.browser.query}", then the publisher with the most results ticked; median of ${options.browser.runs} cold runs, served gzipped from 127.0.0.1.`,
		);
		console.log('KB = bytes transferred; ms = from the action to the results shown (first result / all ten), after the page has loaded.');
		console.log(
			`The first query is pasted and submitted at once; "typed" types it key by key (${TYPING_DELAY_MS} ms apart) on another cold page and times it from Enter.\n`,
		);
		console.log(searchTable(rows));
	}
	if (csvRows.length > 0) {
		console.log(`${rows.length > 0 ? '\n' : ''}${csvTable(csvRows)}`);
		console.log(
			'\nStreamed from disk in one pass (scripts/bench/preview-csv.ts in a child process); peak = its max RSS. Target: under 300 MB (set for a 200 MB file; a data file over 100 MiB is now refused before it is read).',
		);
	}
	if (importRows && importRows.length > 0) {
		console.log(`\nImporters on real data (../shared/realdata), each as npm run import in a child process:\n${importTable(importRows)}`);
		console.log(
			"\nrecords = datasets and organizations read; command s = wall time of the whole command (Node start-up and module loading included); import s = reading, mapping and writing, as the importer times it; records/s = records / import s; medians of three runs; peak = the child's max RSS over the three.",
		);
	}
}

/** What the step tables' figures are. */
const STEPS_NOTE = `Medians of the runs. wall = elapsed time; CPU = user + system time of the whole process tree (npm, Node, Pagefind); peak = the largest sum of the resident memory of the tree's live processes, sampled every 150 ms from /proc. validate and the cold build start from an empty ODC_CACHE_DIR (the cold build from no previous output either); the rebuild follows the cold build with one dataset's title changed; the revalidate checks that catalogue with the cache validate left. Node ${process.version}, ${memoryProbe() === 'gnu-time' ? 'CPU time via GNU time' : 'CPU time from /proc samples'}.`;

/** `--compare`: the same steps in a worktree of the reference and in this checkout, alternately. */
async function compare(ref: string): Promise<void> {
	const repoRoot = resolve(import.meta.dirname, '..');
	const current = { label: checkoutLabel(repoRoot), root: repoRoot };
	refTree = createRefTree(ref, repoRoot, work);
	console.error(
		`Comparing ${refTree.label} (node_modules ${refTree.modules}) with ${current.label}: N = ${options.sizes.join(', ')}, ${options.runs} run(s) each, in ${work}`,
	);
	const compared: ComparedFigures[] = [];
	try {
		for (const n of options.sizes)
			compared.push(
				await compareCatalogue(n, [refTree, current], {
					work,
					seed: options.seed,
					scheduleRows: options.scheduleRows,
					keep: options.keep,
					runs: options.runs,
					browser: undefined,
				}),
			);
	} finally {
		if (compared.length > 0 && !options.json)
			console.log(
				`${compareTable(compared)}\n\n${STEPS_NOTE} Each step ran in A then B, then B then A in the next run, each once the site a build replaced was deleted.`,
			);
	}
	if (options.json) console.log(JSON.stringify({ node: process.version, memoryProbe: memoryProbe(), seed: options.seed, compare: compared }, null, 2));
}

/** Validate, build, rebuild and revalidate in a worktree of the reference and in this checkout; the worktree is always removed. */
async function compareRun(ref: string): Promise<void> {
	try {
		await compare(ref);
	} catch (error) {
		console.error(error instanceof ChildFailed || error instanceof RefTreeError ? error.message : error);
		process.exitCode = 1;
	} finally {
		cleanUp();
	}
}

const rows: CatalogueFigures[] = [];
let csvRows: CsvFigures[] = [];
let importRows: ImportFigures[] | undefined;
if (options.compare !== undefined) await compareRun(options.compare);
else await benchmark();

/** Everything but --compare: the catalogues, the CSV preview and the importers. */
async function benchmark(): Promise<void> {
	try {
		const sizes = options.csvOnly || options.importOnly ? [] : options.sizes;
		console.error(
			`Benchmarking N = ${sizes.join(', ') || 'none'}, CSV ${options.importOnly ? 0 : options.csvMegabytes} MB, importers ${options.imports || options.importOnly ? 'yes' : 'no'} (seed ${options.seed}; peak memory via ${memoryProbe()}) in ${work}`,
		);
		for (const n of sizes)
			rows.push(
				await benchCatalogue(n, {
					work,
					seed: options.seed,
					scheduleRows: options.scheduleRows,
					keep: options.keep,
					runs: options.runs,
					browser: options.browser,
				}),
			);
		if (options.csvMegabytes > 0 && !options.importOnly) csvRows = await benchCsv(options.csvMegabytes, work, options.seed, options.keep);
		if (options.imports || options.importOnly) {
			importRows = await benchImports(work);
			if (importRows === undefined) console.error(`The importers are not measured: ${REALDATA} is absent (a clone without ../shared).`);
		}
		if (options.json)
			console.log(JSON.stringify({ node: process.version, memoryProbe: memoryProbe(), seed: options.seed, rows, csv: csvRows, imports: importRows }, null, 2));
		else report(rows, csvRows);
	} catch (error) {
		// Whatever was measured before the failure is still worth seeing.
		if (!options.json) report(rows, csvRows);
		console.error(error instanceof ChildFailed ? error.message : error);
		process.exitCode = 1;
	} finally {
		cleanUp();
	}
}
