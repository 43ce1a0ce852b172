import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCacheBytes, readCacheBytesAsync, readCacheEntry, writeCacheEntry, writeDigestNamedEntry } from '../../src/lib/build/cache-file.ts';

const made: string[] = [];
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-cache-file-'));
	made.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The cache folder is restored from CI and is untrusted: both readers must refuse the same things.
describe.each([
	['readCacheBytes', async (path: string, max: number) => readCacheBytes(path, max)],
	['readCacheBytesAsync', readCacheBytesAsync],
])('%s', (_name, read) => {
	it('gives the bytes of a regular file within the limit', async () => {
		const dir = folder();
		writeFileSync(join(dir, 'entry'), 'kept text');
		expect((await read(join(dir, 'entry'), 9))?.toString('utf8')).toBe('kept text');
	});

	it('gives nothing for a missing entry, a file over the limit, a folder or a link', async () => {
		const dir = folder();
		writeFileSync(join(dir, 'large'), 'ten bytes!');
		mkdirSync(join(dir, 'folder'));
		writeFileSync(join(dir, 'target'), 'outside');
		symlinkSync(join(dir, 'target'), join(dir, 'link'));
		expect(await read(join(dir, 'missing'), 100)).toBeUndefined();
		expect(await read(join(dir, 'large'), 9)).toBeUndefined();
		expect(await read(join(dir, 'folder'), 100)).toBeUndefined();
		expect(await read(join(dir, 'link'), 100)).toBeUndefined();
	});
});

describe('writeCacheEntry', () => {
	it('writes text or bytes in place of the previous entry and leaves no temporary file', () => {
		const dir = folder();
		const path = join(dir, 'sub', 'entry');
		expect(writeCacheEntry(path, 'first')).toBe(true);
		expect(writeCacheEntry(path, new TextEncoder().encode('second'))).toBe(true);
		expect(readCacheEntry(path, 100)).toBe('second');
		expect(readdirSync(join(dir, 'sub'))).toEqual(['entry']);
	});

	it('writes pieces of bytes one after the other, as one entry in place of the previous one', () => {
		const dir = folder();
		const path = join(dir, 'entry');
		expect(writeCacheEntry(path, 'previous entry, longer than the next')).toBe(true);
		const bytes = (text: string) => new TextEncoder().encode(text);
		expect(writeCacheEntry(path, [bytes('digest\n'), bytes(''), bytes('{"meta":1}\n'), Buffer.from('données')])).toBe(true);
		expect(readCacheEntry(path, 100)).toBe('digest\n{"meta":1}\ndonnées');
		expect(readdirSync(dir)).toEqual(['entry']);
	});

	it('says false, and leaves nothing, when the entry cannot be written', () => {
		const dir = folder();
		writeFileSync(join(dir, 'file'), 'not a folder');
		expect(writeCacheEntry(join(dir, 'file', 'entry'), 'text')).toBe(false);
		expect(writeCacheEntry(join(dir, 'file', 'entry'), [Buffer.from('text')])).toBe(false);
		expect(readdirSync(dir)).toEqual(['file']);
	});
});

describe('writeDigestNamedEntry', () => {
	it('writes the entry under its name, with no temporary file', () => {
		const dir = folder();
		expect(writeDigestNamedEntry(join(dir, 'entry'), 'text')).toBe(true);
		expect(readdirSync(dir)).toEqual(['entry']);
		expect(readCacheEntry(join(dir, 'entry'), 100)).toBe('text');
	});

	it('replaces an entry already there without writing into its file, which an output may hold', () => {
		const dir = folder();
		// A half-written entry a killed build left, linked as a published file would be.
		writeFileSync(join(dir, 'entry'), 'half');
		linkSync(join(dir, 'entry'), join(dir, 'published'));
		expect(writeDigestNamedEntry(join(dir, 'entry'), new TextEncoder().encode('whole'))).toBe(true);
		expect(readCacheEntry(join(dir, 'entry'), 100)).toBe('whole');
		expect(readFileSync(join(dir, 'published'), 'utf8')).toBe('half');
	});

	it('says false, and leaves nothing, when the entry cannot be written', () => {
		const dir = folder();
		mkdirSync(join(dir, 'entry'));
		writeFileSync(join(dir, 'entry', 'inside'), 'x');
		expect(writeDigestNamedEntry(join(dir, 'entry'), 'text')).toBe(false);
		expect(writeDigestNamedEntry(join(dir, 'missing', 'entry'), 'text')).toBe(false);
		expect(readdirSync(dir)).toEqual(['entry']);
		expect(readdirSync(join(dir, 'entry'))).toEqual(['inside']);
	});
});
