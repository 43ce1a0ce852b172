/**
 * Astro's incremental build (astro.config.mjs) keeps a copy of every page it renders in its cache
 * folder and, on the next build, copies each page whose key did not change back into the fresh
 * output folder: after one dataset changed at 10,000 datasets, ~24,000 copies (and a folder made
 * for each), most of the rebuild's page phase. Here the cache and the output share one file
 * instead: a page kept from the last build is hard-linked from the cache into the output, and a
 * page rendered again is linked from the output into the cache.
 *
 * A kept page is not put back while Astro waits: it is answered "kept" from one listing of the
 * kept pages and linked off the main thread, before anything reads the output (deferred-restores.ts).
 *
 * Sharing is sound only while no file is ever written in place, neither in the cache nor in the
 * output (the published site holds the same files): a page rendered again reaches the cache under
 * a temporary name renamed over the old entry, so the site published from it keeps the old file;
 * nothing after Astro rewrites a page (publish-output.ts only reads modes, or sets a mode, which
 * changes no byte; remover.ts unlinks). Where a link cannot be made (another file system, a file
 * system without links) the page is copied or written as before.
 *
 * The kept pages are not a mirror of the output tree, as Astro's are (`dist/<output path>`, a folder
 * made for each page: ~24,000 `mkdir`s on the main thread of a cold build), but one folder of files,
 * `pages-1/<SHA-256 of the output path>`: storing or deleting a page makes no folder. The mirror a
 * build before this layout left is removed once, in the background ({@link retireMirror}).
 *
 * A build's first store or deletion first deletes Astro's manifest of the last build's keys
 * (astro-manifest.ts): a build killed before writing its own then leaves no key naming a newer page.
 *
 * Astro has no option for this: the three methods of its IncrementalBuildCache that read, write and
 * delete kept pages are replaced on its
 * prototype, which its package exports do not expose (the module is imported by its file address).
 * The replacement is made only when the module is byte for byte the one it was written for and
 * generate.js calls the methods as expected; otherwise Astro's own methods stay and the build says
 * so once (tests/cache/linked-page-cache.test.ts fails on an Astro upgrade that changes them).
 */
import { createHash, hash } from 'node:crypto';
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetManifestOnce } from './astro-manifest.ts';
import { RestoreQueue } from './deferred-restores.ts';

/** SHA-256 of node_modules/astro/dist/core/build/incremental.js in the Astro this was written for (7.3.5). */
export const EXPECTED_MODULE_SHA256 = '8d9d86ca0258bf75026632c2791e9ae652a05213e05fe0df473847342a9b965d';

/**
 * What generate.js must do for the replacement to hold: restore a page only into a path of the
 * output that does not exist yet, hand the cache a page's body just after writing the same body
 * to the output file (that file is then linked, not written again), and delete an entry only through
 * the cache (so by the output path the entry is named from).
 */
