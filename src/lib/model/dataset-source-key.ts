/**
 * The key of the file each dataset was loaded from, as the load cache names it (load/file-cache.ts,
 * `fileKey`: the SHA-256 of the file's kind and text), kept per dataset object for the process on
 * `globalThis` (Astro's build loads its own copy of this module). The export worker keys the
 * editor's copy of each record with it (build/dataset-file-keys.ts), so a kept copy is linked
 * without its file being read and hashed again: ~1 s of the worker at 10,000 datasets. The worker,
 * given a copy of the catalogue, is given the keys with it ({@link sourceKeys}, {@link takeSourceKeys}).
 *
 * A side table, not a field of the model: the model is what pages and their keys are made from,
 * and a file's key must not change them.
 */
import type { Dataset } from './catalogue.ts';

const KEY = Symbol.for('open-data-catalogue.dataset-source-keys');
const keys = ((globalThis as { [KEY]?: WeakMap<Dataset, string> })[KEY] ??= new WeakMap());

/** Remembers each of `datasets`' file key, from `byPath` (LoadResult.datasetKeys: by source path). */
export function rememberSourceKeys(datasets: readonly Dataset[], byPath: ReadonlyMap<string, string>): void {
	for (const dataset of datasets) {
		const key = byPath.get(dataset.sourcePath);
		if (key !== undefined) keys.set(dataset, key);
	}
}

/** The key of the file `dataset` was loaded from, when the load knew it (not without the cache). */
export function sourceKey(dataset: Dataset): string | undefined {
	return keys.get(dataset);
}

/** The key of each of `datasets`, in order (`null` where unknown): what a process given a copy of them takes. */
export function sourceKeys(datasets: readonly Dataset[]): (string | null)[] {
	return datasets.map((dataset) => keys.get(dataset) ?? null);
}

/**
 * Takes `given` ({@link sourceKeys} of the same datasets in the process that sent them) as the keys
 * of `datasets`, copies of those. Nothing is taken unless there is one entry per dataset.
 */
export function takeSourceKeys(datasets: readonly Dataset[], given: readonly (string | null)[] | undefined): void {
	if (given?.length !== datasets.length) return;
	datasets.forEach((dataset, index) => {
		const key = given[index];
		if (typeof key === 'string') keys.set(dataset, key);
	});
}
