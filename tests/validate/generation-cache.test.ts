/**
 * The cache files of `npm run validate` (build/generation-cache.ts): a run that changed a few
 * entries writes only a delta beside the file, which the next run reads with it; past a tenth of
 * the entries the file is rewritten whole and the delta dropped; a delta of another file, or a
 * damaged entry in one, is never trusted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGenerationCache } from '../../src/lib/build/generation-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'odc-generation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const isNumber = (value: unknown): value is number => typeof value === 'number';
const keys = Array.from({ length: 100 }, (_, index) => `key-${index}`);

describe('a generation cache file', () => {
	it('writes a delta for a few changes, reads it back, and is rewritten whole past a tenth', () => {
		const file = join(work, 'delta', 'cache.json');
		const delta = join(work, 'delta', 'cache.delta.json');
		const open = () => openGenerationCache(file, 'v1', isNumber);

		const first = open();
		keys.forEach((key, index) => first.set(key, index));
		first.save();
		const whole = readFileSync(file, 'utf8');
		expect(existsSync(delta)).toBe(false);

		// Everything read again: nothing is written.
		const same = open();
		for (const key of keys) expect(same.get(key)).toBe(keys.indexOf(key));
		same.save();
		expect(readFileSync(file, 'utf8')).toBe(whole);
		expect(existsSync(delta)).toBe(false);

		// One entry replaced: only the delta is written, and the next run has the new entry.
		const changed = open();
		for (const key of keys.slice(1)) changed.get(key);
		changed.set('key-new', 1000);
		changed.save();
		expect(readFileSync(file, 'utf8')).toBe(whole);
		expect(JSON.parse(readFileSync(delta, 'utf8')).entries).toEqual({ 'key-new': 1000 });
		const next = open();
		expect(next.get('key-new')).toBe(1000);
		expect(next.get('key-5')).toBe(5);

		// A damaged entry of the delta is not trusted.
		const text = readFileSync(delta, 'utf8');
		writeFileSync(delta, text.replace('1000', '"1000"'));
		expect(open().get('key-new')).toBeUndefined();
		writeFileSync(delta, text);

		// Many changes: the file is rewritten with this run's entries only, and the delta dropped.
		const many = open();
		for (const key of keys.slice(20)) many.get(key);
		many.get('key-new');
		for (let index = 0; index < 20; index++) many.set(`other-${index}`, index);
		many.save();
		expect(existsSync(delta)).toBe(false);
		const rewritten = JSON.parse(readFileSync(file, 'utf8')).entries as Record<string, number>;
		expect(Object.keys(rewritten).sort()).toEqual([...keys.slice(20), 'key-new', ...Array.from({ length: 20 }, (_, index) => `other-${index}`)].sort());
	});

	it('ignores a delta that extends another file', () => {
		const file = join(work, 'other', 'cache.json');
		const delta = join(work, 'other', 'cache.delta.json');
		const first = openGenerationCache(file, 'v1', isNumber);
		keys.forEach((key, index) => first.set(key, index));
		first.save();
		const stale = JSON.parse(readFileSync(file, 'utf8'));
		writeFileSync(delta, JSON.stringify({ format: stale.format, version: 'v1', base: 'not-this-file', entries: { 'key-1': 99 } }));
		expect(openGenerationCache(file, 'v1', isNumber).get('key-1')).toBe(1);
		writeFileSync(delta, JSON.stringify({ format: stale.format, version: 'v1', base: stale.id, entries: { 'key-1': 99 } }));
		expect(openGenerationCache(file, 'v1', isNumber).get('key-1')).toBe(99);
		expect(openGenerationCache(file, 'v2', isNumber).get('key-1')).toBeUndefined();
	});
});
