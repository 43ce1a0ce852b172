/**
 * Astro's incremental build (astro.config.mjs) keeps a copy of every page it renders in its cache
 * folder and, on the next build, copies each page whose key did not change back into the fresh
 * output folder: after one dataset changed at 10,000 datasets, ~24,000 copies (and a folder made
 * for each), most of the rebuild's page phase. Here the cache and the output share one file
 * instead: a page kept from the last build is hard-linked from the cache into the output, and a
 * page rendered again is linked from the output into the cache.
 *
 * Sharing is sound only while no file is ever written in place, neither in the cache nor in the
 * output (the published site holds the same files): a page rendered again reaches the cache under
 * a temporary name renamed over the old entry, so the site published from it keeps the old file;
 * nothing after Astro rewrites a page (publish-output.ts only reads modes, or sets a mode, which
 * changes no byte; remover.ts unlinks). Where a link cannot be made (another file system, a file
 * system without links) the page is copied or written as before.
 *
 * Astro has no option for this: the two methods of its IncrementalBuildCache are replaced on its
 * prototype, which its package exports do not expose (the module is imported by its file address).
 * The replacement is made only when the module is byte for byte the one it was written for and
 * generate.js calls the methods as expected; otherwise Astro's own methods stay and the build says
 * so once (tests/build/linked-page-cache.test.ts fails on an Astro upgrade that changes them).
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** SHA-256 of node_modules/astro/dist/core/build/incremental.js in the Astro this was written for (7.3.5). */
export const EXPECTED_MODULE_SHA256 = '8d9d86ca0258bf75026632c2791e9ae652a05213e05fe0df473847342a9b965d';

/**
 * What generate.js must do for the replacement to hold: restore a page only into a path of the
 * output that does not exist yet, and hand the cache a page's body just after writing the same body
 * to the output file (that file is then linked, not written again).
 */
const EXPECTED_CALLS = [
	'const restored = !existsInDist && await cache.restoreOutputFile(options.settings, relativeOutFile, outFile);',
	/await nodeFs\.promises\.writeFile\(result\.outFile, result\.body\);\s*if \(cache && cacheKey !== void 0 && result\.metadata !== void 0\) \{\s*await cache\.writeOutputFile\(options\.settings, relativeOutFile, result\.body\);/,
];

/** The subset of Astro's settings the methods read. */
interface Settings {
	config: { cacheDir: URL; outDir: URL };
}

interface CachePrototype {
	restoreOutputFile(settings: Settings, outputFile: string, destination: URL): Promise<boolean>;
	writeOutputFile(settings: Settings, outputFile: string, body: string | Uint8Array): Promise<void>;
}

/** Whether the hook is in place (installed now or before), and why not when it is not. */
export type InstallResult = { installed: true } | { installed: false; reason: string };

const INSTALLED = Symbol.for('open-data-catalogue.linked-page-cache');

/** Where Astro keeps the cached copy of output file `outputFile` (incremental.js's getCachedOutputFile). */
function cachedPath(settings: Settings, outputFile: string): string {
	return fileURLToPath(new URL(outputFile, new URL('dist/', settings.config.cacheDir)));
}

/** What one build's restores and stores have learnt (Astro makes one cache object per build). */
export interface LinkState {
	/** The folders made already: a folder holding several files is made once, as Astro's methods do. */
	folders: Set<string>;
	/** Set once a link has failed for a reason other than a missing file (another file system): later pages are copied or written. */
	noLinks: boolean;
}

/** A build's state before its first page. */
export function newLinkState(): LinkState {
	return { folders: new Set(), noLinks: false };
}

function makeFolder(folder: string, state: LinkState): void {
	if (state.folders.has(folder)) return;
	mkdirSync(folder, { recursive: true });
	state.folders.add(folder);
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Puts the cached file `source` at `target` (which does not exist): a hard link, or a copy where
 * links cannot be made. False when there is no cached file. Synchronous: two system calls on the
 * main thread cost less than two trips through libuv's thread pool for each of 24,000 pages.
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

/**
 * Makes `target` (a cache entry, perhaps the very file of a published page) hold `body`, never
 * writing into the file it holds now: `written` (the output file just written with `body`) is linked
 * under a temporary name renamed over `target`, or, when it cannot be linked or is not `body`'s
 * length, `body` is written to the temporary file. The temporary file goes in `temporaryFolder`
 * (on `target`'s file system): the top of Astro's cache folder, where the next build sweeps what a
 * killed one left (stale-temporaries.ts), rather than deep in its tree of pages.
 */
export function storeFile(target: string, written: string, body: string | Uint8Array, state = newLinkState(), temporaryFolder = dirname(target)): void {
	makeFolder(dirname(target), state);
	const temporary = join(temporaryFolder, `page.${process.pid}-${++temporaries}.tmp`);
	let linked = false;
	if (!state.noLinks) {
		try {
			const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
			if (lstatSync(written).size === size) {
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
 * Replaces the restore and store methods of Astro's IncrementalBuildCache (in the Astro installed
 * beside this project, or at `astroRoot`) with the linking ones above. Leaves Astro as it is, and
 * says why, when its modules are not the expected ones.
 */
export async function installLinkedPageCache(astroRoot: URL = new URL('./', import.meta.resolve('astro/package.json'))): Promise<InstallResult> {
	const reason = unexpectedShape(astroRoot);
	if (reason) return { installed: false, reason };
	const { IncrementalBuildCache } = (await import(new URL('dist/core/build/incremental.js', astroRoot).href)) as {
		IncrementalBuildCache?: { prototype: CachePrototype };
	};
	const prototype = IncrementalBuildCache?.prototype as (CachePrototype & { [INSTALLED]?: boolean }) | undefined;
	if (typeof prototype?.restoreOutputFile !== 'function' || typeof prototype.writeOutputFile !== 'function') {
		return { installed: false, reason: 'IncrementalBuildCache has no restoreOutputFile or writeOutputFile' };
	}
	if (prototype[INSTALLED]) return { installed: true };
	// Each cache object (one per build) has its own state.
	const states = new WeakMap<object, LinkState>();
	const stateOf = (cache: object) => states.get(cache) ?? states.set(cache, newLinkState()).get(cache)!;
	prototype.restoreOutputFile = async function (this: object, settings, outputFile, destination) {
		return restoreFile(cachedPath(settings, outputFile), fileURLToPath(destination), stateOf(this));
	};
	prototype.writeOutputFile = async function (this: object, settings, outputFile, body) {
		const written = fileURLToPath(new URL(outputFile, settings.config.outDir));
		storeFile(cachedPath(settings, outputFile), written, body, stateOf(this), fileURLToPath(settings.config.cacheDir));
	};
	prototype[INSTALLED] = true;
	return { installed: true };
}
