import { describe, expect, it } from 'vitest';
import { writesBesidePages } from '../../src/lib/build/writes-beside-pages.ts';

const whole = { wholeLanguage: true };
const shard = { wholeLanguage: false };

describe('the search index writes beside the pages', () => {
	it('let the first whole language be written beside the pages and hold the second until they are done', () => {
		const writes = writesBesidePages();
		expect(writes.mustWait(whole)).toBe(false);
		expect(writes.mustWait(whole)).toBe(true);
		writes.pagesDone();
		expect(writes.mustWait(whole)).toBe(false);
	});

	it('hold no language written once the pages are done', () => {
		const writes = writesBesidePages();
		writes.pagesDone();
		expect([writes.mustWait(whole), writes.mustWait(whole)]).toEqual([false, false]);
	});

	it('never hold a shard, beside the pages or after a whole language', () => {
		const writes = writesBesidePages();
		expect([shard, shard, shard].map((write) => writes.mustWait(write))).toEqual([false, false, false]);
		expect(writes.mustWait(whole)).toBe(false);
		expect(writes.mustWait(shard)).toBe(false);
	});

	it('start again with each build', () => {
		const first = writesBesidePages();
		first.mustWait(whole);
		first.pagesDone();
		const next = writesBesidePages();
		expect([next.mustWait(whole), next.mustWait(whole)]).toEqual([false, true]);
	});
});
