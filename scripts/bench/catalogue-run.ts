/**
 * One size of the catalogue benchmark: generate N synthetic datasets, then measure validate, the
 * schedules alone, the DCAT-AP export alone, the build, and (optionally) search in Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { serveStatic } from '../../tests/browser/support/server.ts';
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

/** How to run one size. */
export interface CatalogueRunOptions {
	work: string;
	seed: number;
	scheduleRows: number;
	keep: boolean;
	browser: { query: string; runs: number } | undefined;
}

/** Generates a catalogue of `n` datasets in `options.work` and measures every step on it. */
export async function benchCatalogue(n: number, options: CatalogueRunOptions): Promise<CatalogueFigures> {
	const catalogueDir = join(options.work, `catalogue-${n}`);
	const outDir = join(options.work, `dist-${n}`);
	mkdirSync(catalogueDir, { recursive: true });
	const check = (step: string, m: Parameters<typeof checkChild>[2]) => checkChild(step, n, m, options.keep);

	const generateStarted = performance.now();
	const generated = generateCatalogue(catalogueDir, { datasets: n, seed: options.seed, scheduleRows: options.scheduleRows });
	const generateSeconds = (performance.now() - generateStarted) / 1000;
	console.error(`N = ${n}: generated ${generated.files.length} files (${(generated.bytes / MB).toFixed(1)} MB) in ${generateSeconds.toFixed(1)} s`);

	const env = { ...process.env, CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
	const validate = await measure(process.execPath, ['scripts/validate.ts'], { cwd: repoRoot, env });
	check('validate', validate);
	console.error(`N = ${n}: validate ${validate.seconds.toFixed(1)} s (with ${generated.scheduleRows} schedule rows)`);
	const schedules = timeSchedules(catalogueDir, new Date().toISOString().slice(0, 10));
	if (schedules.errors > 0)
		throw new ChildFailed(`the generated schedules of N = ${n} have ${schedules.errors} error(s); run npm run validate on them (--keep)`);
	console.error(`N = ${n}: schedules alone ${schedules.seconds.toFixed(2)} s for ${schedules.rows} rows (${schedules.warnings} warnings)`);

	const dcatRun = await measure(process.execPath, ['scripts/bench/dcat-export.ts', catalogueDir], { cwd: repoRoot, env });
	check('DCAT-AP export', dcatRun);
	const dcat = JSON.parse(lastLines(dcatRun.stdoutTail, 1)) as DcatExportFigures;
	console.error(`N = ${n}: DCAT-AP export ${dcat.totalSeconds.toFixed(1)} s`);

	const astro = await measure(process.execPath, ['scripts/build.ts', '--no-validate'], { cwd: repoRoot, env });
	check('astro build', astro);
	console.error(`N = ${n}: astro build ${astro.seconds.toFixed(1)} s`);

	const { pages, bytes } = walk(outDir);
	const index = searchIndexSize(outDir);
	const search = options.browser ? await benchSearch(n, catalogueDir, outDir, options.browser) : undefined;
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
async function benchSearch(n: number, catalogueDir: string, outDir: string, browser: { query: string; runs: number }): Promise<CatalogueFigures['search']> {
	const { catalogue } = await loadCatalogue(catalogueDir);
	if (!catalogue) throw new ChildFailed(`N = ${n}: the catalogue did not load for the single-JSON baseline`);
	const jsonBytes = writeSingleJsonBaseline(catalogue, outDir, 'en');
	const server = await serveStatic(outDir, { compress: true });
	try {
		const figures = await measureSearch({ origin: server.origin, lang: 'en', query: browser.query, runs: browser.runs });
		console.error(`N = ${n}: search measured in Chromium (median of ${browser.runs} cold runs)`);
		return { ...figures, singleJsonMB: jsonBytes / MB };
	} finally {
		await server.close();
	}
}
