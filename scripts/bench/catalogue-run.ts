/**
 * One size of the catalogue benchmark: generate N synthetic datasets, then measure `npm run
 * validate`, a cold `npm run build`, a rebuild after one changed dataset and a revalidate (build-steps.ts), the
 * schedules alone, the DCAT-AP export alone, and (optionally) search in Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { serveStatic } from '../../tests/browser/support/server.ts';
import { runSteps, type BenchTree, type StepFigures, type TreeSteps } from './build-steps.ts';
import { checkChild, ChildFailed, lastLines, MB, toMB, walk } from './children.ts';
import type { DcatExportFigures } from './dcat-export.ts';
import { generateCatalogue } from './generate-catalogue.ts';
import { measure } from './measure.ts';
import { timeSchedules } from './schedule-timing.ts';
import { measureSearch, type SearchFigures } from './search-browser.ts';
import { searchIndexSeconds, searchIndexSize } from './search-index.ts';
import { writeSingleJsonBaseline } from './single-json.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

/** The figures of one catalogue size. */
export interface CatalogueFigures {
	datasets: number;
	files: number;
	sourceMB: number;
	generateSeconds: number;
	/** How many times validate, the cold build, the rebuild and the revalidate ran (their figures are medians). */
	runs: number;
	/** `npm run validate` with an empty cache. */
	validate: StepFigures;
	/** `npm run build` (validation included, in the same process) with no previous output and an empty cache. */
	build: StepFigures;
	/** `npm run build` again after one dataset's title changed, the previous site and cache in place. */
	rebuild: StepFigures;
	/** `npm run validate` again after that change, with the cache of the validate before it. */
	revalidate: StepFigures;
	scheduleRows: number;
	/** Reading, validating and cross-checking the schedules alone (in-process, fastest of three). */
	scheduleSeconds: number;
	pages: number;
	distMB: number;
	/** Pagefind indexing time of the last cold build, included in its time. */
	indexSeconds?: number;
	indexFiles: number;
	indexMB: number;
	/** Search measured in Chromium (absent with --no-browser). */
	search?: { pagefind: SearchFigures; singleJson: SearchFigures; singleJsonMB: number };
	/** The DCAT-AP export, measured on its own (the build makes it too, inside the Astro step). */
	dcat: DcatExportFigures;
	dcatPeakMB?: number;
}

/** How to run one size. */
export interface CatalogueRunOptions {
	work: string;
	seed: number;
	scheduleRows: number;
	keep: boolean;
	/** Runs of validate, the cold build, the rebuild and the revalidate. */
	runs: number;
	browser: { query: string; runs: number } | undefined;
}

/** The figures of one size measured in two checkouts (`--compare`). */
export interface ComparedFigures {
	datasets: number;
	files: number;
	runs: number;
	/** The reference first, then this checkout. */
	trees: Array<{ label: string } & Pick<TreeSteps, 'validate' | 'build' | 'rebuild' | 'revalidate'>>;
}

/** Writes the synthetic catalogue of `n` datasets into `<work>/catalogue-<n>`. */
function generate(n: number, options: CatalogueRunOptions) {
	const catalogueDir = join(options.work, `catalogue-${n}`);
	mkdirSync(catalogueDir, { recursive: true });
	const started = performance.now();
	const generated = generateCatalogue(catalogueDir, { datasets: n, seed: options.seed, scheduleRows: options.scheduleRows });
	const seconds = (performance.now() - started) / 1000;
	console.error(`N = ${n}: generated ${generated.files.length} files (${(generated.bytes / MB).toFixed(1)} MB) in ${seconds.toFixed(1)} s`);
	return { catalogueDir, generated, seconds };
}

/** Generates a catalogue of `n` datasets once and measures validate, build, rebuild and revalidate in each tree, alternately. */
export async function compareCatalogue(n: number, trees: readonly BenchTree[], options: CatalogueRunOptions): Promise<ComparedFigures> {
	const { catalogueDir, generated } = generate(n, options);
	const steps = await runSteps(trees, { n, catalogueDir, work: options.work, runs: options.runs, keep: options.keep });
	return {
		datasets: n,
		files: generated.files.length,
		runs: options.runs,
		trees: trees.map((tree, i) => {
			const { validate, build, rebuild, revalidate } = steps[i]!;
			return { label: tree.label, validate, build, rebuild, revalidate };
		}),
	};
}

/** Generates a catalogue of `n` datasets in `options.work` and measures every step on it. */
export async function benchCatalogue(n: number, options: CatalogueRunOptions): Promise<CatalogueFigures> {
	const { catalogueDir, generated, seconds: generateSeconds } = generate(n, options);
	const check = (step: string, m: Parameters<typeof checkChild>[2]) => checkChild(step, n, m, options.keep);

	const [steps] = await runSteps([{ label: 'this checkout', root: repoRoot }], { n, catalogueDir, work: options.work, runs: options.runs, keep: options.keep });
	const { outDir } = steps!;

	const schedules = timeSchedules(catalogueDir, new Date().toISOString().slice(0, 10));
	if (schedules.errors > 0)
		throw new ChildFailed(`the generated schedules of N = ${n} have ${schedules.errors} error(s); run npm run validate on them (--keep)`);
	console.error(`N = ${n}: schedules alone ${schedules.seconds.toFixed(2)} s for ${schedules.rows} rows (${schedules.warnings} warnings)`);

	const env = { ...process.env, CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
	const dcatRun = await measure(process.execPath, ['scripts/bench/dcat-export.ts', catalogueDir], { cwd: repoRoot, env });
	check('DCAT-AP export', dcatRun);
	const dcat = JSON.parse(lastLines(dcatRun.stdoutTail, 1)) as DcatExportFigures;
	console.error(`N = ${n}: DCAT-AP export ${dcat.totalSeconds.toFixed(1)} s`);

	const { pages, bytes } = walk(outDir);
	const index = searchIndexSize(outDir);
	const search = options.browser ? await benchSearch(n, catalogueDir, outDir, options.browser) : undefined;
	return {
		datasets: n,
		files: generated.files.length,
		sourceMB: generated.bytes / MB,
		generateSeconds,
		runs: options.runs,
		validate: steps!.validate,
		build: steps!.build,
		rebuild: steps!.rebuild,
		revalidate: steps!.revalidate,
		scheduleRows: generated.scheduleRows,
		scheduleSeconds: schedules.seconds,
		pages,
		distMB: bytes / MB,
		indexSeconds: searchIndexSeconds(steps!.buildLog),
		indexFiles: index.files,
		indexMB: index.bytes / MB,
		search,
		dcat,
		dcatPeakMB: toMB(dcatRun.treePeakKiB ?? dcatRun.peakKiB),
	};
}

/** Writes the single-JSON baseline beside the built site, serves both and measures them in Chromium. */
async function benchSearch(n: number, catalogueDir: string, outDir: string, browser: { query: string; runs: number }): Promise<CatalogueFigures['search']> {
	const { catalogue } = await loadCatalogue(catalogueDir);
	if (!catalogue) throw new ChildFailed(`N = ${n}: the catalogue did not load for the single-JSON baseline`);
	const jsonBytes = writeSingleJsonBaseline(catalogue, outDir, 'en');
	const server = await serveStatic(outDir, { compress: true });
	try {
		const figures = await measureSearch({ origin: server.origin, sent: server.sent, lang: 'en', query: browser.query, runs: browser.runs });
		console.error(`N = ${n}: search measured in Chromium (median of ${browser.runs} cold runs)`);
		return { ...figures, singleJsonMB: jsonBytes / MB };
	} finally {
		await server.close();
	}
}
