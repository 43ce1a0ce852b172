import { describe, expect, it } from 'vitest';
import { indexHashFor, shardFoldersFor, type PagefindEntry } from '../../src/lib/search/facet-table.ts';
import { cutIntoShards, LARGEST_WHOLE_INDEX, MAX_SHARD_FACTOR, shardedIndexHash, shardFolder, shardMinimum } from '../../src/lib/search/search-shards.ts';

const record = (n: number, lang = 'en') => ({ url: `/${lang}/datasets/dataset-${n}/` });
const records = (count: number) => Array.from({ length: count }, (_, n) => record(n));
/** Each shard named by its records' addresses. */
const names = (shards: { url: string }[][]) => shards.map((shard) => shard.map((r) => r.url).join(' '));

describe('cutIntoShards', () => {
	it('gives one shard under twice the minimum, or for a minimum that is not a positive whole number', () => {
		expect(cutIntoShards(records(199), 100)).toHaveLength(1);
		expect(cutIntoShards(records(500), 0)).toHaveLength(1);
		expect(cutIntoShards(records(500), 2.5)).toHaveLength(1);
		expect(cutIntoShards([], 100)).toEqual([[]]);
	});

	it('puts every record in one shard, in order, each shard between the minimum and its bound', () => {
		const all = records(5000);
		const shards = cutIntoShards(all, 50);
		expect(shards.length).toBeGreaterThan(10);
		expect(shards.flat()).toEqual(all);
		for (const shard of shards) {
			expect(shard.length).toBeGreaterThanOrEqual(50);
			expect(shard.length).toBeLessThan(50 * MAX_SHARD_FACTOR + 50);
		}
	});

	it('moves only the shards around a record added or removed: the others keep their records', () => {
		const all = records(5000);
		const before = new Set(names(cutIntoShards(all, 50)));
		const added = [...all.slice(0, 2500), record(99999), ...all.slice(2500)];
		const removed = [...all.slice(0, 1200), ...all.slice(1201)];
		for (const changed of [added, removed]) {
			const after = names(cutIntoShards(changed, 50));
			expect(after.filter((name) => !before.has(name)).length).toBeLessThanOrEqual(2);
			expect(after.length).toBeGreaterThan(10);
		}
	});
});

describe('shardMinimum', () => {
	it('keeps a language that fits whole as one index unless asked, and cuts a larger one into shards no larger than it', () => {
		expect(shardMinimum(LARGEST_WHOLE_INDEX, undefined)).toBeUndefined();
		const minimum = shardMinimum(LARGEST_WHOLE_INDEX + 1, undefined);
		expect(minimum).toBe(LARGEST_WHOLE_INDEX / MAX_SHARD_FACTOR);
		const shards = cutIntoShards(records(LARGEST_WHOLE_INDEX * 3), minimum!);
		expect(shards.length).toBeGreaterThan(3);
		// Every shard but the last (which takes the remainder) within the bound.
		for (const shard of shards.slice(0, -1)) expect(shard.length).toBeLessThanOrEqual(LARGEST_WHOLE_INDEX);
	});

	it('takes what the build was told: a size for any language, and 0 for one index however large', () => {
		expect(shardMinimum(500, 100)).toBe(100);
		expect(shardMinimum(LARGEST_WHOLE_INDEX * 5, 20_000)).toBe(20_000);
		expect(shardMinimum(LARGEST_WHOLE_INDEX * 5, 0)).toBeUndefined();
	});
});

describe('a sharded language in the entry file', () => {
	const entry: PagefindEntry = {
		languages: { en: { hash: 'en_1111111111', page_count: 7 }, fr: { hash: 'fr_2222222222', page_count: 9 } },
		odc_shards: {
			en: {
				hash: shardedIndexHash('en', ['en_1111111111', 'en_3333333333']),
				folders: [shardFolder('en', 1), '../../elsewhere/', 'https://example.org/x/', shardFolder('en', 2)],
			},
		},
	};

	it('names its tables by every shard, and the others by their index', () => {
		expect(indexHashFor(entry, 'en')).toBe(shardedIndexHash('en', ['en_1111111111', 'en_3333333333']));
		expect(indexHashFor(entry, 'en-CA')).toBe(indexHashFor(entry, 'en'));
		expect(indexHashFor(entry, 'fr')).toBe('fr_2222222222');
		expect(shardedIndexHash('en', ['a', 'b'])).not.toBe(shardedIndexHash('en', ['b', 'a']));
	});

	it('gives only shard folders of the shape the build writes, so an entry cannot send the page elsewhere', () => {
		expect(shardFoldersFor(entry, 'en')).toEqual(['shards/en/1/', 'shards/en/2/']);
		expect(shardFoldersFor(entry, 'fr')).toEqual([]);
		expect(shardFoldersFor({}, 'en')).toEqual([]);
	});
});
