/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): a
 * page returned by `getStaticPaths()` with a `cacheKey` is copied from the previous build when its
 * key and the code it is made of (Astro hashes the page's module graph, the config and the lockfile)
 * are unchanged. A key must therefore change whenever anything the page shows changes: it is the
 * SHA-256 of everything the page reads that is not code — the records it shows and the part of
 * the catalogue every page shows (settings, languages, publishers, licences, requests, schedules,
 * the as-of date). A key that misses an input publishes a stale page, so each page kind's key is
 * built from the same values its template renders, and tests/build/incremental-build.test.ts
 * compares incremental builds with cold ones after each kind of change.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { datasetDigest } from '../model/dataset-digest.ts';
import type { ListPage } from './pagination.ts';

/** Bumped when what the keys cover changes, so no key of an older scheme can match. */
const SCHEME = '4';

/**
 * JSON text of `value` in which Maps and Sets keep their contents (JSON.stringify writes `{}` for
 * them) and `undefined` entries of arrays stay distinguishable from `null`.
 */
export function keyText(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) => {
		if (item instanceof Map) return { '<map>': [...item.entries()] };
		if (item instanceof Set) return { '<set>': [...item] };
		if (item === undefined) return '<undefined>';
		if (typeof item === 'bigint') return `<bigint ${item}>`;
		return item;
	});
}

/** The SHA-256 (hex) of the key texts of `parts`, in order. */
export function pageCacheKey(...parts: unknown[]): string {
	const hash = createHash('sha256').update(SCHEME);
	for (const part of parts) hash.update('\u0000').update(typeof part === 'string' ? part : keyText(part));
	return hash.digest('hex');
}

const wideKeys = new WeakMap<Catalogue, string>();

/**
 * What the catalogue-wide key covers: the catalogue without its datasets and without the indexes
 * built from its other parts (the maps by identifier, the schedule's commitments gathered from its
 * plans, its releases grouped by dataset, publisher and commitment). Each index is a function of
 * what stays (src/lib/model/build-catalogue.ts, build-schedule.ts), so keying it again changes no
 * key and only lengthens the text: with them the schedule's releases were serialised four times
 * (22.6 MB of key text at 10,000 schedule rows, against 5.7 MB without). Any other part, present
 * or added later, stays in.
 */
export function catalogueWideParts(catalogue: Catalogue): object {
	const {
		datasets: _datasets,
		datasetById: _datasetById,
		publisherById: _publisherById,
		licenceById: _licenceById,
		requestById: _requestById,
		requestsByDataset: _requestsByDataset,
		schedule,
		...rest
	} = catalogue;
	const {
		commitments: _commitments,
		commitmentById: _commitmentById,
		releaseByDataset: _releaseByDataset,
		releasesByPublisher: _releasesByPublisher,
		releasesByCommitment: _releasesByCommitment,
		...scheduleRest
	} = schedule;
	return { ...rest, schedule: scheduleRest };
}

/**
 * The key of what every page may show besides its own records: the whole catalogue but its
 * datasets (settings, languages, publishers, licences, requests, scorecard settings, and the
 * schedules with the as-of date they, and freshness, are judged on: `schedule.asOf`), as
 * catalogueWideParts gives it. Computed once per loaded catalogue.
 */
export function catalogueWideKey(catalogue: Catalogue): string {
	let key = wideKeys.get(catalogue);
	if (key === undefined) {
		key = pageCacheKey(catalogueWideParts(catalogue));
		wideKeys.set(catalogue, key);
	}
	return key;
}

const recordKeys = new WeakMap<object, string>();

/**
 * The SHA-256 (hex) of one record's key text, computed once and kept: the pages that show it share
 * it (a dataset's quality entry, on its English and French page). Datasets themselves are keyed by
 * their digest (model/dataset-digest.ts), which their search records' and files' keys share.
 */
export function recordKey(record: object): string {
	let key = recordKeys.get(record);
	if (key === undefined) {
		key = createHash('sha256').update(keyText(record)).digest('hex');
		recordKeys.set(record, key);
	}
	return key;
}

/**
 * recordKey for an object; the key text of anything else (`undefined` for a dataset with no
 * quality entry, a string, a number). For a value two pages share (a dataset's quality on its
 * English and French page), the object is serialised once.
 */
export function valueKey(value: unknown): string {
	return typeof value === 'object' && value !== null ? recordKey(value) : keyText(value);
}

/**
 * The key of one page of a dataset list: the catalogue-wide key, the page's place in the list
 * (numbers shown in its heading and pagination bar), each listed dataset's digest (64 characters
 * per row rather than the dataset's whole text: 10,000 datasets appear on ~80,000 list rows), and
 * `extra` (what else the template shows, such as the counts on a theme's first page).
 */
export function listPageKey(catalogue: Catalogue, page: ListPage<Dataset>, ...extra: unknown[]): string {
	return pageCacheKey(catalogueWideKey(catalogue), { ...page, items: page.items.map(datasetDigest) }, ...extra);
}
