import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResult } from '../../src/components/search/pagefind-api.ts';
import { shardFiltered, shardOf } from '../../src/components/search/shard-results.ts';

/** A result of page `position` of the shard `shard`, with short ids as pagefind-page-ids.ts writes them. */
const result = (shard: string, position: number): PagefindResult => ({ id: `en_${shard}_${position}`, data: () => Promise.reject(new Error('not loaded')) });

/** Pagefind over shards, by what each search (a word, or a word in quotes for its exact stem) gives. */
function pagefind(searches: Record<string, PagefindResult[]>): PagefindApi {
	return {
		options: async () => {},
		init: async () => {},
		mergeIndex: async () => {},
		preload: async () => {},
		search: async (query) => ({ results: searches[query ?? ''] ?? [] }),
	};
}

const a1 = result('aaaaaaaaaa', 1);
const a2 = result('aaaaaaaaaa', 2);
const a3 = result('aaaaaaaaaa', 3);
const b1 = result('bbbbbbbbbb', 1);
const c1 = result('cccccccccc', 1);

describe('shardOf', () => {
	it('names a result’s shard by its page id without the position', () => {
		expect(shardOf('en_0a1b2c3d4e_1z')).toBe('en_0a1b2c3d4e');
		// Pagefind's own ids (another Pagefind version): all of one shard.
		expect(shardOf('en_0a1b2c3')).toBe('en_0a1b2c3');
	});
});

describe('shardFiltered', () => {
	it('drops, for a word one shard holds as itself, what the shards without it found by a shorter word', async () => {
		// "infonuagique": shard a holds it; shards b and c fell back to "info".
		const found = [a1, b1, c1];
		const filtered = await shardFiltered(pagefind({ infonuagique: found, '"infonuagique"': [a1] }), 'infonuagique', found);
		expect(filtered).toEqual([a1]);
	});

	it('keeps what Pagefind found for a word no shard holds as itself (one being typed)', async () => {
		const found = [a1, b1];
		expect(await shardFiltered(pagefind({ infonu: found }), 'infonu', found)).toEqual(found);
	});

	it('keeps only pages that every word finds, each in a shard holding it, in the order given', async () => {
		// "water quality": shard c lacks "quality" and fell back to a shorter word; a3 has only "water".
		const found = [c1, a2, b1, a3, a1];
		const searches = { water: [a1, a2, a3, b1, c1], quality: [a2, b1, a1, c1], '"water"': [a1, a3, b1, c1], '"quality"': [a2, b1] };
		expect(await shardFiltered(pagefind(searches), 'water quality', found)).toEqual([a2, b1, a1]);
	});
});