const EXPECTED_CALLS = [
	'const restored = !existsInDist && await cache.restoreOutputFile(options.settings, relativeOutFile, outFile);',
	/await nodeFs\.promises\.writeFile\(result\.outFile, result\.body\);\s*if \(cache && cacheKey !== void 0 && result\.metadata !== void 0\) \{\s*await cache\.writeOutputFile\(options\.settings, relativeOutFile, result\.body\);/,
	'await cache.deleteOutputFile(options.settings, orphanFile);',
];

/** The folder of Astro's cache folder holding the kept pages: a new name when their naming changes, so no older entry is read. */
export const PAGES_FOLDER = 'pages-1';

/** Where Astro's own methods, and this module before {@link PAGES_FOLDER}, kept the pages: a mirror of the output tree. */
export const MIRROR_FOLDER = 'dist';

/** The subset of Astro's settings the methods read. */
interface Settings {
	config: { cacheDir: URL; outDir: URL };
}

interface CachePrototype {
	restoreOutputFile(settings: Settings, outputFile: string, destination: URL): Promise<boolean>;
	writeOutputFile(settings: Settings, outputFile: string, body: string | Uint8Array): Promise<void>;
	deleteOutputFile(settings: Settings, outputFile: string): Promise<void>;
}

/** Whether the hook is in place (installed now or before), and why not when it is not. */
export type InstallResult = { installed: true } | { installed: false; reason: string };

const INSTALLED = Symbol.for('open-data-catalogue.linked-page-cache');

/** Kept pages Astro asks for between two turns of the event loop (restoreOutputFile). */
export const RESTORES_PER_TURN = 32;

/** Kept pages asked for by this process's builds, counted for {@link RESTORES_PER_TURN}. */
let restoresAsked = 0;

/**
 * The name of the kept copy of output file `outputFile` (its path relative to the output folder, as
 * Astro's manifest records it): a digest, so the entries of ~24,000 pages share one folder that is
 * made once, where a mirror of the output tree needs a folder for each page.
 */
export function entryName(outputFile: string): string {
	return hash('sha256', outputFile, 'hex');
}

/** Where the cached copy of output file `outputFile` is kept in Astro's cache folder `cacheFolder`. */
export function entryPath(cacheFolder: string, outputFile: string): string {
	return join(cacheFolder, PAGES_FOLDER, entryName(outputFile));
}

/** What one build's restores and stores have learnt (Astro makes one cache object per build). */
export interface LinkState {
	/** The folders made already: a folder holding several files is made once, as Astro's methods do. */
	folders: Set<string>;
	/** Set once a link has failed for a reason other than a missing file (another file system): later pages are copied or written. */
	noLinks: boolean;
	/** Set once the cache folder's old mirror has been looked for ({@link retireMirror}). */
	mirrorRetired: boolean;
}

/** A build's state before its first page. */
export function newLinkState(): LinkState {
	return { folders: new Set(), noLinks: false, mirrorRetired: false };
}

/**
 * Removes the mirror of the output tree ({@link MIRROR_FOLDER}) that Astro's methods, or this module
 * before {@link PAGES_FOLDER}, left in cache folder `cacheFolder`: nothing reads it any more, and a
 * cache CI persists would carry it for ever. It is first renamed to a temporary name (one system
 * call, on the first page of the first build of the new layout), then deleted in the background, off
 * the main thread; if the build ends first, the next one's sweep (stale-temporaries.ts) finishes.
 * Resolves when it is gone (the build does not wait).
 */
export async function retireMirror(cacheFolder: string, state: LinkState): Promise<void> {
	if (state.mirrorRetired) return;
	state.mirrorRetired = true;
	const retired = join(cacheFolder, `${MIRROR_FOLDER}.${process.pid}-mirror.tmp`);
	try {
		renameSync(join(cacheFolder, MIRROR_FOLDER), retired);
	} catch {
		// None there (the usual case), or it cannot be moved: it is only never read.
		return;
	}
	await rm(retired, { recursive: true, force: true }).catch(() => {});
}

function makeFolder(folder: string, state: LinkState): void {
	if (state.folders.has(folder)) return;
	mkdirSync(folder, { recursive: true });
	state.folders.add(folder);
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Puts the cached file `source` at `target` (which does not exist): a hard link, or a copy where
 * links cannot be made. False when there is no cached file. Synchronous: it runs in the worker
 * thread of restore-worker.ts, a batch of pages at a time.
 */
export function restoreFile(source: string, target: string, state = newLinkState()): boolean {
	makeFolder(dirname(target), state);
	if (!state.noLinks) {
		try {
			linkSync(source, target);
			return true;
		} catch (error) {
			if (isMissing(error)) return false;
			// Astro restores only into a path it found free: a file there now is not to be written over.
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
			state.noLinks = true;
		}
	}
	try {
		// Exclusive: a copy must not write into a file that is there (it may be a cached page's).
		copyFileSync(source, target, constants.COPYFILE_EXCL);
		return true;
	} catch (error) {
		if (isMissing(error)) return false;
		throw error;
	}
}

let temporaries = 0;

/** Links `source` to `target` when `target` does not exist yet; false when it does. */
function linkNew(source: string, target: string): boolean {
	try {
		linkSync(source, target);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}
}

/**
 * Makes `target` (a cache entry, perhaps the very file of a published page) hold `body`, never
 * writing into the file it holds now: `written` (the output file just written with `body`) is linked
 * to `target` when there is no entry yet (a cold build: one system call, and a link is whole or
 * absent), otherwise under a temporary name renamed over `target`; when it cannot be linked or is
 * not `body`'s length, `body` is written to a temporary file renamed to `target` (never to `target`
 * itself, which a killed build would leave cut short). The temporary file goes in `temporaryFolder`
 * (on `target`'s file system): the top of Astro's cache folder, where the next build sweeps what a
 * killed one left (stale-temporaries.ts). The cache folder's lock (build-cache.ts) keeps any other
 * build from making `target` between the two.
 */
export function storeFile(target: string, written: string, body: string | Uint8Array, state = newLinkState(), temporaryFolder = dirname(target)): void {
	makeFolder(dirname(target), state);
	const temporary = join(temporaryFolder, `page.${process.pid}-${++temporaries}.tmp`);
	let linked = false;
	if (!state.noLinks) {
		try {
			const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
			if (lstatSync(written).size === size) {
				if (linkNew(written, target)) return;
				linkSync(written, temporary);
				linked = true;
			}
		} catch (error) {
			if (!isMissing(error)) state.noLinks = true;
		}
	}
	try {
		if (!linked) writeFileSync(temporary, body, { flag: 'wx' });
		renameSync(temporary, target);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}

/** Why the Astro at `astroRoot` (its package folder) does not have the shape the replacement needs; undefined when it does. */
export function unexpectedShape(astroRoot: URL): string | undefined {
	let module: string;
	let generate: string;
	try {
		module = readFileSync(new URL('dist/core/build/incremental.js', astroRoot), 'utf8');
		generate = readFileSync(new URL('dist/core/build/generate.js', astroRoot), 'utf8');
	} catch (error) {
		return `Astro's build modules could not be read (${(error as Error).message})`;
	}
	const digest = createHash('sha256').update(module).digest('hex');
	if (digest !== EXPECTED_MODULE_SHA256) return `incremental.js is not the one the hook was written for (SHA-256 ${digest})`;
	for (const call of EXPECTED_CALLS) {
		if (typeof call === 'string' ? !generate.includes(call) : !call.test(generate))
			return `generate.js no longer calls the cache as expected (${String(call).slice(0, 60)}…)`;
	}
	return undefined;
}

/**
 * Replaces the restore, store and delete methods of Astro's IncrementalBuildCache (in the Astro installed
 * beside this project, or at `astroRoot`) with the linking ones above, which keep pages in
 * {@link PAGES_FOLDER}. Leaves Astro as it is, and
 * says why, when its modules are not the expected ones.
 */
export async function installLinkedPageCache(astroRoot: URL = new URL('./', import.meta.resolve('astro/package.json'))): Promise<InstallResult> {
	const reason = unexpectedShape(astroRoot);
	if (reason) return { installed: false, reason };
	const { IncrementalBuildCache } = (await import(new URL('dist/core/build/incremental.js', astroRoot).href)) as {
		IncrementalBuildCache?: { prototype: CachePrototype };
	};
	const prototype = IncrementalBuildCache?.prototype as (CachePrototype & { [INSTALLED]?: boolean }) | undefined;
	const methods = ['restoreOutputFile', 'writeOutputFile', 'deleteOutputFile'] as const;
	if (!prototype || methods.some((name) => typeof prototype[name] !== 'function')) {
		return { installed: false, reason: `IncrementalBuildCache lacks one of ${methods.join(', ')}` };
	}
	if (prototype[INSTALLED]) return { installed: true };
	// Each cache object (one per build) has its own state, and its own queue of kept pages to put back.
	const states = new WeakMap<object, LinkState>();
	const queues = new WeakMap<object, RestoreQueue>();
	const stateOf = (cache: object, cacheFolder: string) => {
		let state = states.get(cache);
		if (!state) states.set(cache, (state = newLinkState()));
		void retireMirror(cacheFolder, state);
		return state;
	};
	// Answered from the kept pages listed at the build's first restore; the page is put back off the
	// main thread (deferred-restores.ts), before anything reads the output (src/integrations/kept-pages.ts).
	prototype.restoreOutputFile = async function (this: object, settings, outputFile, destination) {
		const cacheFolder = fileURLToPath(settings.config.cacheDir);
		stateOf(this, cacheFolder);
		let queue = queues.get(this);
		if (!queue) queues.set(this, (queue = new RestoreQueue(join(cacheFolder, PAGES_FOLDER))));
		// Astro goes from one kept page to the next with no I/O of its own, so without a turn of the event
		// loop here the rest of the build waits for the pages it renders between them: on a rebuild at 10,000
		// datasets the search records reached Pagefind half as fast while Astro's routes ran.
		if (++restoresAsked % RESTORES_PER_TURN === 0) await setImmediate();
		const name = entryName(outputFile);
		if (!queue.has(name)) return false;
		queue.add(name, fileURLToPath(destination));
		return true;
	};
	prototype.writeOutputFile = async function (this: object, settings, outputFile, body) {
		const cacheFolder = fileURLToPath(settings.config.cacheDir);
		const written = fileURLToPath(new URL(outputFile, settings.config.outDir));
		forgetManifestOnce(this, cacheFolder);
		storeFile(entryPath(cacheFolder, outputFile), written, body, stateOf(this, cacheFolder), cacheFolder);
	};
	prototype.deleteOutputFile = async function (this: object, settings, outputFile) {
		const cacheFolder = fileURLToPath(settings.config.cacheDir);
		stateOf(this, cacheFolder);
		forgetManifestOnce(this, cacheFolder);
		rmSync(entryPath(cacheFolder, outputFile), { force: true });
	};
	prototype[INSTALLED] = true;
	return { installed: true };
}
