/**
 * `npm run build [-- --as-of YYYY-MM-DD] [--no-validate] [--no-cache]`: loads and validates the catalogue once
 * (printing every problem, as `npm run validate` does) and hands the validated model to the Astro
 * build in the same process, so the pages do not load it again (`--no-validate`: the pages load it
 * themselves). Astro starts at once, beside validation (a process of its own): its start-up and
 * Vite's bundling overlap the validation, and it waits for the catalogue before it generates any
 * page (src/lib/build/validation-gate.ts); what Astro prints meanwhile is shown after the
 * diagnostics, or dropped with the whole build when validation fails (src/lib/build/held-output.ts). Astro builds into a fresh folder beside the output, swapped in
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
import { holdOutput, type HeldOutput } from '../src/lib/build/held-output.ts';
import { createWorkingFolder, removeStaleWorkingFolders } from '../src/lib/build/staging.ts';
import { validationGate } from '../src/lib/build/validation-gate.ts';
import { loadCatalogueApart } from '../src/lib/build/validation-process.ts';
import { sweepStaleTemporaries } from '../src/lib/build/stale-temporaries.ts';
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
/** The catalogue being validated here and handed over to the Astro build: none with `--no-validate`. */
let validated: Promise<Catalogue | undefined> | undefined;
/** The validated catalogue as the pages and the search index get it: never settled when validation fails. */
let handedOver: Promise<Catalogue> | undefined;
/** Astro's and Vite's lines while the catalogue is being validated, shown after its diagnostics. */
let held: HeldOutput | undefined;
if (values.validate) {
	const root = resolve(process.env.CATALOGUE_DIR ?? process.cwd());
	held = holdOutput();
	validated = validate(root, process.env.AS_OF, values.cache, held);
	// What needs the catalogue (the pages, the export worker, the search index) waits for it; when
	// validation fails it never comes, and the build is stopped below.
	handedOver = validated.then((catalogue) => catalogue ?? new Promise<never>(() => {}));
	handOverCatalogue(root, process.env.AS_OF, handedOver);
}

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const releaseCache = values.cache ? takeBuildCache() : undefined;
if (handedOver) startSearchIndexNow(handedOver);
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
	held?.release();
	console.error(`\nThe build was stopped (${signal}); ${outDir} was left as it was.`);
	process.exit(128 + constants.signals[signal]);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);

try {
	// Held before the pages until the catalogue has passed; as before with `--no-validate`.
	const integrations = validated ? [validationGate(validated.then(Boolean))] : [];
	await build({ outDir: staging, telemetry: false, integrations } as Parameters<typeof build>[0]);
	await makePublishable(staging);
} catch (error) {
	// Nothing more is written into the bundle folder once it is closed.
	await closeEarlySearchIndex();
	// Astro's page writes still under way when one fails can empty a folder as rm walks it (ENOTEMPTY): retried.
	await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
	releaseCache?.();
	// A catalogue that did not pass is why, whatever Astro stopped on: its diagnostics were the
	// report, as when Astro did not start before validation.
	if (validated && !(await validated)) process.exit(1);
	held?.release();
	console.error(`\nThe build failed; ${outDir} was left as it was.\n${(error as Error).message}`);
	process.exit(1);
}

releaseCache?.();
await swapIn(staging, outDir, { background: true });
console.log(`Site written to ${outDir}`);

/**
 * Loads and validates the catalogue in `root`, in a process of its own while Astro starts in this
 * one (src/lib/build/validation-process.ts), then prints its diagnostics and summary ahead of
 * what `held` holds, as `npm run validate` does: the catalogue once it passed (what was held is
 * then let through), else undefined (what was held is dropped, and so is what Astro writes until
 * the build is stopped). A failure to load at all is printed the same way.
 */
async function validate(root: string, asOf: string, cache: boolean, held: HeldOutput): Promise<Catalogue | undefined> {
	const started = performance.now();
	try {
		const { catalogue, diagnostics, fileCount } = await loadCatalogueApart(root, { asOf, cache });
		if (diagnostics.length > 0) held.print(`${formatText(diagnostics)}\n\n`);
		held.print(`${formatSummary(diagnostics, fileCount)} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
		if (hasErrors(diagnostics) || !catalogue) {
			held.drop();
			return undefined;
		}
		held.release();
		return catalogue;
	} catch (error) {
		held.drop();
		held.printError(`${(error as Error).stack ?? String(error)}\n`);
		return undefined;
	}
}

/**
 * Starts the search index of the validated catalogue now (src/integrations/pagefind-early.ts),
 * while Astro starts, rather than at astro:build:start; after takeBuildCache, which says whether
 * kept indexes are used. Not with `--no-validate` (the pages load the catalogue themselves), nor
 * when the environment's settings are wrong: the integration then reports them.
 */
function startSearchIndexNow(catalogue: Promise<Catalogue>): void {
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
