import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
	entryPath,
	installLinkedPageCache,
	MIRROR_FOLDER,
	newLinkState,
	PAGES_FOLDER,
	RESTORES_PER_TURN,
	restoreFile,
	retireMirror,
	storeFile,
	unexpectedShape,
} from '../../src/lib/build/linked-page-cache.ts';
import { temporaryOwner } from '../../src/lib/build/stale-temporaries.ts';
import { ASTRO_MANIFEST_FILE } from '../../src/lib/build/astro-manifest.ts';
import { finishRestores } from '../../src/lib/build/deferred-restores.ts';

const made: string[] = [];
function folder(parent = tmpdir()): string {
	const dir = mkdtempSync(join(parent, 'odc-linked-pages-'));
	made.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ASTRO = new URL('./', import.meta.resolve('astro/package.json'));
const inode = (path: string) => statSync(path).ino;

/** A copy of Astro's two build modules under a folder of its own (a module instance the test may change). */
function astroCopy(change?: (incrementalJs: string, generateJs: string) => void): URL {
	const root = folder();
	mkdirSync(join(root, 'dist', 'core', 'build'), { recursive: true });
	for (const name of ['incremental.js', 'generate.js']) cpSync(new URL(`dist/core/build/${name}`, ASTRO), join(root, 'dist', 'core', 'build', name));
	change?.(join(root, 'dist', 'core', 'build', 'incremental.js'), join(root, 'dist', 'core', 'build', 'generate.js'));
	return pathToFileURL(`${root}/`);
}

interface Cache {
	canSkip(routeComponent: string, pathname: string, dependencyHash: string, cacheKey: string): boolean;
	record(routeComponent: string, dependencyHash: string, pathname: string, cacheKey: string, outputFile: string): void;
	writeManifest(settings: unknown): void;
	restoreOutputFile(settings: unknown, outputFile: string, destination: URL): Promise<boolean>;
	writeOutputFile(settings: unknown, outputFile: string, body: string): Promise<void>;
	deleteOutputFile(settings: unknown, outputFile: string): Promise<void>;
}

/** Astro's IncrementalBuildCache from a copy of its module with the linking methods installed. */
async function linkedCache(): Promise<(new (...args: string[]) => Cache) & { load(settings: unknown, ...hashes: string[]): Cache }> {
	const root = astroCopy();
	expect(await installLinkedPageCache(root)).toEqual({ installed: true });
	const { IncrementalBuildCache } = (await import(new URL('dist/core/build/incremental.js', root).href)) as {
		IncrementalBuildCache: (new (...args: string[]) => Cache) & { load(settings: unknown, ...hashes: string[]): Cache };
	};
	return IncrementalBuildCache;
}

/** Writes output file `outputFile` of output folder `out` as Astro does before it hands the body to the cache. */
function writeOutput(out: string, outputFile: string, body: string): void {
	mkdirSync(dirname(join(out, outputFile)), { recursive: true });
	writeFileSync(join(out, outputFile), body);
}

describe('the hook into Astro', () => {
	// Fails when an Astro upgrade changes the methods replaced or how the build calls them: check
	// linked-page-cache.ts against the new incremental.js and generate.js, then update the digest.
	it('finds the installed Astro as it was written for', () => {
		expect(unexpectedShape(ASTRO)).toBeUndefined();
	});

	it('links a rendered page into the cache and a kept page back into the output', async () => {
		const IncrementalBuildCache = await linkedCache();
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		writeOutput(join(dir, 'out'), 'en/index.html', '<p>page</p>');
		await new IncrementalBuildCache('config', 'lockfile', 'key').writeOutputFile(settings, 'en/index.html', '<p>page</p>');
		const entry = entryPath(join(dir, 'cache'), 'en/index.html');
		expect(inode(entry)).toBe(inode(join(dir, 'out', 'en', 'index.html')));

		const next = new IncrementalBuildCache('config', 'lockfile', 'key');
		expect(await next.restoreOutputFile(settings, 'en/index.html', pathToFileURL(join(dir, 'next', 'en', 'index.html')))).toBe(true);
		expect(await next.restoreOutputFile(settings, 'fr/index.html', pathToFileURL(join(dir, 'next', 'fr', 'index.html')))).toBe(false);
		// Put back off the main thread: in place once the build has waited for it (src/integrations/kept-pages.ts).
		expect(await finishRestores()).toBe(1);
		expect(inode(join(dir, 'next', 'en', 'index.html'))).toBe(inode(entry));
		expect(existsSync(join(dir, 'next', 'fr'))).toBe(false);
	});

	it('lets the event loop turn while Astro asks for kept page after kept page, so the rest of the build moves', async () => {
		const IncrementalBuildCache = await linkedCache();
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		const cache = new IncrementalBuildCache('config', 'lockfile', 'key');
		// As Astro does: one page after the other, each answered without I/O.
		let asked = 0;
		let turnedAfter: number | undefined;
		setImmediate(() => (turnedAfter = asked));
		for (; asked < 3 * RESTORES_PER_TURN; asked++)
			await cache.restoreOutputFile(settings, `en/${asked}/index.html`, pathToFileURL(join(dir, 'next', `${asked}.html`)));
		expect(turnedAfter).toBeDefined();
		expect(turnedAfter).toBeLessThanOrEqual(RESTORES_PER_TURN);
	});

	it('keeps every page in one folder, named from its output path: no folder made per page', async () => {
		const IncrementalBuildCache = await linkedCache();
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		const cache = new IncrementalBuildCache('config', 'lockfile', 'key');
		const pages = ['en/index.html', 'en/datasets/a/index.html', 'fr/jeux-de-donnees/a/index.html', '404.html'];
		for (const page of pages) {
			writeOutput(join(dir, 'out'), page, `<p>${page}</p>`);
			await cache.writeOutputFile(settings, page, `<p>${page}</p>`);
		}
		expect(readdirSync(join(dir, 'cache'))).toEqual([PAGES_FOLDER]);
		const entries = readdirSync(join(dir, 'cache', PAGES_FOLDER), { withFileTypes: true });
		expect(entries.map((entry) => join(PAGES_FOLDER, entry.name)).sort()).toEqual(pages.map((page) => entryPath('', page)).sort());
		expect(entries.every((entry) => entry.isFile())).toBe(true);
		expect(entryPath('', 'en/index.html')).toMatch(/^pages-1\/[0-9a-f]{64}$/);
	});

	it("names Astro's manifest as Astro does", () => {
		const incrementalJs = readFileSync(new URL('dist/core/build/incremental.js', ASTRO), 'utf8');
		expect(incrementalJs).toContain(`const INCREMENTAL_CACHE_FILE = "${ASTRO_MANIFEST_FILE}";`);
	});

	it('puts no newer page back under an older key after a build killed before its manifest was written', async () => {
		const IncrementalBuildCache = await linkedCache();
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		const page = 'en/datasets/a/index.html';
		const keep = (cache: Cache, key: string, body: string) => {
			writeOutput(join(dir, 'out'), page, body);
			return cache.writeOutputFile(settings, page, body).then(() => cache.record('dataset.astro', 'deps', '/en/datasets/a/', key, page));
		};
		// A whole build: the page under key "old", then the manifest.
		const first = IncrementalBuildCache.load(settings, 'config', 'lockfile', 'key');
		await keep(first, 'old', '<p>old</p>');
		first.writeManifest(settings);
		const manifest = join(dir, 'cache', ASTRO_MANIFEST_FILE);
		expect(existsSync(manifest)).toBe(true);

		// The next build restores nothing from the manifest's loss: it holds what it read.
		const killed = IncrementalBuildCache.load(settings, 'config', 'lockfile', 'key');
		expect(await killed.restoreOutputFile(settings, 'en/other/index.html', pathToFileURL(join(dir, 'next', 'other.html')))).toBe(false);
		expect(existsSync(manifest)).toBe(true);
		expect(killed.canSkip('dataset.astro', '/en/datasets/a/', 'deps', 'old')).toBe(true);
		// It renders the page again under key "new" and is killed before writing its manifest.
		rmSync(join(dir, 'out'), { recursive: true });
		await keep(killed, 'new', '<p>new</p>');
		expect(readFileSync(entryPath(join(dir, 'cache'), page), 'utf8')).toBe('<p>new</p>');
		expect(existsSync(manifest)).toBe(false);

		// The edit reverted: key "old" again, and the page must be rendered, not put back.
		expect(IncrementalBuildCache.load(settings, 'config', 'lockfile', 'key').canSkip('dataset.astro', '/en/datasets/a/', 'deps', 'old')).toBe(false);
	});

	it("forgets the manifest before a build's first deletion too, and only once a build", async () => {
		const IncrementalBuildCache = await linkedCache();
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		const manifest = join(dir, 'cache', ASTRO_MANIFEST_FILE);
		mkdirSync(join(dir, 'cache'), { recursive: true });
		writeFileSync(manifest, '{}');
		const cache = new IncrementalBuildCache('config', 'lockfile', 'key');
		await cache.deleteOutputFile(settings, 'en/gone/index.html');
		expect(existsSync(manifest)).toBe(false);
		// Written again by this build (as at its end): a later deletion of the same build leaves it.
		writeFileSync(manifest, '{}');
		await cache.deleteOutputFile(settings, 'en/gone-too/index.html');
		expect(existsSync(manifest)).toBe(true);
	});

	it("deletes an orphaned page's entry, and only it", async () => {
		const IncrementalBuildCache = await linkedCache();
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		const cache = new IncrementalBuildCache('config', 'lockfile', 'key');
		for (const page of ['en/a/index.html', 'en/b/index.html']) {
			writeOutput(join(dir, 'out'), page, page);
			await cache.writeOutputFile(settings, page, page);
		}
		await cache.deleteOutputFile(settings, 'en/a/index.html');
		await cache.deleteOutputFile(settings, 'en/never-kept/index.html');
		expect(existsSync(entryPath(join(dir, 'cache'), 'en/a/index.html'))).toBe(false);
		expect(readFileSync(entryPath(join(dir, 'cache'), 'en/b/index.html'), 'utf8')).toBe('en/b/index.html');
		// The published page the entry shared its file with is left.
		expect(readFileSync(join(dir, 'out', 'en', 'a', 'index.html'), 'utf8')).toBe('en/a/index.html');
	});

	it('reads nothing from the old mirror of the output tree, and removes it', async () => {
		const IncrementalBuildCache = await linkedCache();
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		writeOutput(join(dir, 'cache', MIRROR_FOLDER), 'en/index.html', 'old layout');
		const cache = new IncrementalBuildCache('config', 'lockfile', 'key');
		expect(await cache.restoreOutputFile(settings, 'en/index.html', pathToFileURL(join(dir, 'out', 'en', 'index.html')))).toBe(false);
		expect(existsSync(join(dir, 'out', 'en', 'index.html'))).toBe(false);
		await expect.poll(() => readdirSync(join(dir, 'cache'))).toEqual([]);
	});

	it('looks for the old mirror once a build, removing it off the main thread', async () => {
		const dir = folder();
		writeOutput(join(dir, MIRROR_FOLDER), 'en/a/index.html', 'old');
		const state = newLinkState();
		const removed = retireMirror(dir, state);
		// Renamed at once to a temporary name the next build sweeps should this one end first.
		expect(readdirSync(dir)).toEqual([`${MIRROR_FOLDER}.${process.pid}-mirror.tmp`]);
		expect(temporaryOwner(readdirSync(dir)[0]!)).toBe(process.pid);
		await removed;
		expect(readdirSync(dir)).toEqual([]);
		mkdirSync(join(dir, MIRROR_FOLDER));
		await retireMirror(dir, state);
		expect(readdirSync(dir)).toEqual([MIRROR_FOLDER]);
	});

	it('leaves Astro as it is when generate.js no longer deletes entries through the cache', async () => {
		const root = astroCopy((_incremental, generate) =>
			writeFileSync(generate, readFileSync(generate, 'utf8').replace('await cache.deleteOutputFile(options.settings, orphanFile);', 'void 0;')),
		);
		expect(await installLinkedPageCache(root)).toMatchObject({ installed: false, reason: expect.stringMatching(/^generate\.js no longer calls/) });
	});

	it('leaves Astro as it is when its module is not the expected one', async () => {
		const root = astroCopy((file) => appendFileSync(file, '\n// changed\n'));
		const result = await installLinkedPageCache(root);
		expect(result).toMatchObject({ installed: false, reason: expect.stringMatching(/^incremental\.js is not the one/) });
		const { IncrementalBuildCache } = (await import(new URL('dist/core/build/incremental.js', root).href)) as { IncrementalBuildCache: { prototype: Cache } };
		// Astro's own method, which copies.
		expect(IncrementalBuildCache.prototype.restoreOutputFile.toString()).toContain('copyFile(cachedOutputFile, destination)');
	});
});

describe('restoreFile', () => {
	it('links the cached file, and says when there is none', () => {
		const dir = folder();
		writeFileSync(join(dir, 'cached'), 'kept');
		expect(restoreFile(join(dir, 'cached'), join(dir, 'out', 'a', 'index.html'))).toBe(true);
		expect(inode(join(dir, 'out', 'a', 'index.html'))).toBe(inode(join(dir, 'cached')));
		expect(restoreFile(join(dir, 'missing'), join(dir, 'out', 'b', 'index.html'))).toBe(false);
		expect(existsSync(join(dir, 'out', 'b', 'index.html'))).toBe(false);
	});

	it('never writes over a file already in the output', () => {
		const dir = folder();
		writeFileSync(join(dir, 'cached'), 'kept');
		writeFileSync(join(dir, 'there'), 'already there');
		expect(() => restoreFile(join(dir, 'cached'), join(dir, 'there'))).toThrow(/EEXIST/);
		const state = { ...newLinkState(), noLinks: true };
		expect(() => restoreFile(join(dir, 'cached'), join(dir, 'there'), state)).toThrow(/EEXIST/);
		expect(readFileSync(join(dir, 'there'), 'utf8')).toBe('already there');
		expect(readFileSync(join(dir, 'cached'), 'utf8')).toBe('kept');
	});

	it('copies across file systems, and copies from then on', (context) => {
		const shm = '/dev/shm';
		if (!existsSync(shm) || statSync(shm).dev === statSync(tmpdir()).dev) return context.skip();
		const [cache, out] = [folder(shm), folder()];
		writeFileSync(join(cache, 'cached'), 'kept');
		const state = newLinkState();
		expect(restoreFile(join(cache, 'cached'), join(out, 'index.html'), state)).toBe(true);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('kept');
		expect(state.noLinks).toBe(true);
	});
});

describe('storeFile', () => {
	it('never writes into the file a published page shares with the cache', () => {
		const dir = folder();
		mkdirSync(join(dir, 'published'));
		mkdirSync(join(dir, 'cache'));
		writeFileSync(join(dir, 'published', 'index.html'), 'first');
		storeFile(join(dir, 'cache', 'index.html'), join(dir, 'published', 'index.html'), 'first');
		mkdirSync(join(dir, 'out'));
		writeFileSync(join(dir, 'out', 'index.html'), 'second, longer');
		storeFile(join(dir, 'cache', 'index.html'), join(dir, 'out', 'index.html'), 'second, longer');
		expect(readFileSync(join(dir, 'published', 'index.html'), 'utf8')).toBe('first');
		expect(readFileSync(join(dir, 'cache', 'index.html'), 'utf8')).toBe('second, longer');
		expect(inode(join(dir, 'cache', 'index.html'))).toBe(inode(join(dir, 'out', 'index.html')));
	});

	it("links a first entry under its own name, and a later one through a temporary file in the folder given (where the next build sweeps a killed one's), leaving none", () => {
		const dir = folder();
		writeOutput(dir, 'out/index.html', 'page');
		writeOutput(dir, 'again/index.html', 'page again');
		const target = join(dir, 'cache', PAGES_FOLDER, 'entry');
		// A folder that is not there: only a temporary file made in it can fail. No entry yet: none is made.
		storeFile(target, join(dir, 'out', 'index.html'), 'page', undefined, join(dir, 'missing'));
		expect(inode(target)).toBe(inode(join(dir, 'out', 'index.html')));
		// An entry there (perhaps a published page's file): replaced through a temporary file only.
		expect(() => storeFile(target, join(dir, 'again', 'index.html'), 'page again', undefined, join(dir, 'missing'))).toThrow(/ENOENT/);
		expect(readFileSync(target, 'utf8')).toBe('page');
		storeFile(target, join(dir, 'again', 'index.html'), 'page again', undefined, join(dir, 'cache'));
		expect(inode(target)).toBe(inode(join(dir, 'again', 'index.html')));
		expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toBe('page');
		expect(readdirSync(join(dir, 'cache'))).toEqual([PAGES_FOLDER]);
		expect(readdirSync(join(dir, 'cache', PAGES_FOLDER))).toEqual(['entry']);
	});

	it('writes a first entry through a temporary file too when it cannot link (a killed build leaves no entry cut short)', () => {
		const dir = folder();
		const target = join(dir, 'cache', 'entry');
		expect(() => storeFile(target, join(dir, 'not-written'), 'body', undefined, join(dir, 'missing'))).toThrow(/ENOENT/);
		expect(existsSync(target)).toBe(false);
	});

	it('writes the body when the output file does not hold it', () => {
		const dir = folder();
		writeFileSync(join(dir, 'written'), 'other');
		storeFile(join(dir, 'cache', 'index.html'), join(dir, 'written'), 'the body');
		storeFile(join(dir, 'cache', 'missing.html'), join(dir, 'missing'), 'no output');
		expect(readFileSync(join(dir, 'cache', 'index.html'), 'utf8')).toBe('the body');
		expect(inode(join(dir, 'cache', 'index.html'))).not.toBe(inode(join(dir, 'written')));
		expect(readFileSync(join(dir, 'cache', 'missing.html'), 'utf8')).toBe('no output');
	});
});
