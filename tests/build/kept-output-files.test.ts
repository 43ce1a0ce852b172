/**
 * Output files kept from one build to the next (src/lib/build/kept-output-files.ts): a kept file is
 * linked into the output only when its bytes check out; anything else in the cache folder is made
 * afresh, and the output is always what making it gives.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MADE_EACH_TIME, openKeptOutputFiles } from '../../src/lib/build/kept-output-files.ts';

const folders: string[] = [];
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-kept-'));
	folders.push(dir);
	return dir;
}

const KEY = 'a'.repeat(64);
const OTHER_KEY = 'b'.repeat(64);

/** One build: places `files` (name → key and text) into a new output folder; returns it, what was made and the counts. */
function build(cache: string, files: Record<string, [key: string, text: string]>, maxBytes?: number) {
	const out = mkdtempSync(join(cache, '..', 'out-'));
	const kept = openKeptOutputFiles('kind', '/catalogue', cache, maxBytes);
	const made: string[] = [];
	for (const [name, [key, text]] of Object.entries(files))
		kept.place(join(out, name), key, () => {
			made.push(name);
			return text;
		});
	kept.prune();
	return { out, made, counts: kept.counts };
}

/** The entries of the kind's folder. */
const entries = (cache: string) => readdirSync(cache, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory());

describe('kept output files', () => {
	it('are made on a miss, then linked into the next output without being made', () => {
		const cache = join(folder(), 'cache');
		const first = build(cache, { 'a.json': [KEY, '{"a":1}'] });
		expect(first.made).toEqual(['a.json']);
		expect(first.counts).toEqual({ made: 1, kept: 0 });
		const second = build(cache, { 'a.json': [KEY, '{"a":1}'] });
		expect(second.made).toEqual([]);
		expect(second.counts).toEqual({ made: 0, kept: 1 });
		expect(readFileSync(join(second.out, 'a.json'), 'utf8')).toBe('{"a":1}');
		// The same file, not a copy: nothing was written.
		expect(statSync(join(second.out, 'a.json')).ino).toBe(statSync(join(first.out, 'a.json')).ino);
	});

	it('can be kept before they are placed: made once, counted as made, and linked when placed', () => {
		const cache = join(folder(), 'cache');
		build(cache, { 'a.json': [KEY, '{"a":1}'] });
		const out = mkdtempSync(join(cache, '..', 'out-'));
		const kept = openKeptOutputFiles('kind', '/catalogue', cache);
		const made: string[] = [];
		const make = (name: string, text: string) => () => (made.push(name), text);
		// An entry already kept is not made again; a new one is made now, before its folder exists.
		kept.keep(KEY, make('a.json', '{"a":1}'));
		kept.keep(OTHER_KEY, make('b.json', '{"b":2}'));
		expect(made).toEqual(['b.json']);
		kept.place(join(out, 'a.json'), KEY, make('a.json', '{"a":1}'));
		kept.place(join(out, 'b.json'), OTHER_KEY, make('b.json', '{"b":2}'));
		expect(made).toEqual(['b.json']);
		expect(kept.counts).toEqual({ made: 1, kept: 1 });
		expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('{"b":2}');
		kept.prune();
		expect(build(cache, { 'a.json': [KEY, '{"a":1}'], 'b.json': [OTHER_KEY, '{"b":2}'] }).counts).toEqual({ made: 0, kept: 2 });
	});

	it('are checked whatever their size, one after another: larger and smaller than the last read', () => {
		const cache = join(folder(), 'cache');
		const files = { 'large.json': [KEY, 'L'.repeat(200_000)], 'small.json': [OTHER_KEY, 'small'] } as Record<string, [string, string]>;
		build(cache, files);
		const again = build(cache, files);
		expect(again.made).toEqual([]);
		expect(readFileSync(join(again.out, 'large.json'), 'utf8')).toBe(files['large.json']![1]);
		expect(readFileSync(join(again.out, 'small.json'), 'utf8')).toBe('small');
	});

	it('are made again when the key changed, and the entry of the old key is deleted', () => {
		const cache = join(folder(), 'cache');
		build(cache, { 'a.json': [KEY, 'old'] });
		const second = build(cache, { 'a.json': [OTHER_KEY, 'new'] });
		expect(second.made).toEqual(['a.json']);
		expect(readFileSync(join(second.out, 'a.json'), 'utf8')).toBe('new');
		expect(entries(cache).map((entry) => entry.name)).toEqual([expect.stringMatching(new RegExp(`^${OTHER_KEY}\\.[0-9a-f]{64}$`))]);
	});

	it('are made again when the kept bytes do not match their digest, and the output holds the bytes made', () => {
		const cache = join(folder(), 'cache');
		const first = build(cache, { 'a.json': [KEY, 'right'] });
		// As if the published copy had been edited in place: the entry is the same file.
		writeFileSync(join(first.out, 'a.json'), 'wrong');
		const second = build(cache, { 'a.json': [KEY, 'right'] });
		expect(second.made).toEqual(['a.json']);
		expect(readFileSync(join(second.out, 'a.json'), 'utf8')).toBe('right');
		expect(build(cache, { 'a.json': [KEY, 'right'] }).made).toEqual([]);
	});

	it('are made again when an entry is a link, a folder, missing or larger than allowed', () => {
		const cache = join(folder(), 'cache');
		build(cache, { 'a.json': [KEY, 'text'] });
		const [entry] = entries(cache);
		const path = join(entry!.parentPath, entry!.name);
		const secret = join(folder(), 'secret');
		writeFileSync(secret, 'text');
		rmSync(path);
		symlinkSync(secret, path);
		const linked = build(cache, { 'a.json': [KEY, 'text'] });
		expect(linked.made).toEqual(['a.json']);
		expect(statSync(join(linked.out, 'a.json')).ino).not.toBe(statSync(secret).ino);
		rmSync(path);
		mkdirSync(path);
		expect(build(cache, { 'a.json': [KEY, 'text'] }).made).toEqual(['a.json']);
		expect(build(cache, { 'a.json': [KEY, 'text'] }, 3).made).toEqual(['a.json']);
		// Too large to keep: made, written, and made again next time.
		const large = build(cache, { 'a.json': [KEY, 'text'] }, 3);
		expect(large.made).toEqual(['a.json']);
		expect(readFileSync(join(large.out, 'a.json'), 'utf8')).toBe('text');
	});

	it('are made each time without a key, and never overwrite a file of the output', () => {
		const cache = join(folder(), 'cache');
		const out = folder();
		const kept = openKeptOutputFiles('kind', '/catalogue', cache);
		let made = 0;
		kept.place(join(out, 'a.json'), undefined, () => `${++made}`);
		kept.place(join(out, 'b.json'), undefined, () => `${++made}`);
		expect(made).toBe(2);
		expect(kept.counts).toEqual({ made: 2, kept: 0 });
		expect(() => kept.place(join(out, 'a.json'), KEY, () => 'again')).toThrow(/EEXIST/);
		expect(() => MADE_EACH_TIME.place(join(out, 'a.json'), KEY, () => 'again')).toThrow(/EEXIST/);
		expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('1');
	});
});
