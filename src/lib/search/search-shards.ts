/**
 * A language's search index cut into shards: runs of its records, in the index's order, each
 * indexed by Pagefind as a bundle of its own and merged in the browser (`mergeIndex`), so that a
 * rebuild after one dataset changed indexes that dataset's shard again, not the whole language
 * (~19 s of Pagefind's CPU at 10,000 datasets on two cores, against ~2 s for a shard of 1,000).
 *
 * Where a shard ends is decided by the records themselves, not by their positions: a shard ends
 * after a record whose address hashes to a boundary, once the shard holds at least the minimum.
 * A dataset added, removed or changed then moves the shards' ends only around itself (content-defined
 * chunking, as backup tools cut files): every other shard has the same records and is kept. Runs
 * are contiguous, so the shards in order list the pages in the index's order, which is the order
 * of the listing before any query and the order between results of equal score.
 *
 * A language of fewer records than twice the minimum is one shard: its bundle is the one an
 * index of the whole language gives, byte for byte. Shards are the build's choice
 * (`SEARCH_SHARD_RECORDS`), or a language too large to index whole ({@link shardMinimum}): each
 * ranks by its own word statistics, and Pagefind's fallback for a word an index lacks works shard
 * by shard (docs/data-users.md, "Search").
 */
import { createHash } from 'node:crypto';

/** A shard holds at most this many times the minimum: the cost of indexing one again is bounded. */
export const MAX_SHARD_FACTOR = 4;

/**
 * The most records a language's index holds when the build was not told how to shard it. Pagefind
 * holds a whole index in memory to write it: ~1 GB for 10,000 of this project's records, 4.6 GB for
 * 50,000, more than a 7 GB CI runner has room for beside the build. A larger language is cut into
 * shards of at least a quarter as many, so no shard but the last holds more than this.
 */
export const LARGEST_WHOLE_INDEX = 10_000;

/**
 * The fewest records of a shard of a language of `records` records, or undefined for one index:
 * `asked` when the build was told (`SEARCH_SHARD_RECORDS`; 0 for one index whatever the size),
 * else a quarter of {@link LARGEST_WHOLE_INDEX} for a language larger than it. One index ranks
 * best (each shard weighs words by its own statistics), so a catalogue that fits is never cut unasked.
 */
export function shardMinimum(records: number, asked: number | undefined): number | undefined {
	if (asked !== undefined) return asked > 0 ? asked : undefined;
	return records > LARGEST_WHOLE_INDEX ? LARGEST_WHOLE_INDEX / MAX_SHARD_FACTOR : undefined;
}

/** The bundle folder of a language's shard after the first, inside the primary bundle (which holds the first). */
export function shardFolder(lang: string, position: number): string {
	return `shards/${encodeURIComponent(lang)}/${position}/`;
}

/** Whether the record at `url` may end a shard: one address in `minimum` does, by a hash of it. */
function endsShard(url: string, minimum: number): boolean {
	return createHash('sha256').update(url).digest().readUInt32BE(0) % minimum === 0;
}

/**
 * `records` (one language's, in the index's order) cut into shards of at least `minimum` records
 * (the last may hold up to twice as many), each ending after a record whose address hashes to a
 * boundary, or at `minimum` × {@link MAX_SHARD_FACTOR} records. Every record is in one shard, in
 * order. One shard when there are fewer than twice `minimum`, or when `minimum` is not a positive
 * whole number.
 */
export function cutIntoShards<T extends { url: string }>(records: readonly T[], minimum: number): T[][] {
	if (!Number.isInteger(minimum) || minimum < 1 || records.length < minimum * 2) return [[...records]];
	const shards: T[][] = [];
	let shard: T[] = [];
	records.forEach((record, position) => {
		shard.push(record);
		const left = records.length - position - 1;
		// The last shard takes the remainder rather than leave a shard under the minimum.
		if (left < minimum) return;
		if ((shard.length >= minimum && endsShard(record.url, minimum)) || shard.length >= minimum * MAX_SHARD_FACTOR) {
			shards.push(shard);
			shard = [];
		}
	});
	shards.push(shard);
	return shards;
}

/**
 * The hash naming a sharded language's facet and sort tables: its language and a digest of every
 * shard's index hash in order, so that any shard indexed again gives the tables a new name and a
 * cached table never meets an index it was not made from.
 */
export function shardedIndexHash(lang: string, shardHashes: readonly string[]): string {
	return `${lang}_${createHash('sha256').update(shardHashes.join('\n')).digest('hex').slice(0, 10)}`;
}
