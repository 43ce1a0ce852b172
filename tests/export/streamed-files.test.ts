/**
 * The DCAT-AP files are written part by part into an output folder that may not be ready yet
 * (src/lib/build/streamed-files.ts): held until it is, removed when the export fails.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StreamedFiles } from '../../src/lib/build/streamed-files.ts';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

const folder = () => (dir = mkdtempSync(join(tmpdir(), 'odc-streamed-')));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('StreamedFiles', () => {
	it('holds the pieces until the folder is known, then writes them and the rest in order', () => {
		const out = folder();
		const files = new StreamedFiles(['a.txt', 'b.txt']);
		files.write('a.txt', bytes('one '));
		files.write('b.txt', bytes('uno '));
		expect(readdirSync(out)).toEqual([]);
		files.open(out);
		files.write('a.txt', bytes('two'));
		files.close();
		expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('one two');
		expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('uno ');
	});

	it('removes the files when discarded, and writes nothing afterwards', () => {
		const out = folder();
		const files = new StreamedFiles(['a.txt']);
		files.open(out);
		files.write('a.txt', bytes('part'));
		files.discard();
		files.write('a.txt', bytes('more'));
		files.open(out);
		expect(readdirSync(out)).toEqual([]);
	});

	it('creates nothing when discarded before the folder was known', () => {
		const out = folder();
		const files = new StreamedFiles(['a.txt']);
		files.write('a.txt', bytes('part'));
		files.discard();
		files.open(out);
		expect(readdirSync(out)).toEqual([]);
	});

	it('does not make a folder that was removed', () => {
		const gone = join(folder(), 'gone');
		const files = new StreamedFiles(['a.txt']);
		expect(() => files.open(gone)).toThrow(/ENOENT/);
		expect(existsSync(gone)).toBe(false);
	});

	it('refuses a file it was not given', () => {
		expect(() => new StreamedFiles(['a.txt']).write('b.txt', bytes('x'))).toThrow('b.txt is not one of the streamed files.');
	});
});
