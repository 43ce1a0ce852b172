import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { installLinkedPageCache, newLinkState, restoreFile, storeFile, unexpectedShape } from '../../src/lib/build/linked-page-cache.ts';

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
function astroCopy(change?: (incrementalJs: string) => void): URL {
	const root = folder();
	mkdirSync(join(root, 'dist', 'core', 'build'), { recursive: true });
	for (const name of ['incremental.js', 'generate.js']) cpSync(new URL(`dist/core/build/${name}`, ASTRO), join(root, 'dist', 'core', 'build', name));
	change?.(join(root, 'dist', 'core', 'build', 'incremental.js'));
	return pathToFileURL(`${root}/`);
}

interface Cache {
	restoreOutputFile(settings: unknown, outputFile: string, destination: URL): Promise<boolean>;
	writeOutputFile(settings: unknown, outputFile: string, body: string): Promise<void>;
}

describe('the hook into Astro', () => {
	// Fails when an Astro upgrade changes the methods replaced or how the build calls them: check
	// linked-page-cache.ts against the new incremental.js and generate.js, then update the digest.
	it('finds the installed Astro as it was written for', () => {
		expect(unexpectedShape(ASTRO)).toBeUndefined();
	});

	it('links a rendered page into the cache and a kept page back into the output', async () => {
		const root = astroCopy();
		expect(await installLinkedPageCache(root)).toEqual({ installed: true });
		const { IncrementalBuildCache } = (await import(new URL('dist/core/build/incremental.js', root).href)) as {
			IncrementalBuildCache: new (...args: string[]) => Cache;
		};
		const dir = folder();
		const settings = { config: { cacheDir: pathToFileURL(`${dir}/cache/`), outDir: pathToFileURL(`${dir}/out/`) } };
		mkdirSync(join(dir, 'out', 'en'), { recursive: true });
		writeFileSync(join(dir, 'out', 'en', 'index.html'), '<p>page</p>');
		await new IncrementalBuildCache('config', 'lockfile', 'key').writeOutputFile(settings, 'en/index.html', '<p>page</p>');
		expect(inode(join(dir, 'cache', 'dist', 'en', 'index.html'))).toBe(inode(join(dir, 'out', 'en', 'index.html')));

		const next = new IncrementalBuildCache('config', 'lockfile', 'key');
		expect(await next.restoreOutputFile(settings, 'en/index.html', pathToFileURL(join(dir, 'next', 'en', 'index.html')))).toBe(true);
		expect(inode(join(dir, 'next', 'en', 'index.html'))).toBe(inode(join(dir, 'cache', 'dist', 'en', 'index.html')));
		expect(await next.restoreOutputFile(settings, 'fr/index.html', pathToFileURL(join(dir, 'next', 'fr', 'index.html')))).toBe(false);
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

	it("makes its temporary file in the folder given (where the next build sweeps a killed one's), and leaves none", () => {
		const dir = folder();
		mkdirSync(join(dir, 'out'));
		writeFileSync(join(dir, 'out', 'index.html'), 'page');
		const target = join(dir, 'cache', 'dist', 'en', 'index.html');
		// A folder that is not there: only a temporary file made in it can fail.
		expect(() => storeFile(target, join(dir, 'out', 'index.html'), 'page', undefined, join(dir, 'missing'))).toThrow(/ENOENT/);
		expect(existsSync(target)).toBe(false);
		storeFile(target, join(dir, 'out', 'index.html'), 'page', undefined, join(dir, 'cache'));
		expect(readFileSync(target, 'utf8')).toBe('page');
		expect(readdirSync(join(dir, 'cache'))).toEqual(['dist']);
		expect(readdirSync(join(dir, 'cache', 'dist', 'en'))).toEqual(['index.html']);
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
