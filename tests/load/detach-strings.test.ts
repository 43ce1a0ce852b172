/**
 * Loaded data keeps no file's text alive (load/detach-strings.ts): V8 makes a substring a view of
 * the text it was cut from, so one value kept from a file used to keep the whole file in memory.
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { detachStrings } from '../../src/lib/load/detach-strings.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-detach-strings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('detachStrings', () => {
	it('gives the same data back, every string equal to what it was', () => {
		const shared = { note: 'a value shared by an alias, long enough to be a slice' };
		const data = {
			title: { en: 'A title long enough to be sliced', fr: 'Un titre assez long pour être coupé' },
			tags: ['short', 'a tag of more than thirteen'],
			n: 3,
			ok: true,
			none: null,
			a: shared,
			b: shared,
		};
		const before = structuredClone(data);
		expect(detachStrings(data)).toBe(data);
		expect(data).toEqual(before);
		expect(data.a).toBe(data.b);
	});

	it('keeps a lone surrogate exactly, which UTF-8 could not carry', () => {
		const data = { text: 'before \uD800 after, long enough' };
		detachStrings(data);
		expect(data.text).toBe('before \uD800 after, long enough');
		expect(detachStrings('\uDC00 alone at the start of a string')).toBe('\uDC00 alone at the start of a string');
	});

	it('keeps an own __proto__ key a property and leaves the prototype alone', () => {
		const data = JSON.parse('{"__proto__": "a value of more than thirteen characters", "x": 1}') as Record<string, unknown>;
		detachStrings(data);
		expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
		expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('a value of more than thirteen characters');
	});

	it('walks a cycle once and a deep nesting without overflowing the stack', () => {
		const cycle: Record<string, unknown> = { text: 'a string inside a cycle of objects' };
		cycle.self = cycle;
		expect(detachStrings(cycle)).toBe(cycle);
		let deep: unknown[] = ['the innermost string, deep down'];
		for (let level = 0; level < 200_000; level++) deep = [deep];
		expect(() => detachStrings(deep)).not.toThrow();
	});
});

describe('a loaded catalogue', () => {
	it('does not hold its files’ text: a large comment in every dataset file is not kept', async () => {
		const root = join(work, 'commented');
		generateCatalogue(root, { datasets: 48, seed: 5 });
		const comment = `# ${'x'.repeat(255)}\n`.repeat(2040); // under 512 KB a file (the most a metadata file may hold), 24 MB in all
		const files = readdirSync(join(root, 'datasets'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
		for (const file of files) appendFileSync(join(file.parentPath, file.name), comment);
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		gc();
		const before = process.memoryUsage().heapUsed;
		const { catalogue } = await loadCatalogue(root, { asOf: '2026-06-01', cache: false });
		gc();
		const held = process.memoryUsage().heapUsed - before;
		expect(catalogue?.datasets).toHaveLength(48);
		// Each kept title would keep its file's text alive: 24 MB in all (about 2 MB are held without them).
		expect(held).toBeLessThan(files.length * comment.length * 0.25);
	});
});
