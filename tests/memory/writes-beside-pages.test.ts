import { describe, expect, it } from 'vitest';
import type { ReleasedGarbage } from '../../src/lib/build/release-garbage.ts';
import { writesBesidePages } from '../../src/lib/build/writes-beside-pages.ts';

const whole = { wholeLanguage: true };
const shard = { wholeLanguage: false };

/** Writes whose collections are counted rather than made. */
function counted() {
	let collections = 0;
	const release = (): ReleasedGarbage => ({ rssBefore: 900, rssAfter: 600 + ++collections, milliseconds: 1 });
	return { writes: writesBesidePages(release), collections: () => collections };
}

describe('the search index writes beside the pages', () => {
	it('write the first whole language as it comes and collect the garbage before the second', () => {
		const { writes, collections } = counted();
		writes.beforeWrite(whole);
		expect(collections()).toBe(0);
		expect(writes.released).toBeUndefined();
		writes.beforeWrite(whole);
		expect(collections()).toBe(1);
		expect(writes.released).toEqual({ rssBefore: 900, rssAfter: 601, milliseconds: 1 });
	});

	it('collect once, not before a third whole language', () => {
		const { writes, collections } = counted();
		for (let i = 0; i < 3; i++) writes.beforeWrite(whole);
		expect(collections()).toBe(1);
	});

	it('leave the writes once the pages are done to the collections after them', () => {
		const { writes, collections } = counted();
		writes.beforeWrite(whole);
		writes.pagesDone();
		writes.beforeWrite(whole);
		expect(collections()).toBe(0);
		expect(writes.released).toBeUndefined();
	});

	it('never collect before a shard, nor count one as a whole language', () => {
		const { writes, collections } = counted();
		for (const write of [shard, shard, whole, shard, shard]) writes.beforeWrite(write);
		expect(collections()).toBe(0);
	});

	it('start again with each build', () => {
		const first = counted();
		first.writes.beforeWrite(whole);
		first.writes.pagesDone();
		const next = counted();
		next.writes.beforeWrite(whole);
		next.writes.beforeWrite(whole);
		expect(next.collections()).toBe(1);
	});
});
