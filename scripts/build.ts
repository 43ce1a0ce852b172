/**
 * `npm run build [-- --as-of YYYY-MM-DD] [--no-validate] [--no-cache]`: loads and validates the catalogue once
 * (printing every problem, as `npm run validate` does) and hands the validated model to the Astro
 * build that follows in the same process, so the pages do not load it again (`--no-validate`:
 * the pages load it themselves). Astro builds into a fresh folder beside the output, swapped in
 * only when the whole build succeeded, so a failure part-way never leaves a half-made site in
 * `dist/` (or in OUT_DIR) for a deploy step to publish. The as-of date (what is overdue in the
 * release schedules) reaches the pages as AS_OF.
 *
 * The new site is built in `.dist-building-<pid>-XXXXXX` (src/lib/build/staging.ts), removed when the
 * build fails or is stopped (SIGINT, SIGTERM, SIGHUP); what a killed build (SIGKILL) left is removed
 * by the next build. The finished site is made world-readable (folders 0755, files 0644) and swapped
 * in (src/lib/build/publish-output.ts): the previous site stays in place until then, and is deleted
 * afterwards by a process of its own (src/lib/build/remover.ts) that the build does not wait for.
 *
 * Pages whose data and code did not change since the last build are linked from the build cache
 * (src/lib/build/build-cache.ts, src/lib/site/page-cache-key.ts, src/lib/build/linked-page-cache.ts)
 * rather than rendered again, and
 * metadata files unchanged since they were last found sound are not parsed again (src/lib/load/file-cache.ts);
 * `--no-cache` renders every page, reads every file afresh and leaves the cache as it is.
 */
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { build } from 'astro';
import { makePublishable, swapIn } from '../src/lib/build/publish-output.ts';
import { astroCacheFolder, lockCacheFolder } from '../src/lib/build/build-cache.ts';
import { cacheDir } from '../src/lib/build/cache-dir.ts';
import { BUILD_V8_FLAGS } from '../src/lib/build/heap-flags.ts';
import { installLinkedPageCache } from '../src/lib/build/linked-page-cache.ts';
import { siteSizeLines, warningLine, type SiteSize } from '../src/lib/build/site-size.ts';
import { createWorkingFolder, removeStaleWorkingFolders } from '../src/lib/build/staging.ts';
import { sweepStaleTemporaries } from '../src/lib/build/stale-temporaries.ts';
import { loadCatalogue } from '../src/lib/catalogue.ts';
import type { Catalogue } from '../src/lib/model/catalogue.ts';
import { hasErrors } from '../src/lib/diagnostics/diagnostic.ts';
import { formatSummary, formatText } from '../src/lib/diagnostics/format.ts';
import { resolveAsOf } from '../src/lib/schedules/as-of.ts';
import { handOverCatalogue } from '../src/lib/site/get-catalogue.ts';
import { closeEarlySearchIndex, startEarlySearchIndex } from '../src/integrations/pagefind-early.ts';
import { searchIndexOptionsFromEnv } from '../src/integrations/pagefind.ts';

// Fewer garbage pages kept for any catalogue size (heap-flags.ts says why); the export worker's process gets the same.
for (const flag of BUILD_V8_FLAGS) setFlagsFromString(flag);

// Every file and folder the build creates (Astro's pages, the export worker's files, Pagefind's, which
// inherits it) is then made 0644 or 0755 as published, whatever the caller's umask: makePublishable
// only has to read the modes, not set 64,000 of them. The cache folder's entries get the same modes.
process.umask(0o022);

const { values } = parseArgs({
	options: { 'as-of': { type: 'string' }, validate: { type: 'boolean', default: true }, cache: { type: 'boolean', default: true } },
	allowNegative: true,
});
try {
	process.env.AS_OF = resolveAsOf(values['as-of']);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
/** The catalogue validated here and handed over to the Astro build: none with `--no-validate`. */
let validated: Catalogue | undefined;
if (values.validate) {
	const root = resolve(process.env.CATALOGUE_DIR ?? process.cwd());
	const started = performance.now();
	const { catalogue, diagnostics, fileCount } = await loadCatalogue(root, { asOf: process.env.AS_OF, cache: values.cache, parseAhead: true });
	if (diagnostics.length > 0) console.log(`${formatText(diagnostics)}\n`);
	console.log(`${formatSummary(diagnostics, fileCount)} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
	if (hasErrors(diagnostics) || !catalogue) process.exit(1);
	handOverCatalogue(root, process.env.AS_OF, catalogue);
	validated = catalogue;
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const releaseCache = values.cache ? takeBuildCache() : undefined;
if (validated) startSearchIndexNow(validated);
if (releaseCache) {
	// Kept pages are linked from the cache rather than copied (src/lib/build/linked-page-cache.ts).
	const hook = await installLinkedPageCache();
	if (!hook.installed) console.log(`Pages kept from the last build are copied, not linked: ${hook.reason}.`);
	const swept = sweepStaleTemporaries(cacheDir());
	if (swept.length > 0) console.log(`Removed ${swept.length} temporary file(s) left in the cache by a build that was stopped.`);
}
for (const stale of await removeStaleWorkingFolders(outDir)) console.log(`Removed ${stale}, left by a build that was stopped.`);
const staging = await createWorkingFolder(outDir, 'building');

// Synchronous, so the folder is gone before the process exits. After the swap it no longer exists.
const stop = (signal: NodeJS.Signals) => {
	rmSync(staging, { recursive: true, force: true });
	releaseCache?.();
	console.error(`\nThe build was stopped (${signal}); ${outDir} was left as it was.`);
	process.exit(128 + constants.signals[signal]);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);

let size: SiteSize;
try {
	await build({ outDir: staging, telemetry: false } as Parameters<typeof build>[0]);
	size = await makePublishable(staging);
} catch (error) {
	// Nothing more is written into the bundle folder once it is closed.
	await closeEarlySearchIndex();
	// Astro's page writes still under way when one fails can empty a folder as rm walks it (ENOTEMPTY): retried.
	await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
	releaseCache?.();
	console.error(`\nThe build failed; ${outDir} was left as it was.\n${(error as Error).message}`);
	process.exit(1);
}

releaseCache?.();
await swapIn(staging, outDir, { background: true });
const { info, warning } = siteSizeLines(outDir, size);
console.log(info);
if (warning) console.warn(warningLine(warning, process.env.GITHUB_ACTIONS === 'true'));

/**
 * Starts the search index of the validated catalogue now (src/integrations/pagefind-early.ts),
 * while Astro starts, rather than at astro:build:start; after takeBuildCache, which says whether
 * kept indexes are used. Not with `--no-validate` (the pages load the catalogue themselves), nor
 * when the environment's settings are wrong: the integration then reports them.
 */
function startSearchIndexNow(catalogue: Catalogue): void {
	let options;
	try {
		options = searchIndexOptionsFromEnv();
	} catch {
		return;
	}
	startEarlySearchIndex(catalogue, options);
}

/**
 * Takes this catalogue's build cache (src/lib/build/build-cache.ts) and turns on Astro's
 * incremental build for it (astro.config.mjs reads ODC_INCREMENTAL); returns what releases it.
 * When another build holds it, this one renders every page and leaves the cache alone.
 */
function takeBuildCache(): (() => void) | undefined {
	const folder = astroCacheFolder(process.env.CATALOGUE_DIR ?? process.cwd());
	const release = lockCacheFolder(folder);
	if (!release) {
		console.log(`Another build is using the cache ${folder}: this build renders every page.`);
		return undefined;
	}
	process.env.ODC_INCREMENTAL = '1';
	return release;
}
