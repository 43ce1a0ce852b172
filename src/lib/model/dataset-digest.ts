/**
 * One digest of a dataset's model for every key made from it: its pages' keys
 * (site/page-cache-key.ts), its search record's (search/search-record-inputs.ts) and its exported
 * files' (build/dataset-file-keys.ts, which the DCAT-AP parts' keys take too). Each used to
 * serialise and hash the dataset itself: three times 40 MB of JSON text at 10,000 datasets.
 *
 * The digest is the SHA-256 of the dataset's JSON text. A dataset is JSON data: what YAML gave and
 * what the loader adds (its source path, each distribution's dictionary, site file and preview),
 * with no Map, Set or function in it, so its JSON text holds all of it.
 *
 * The digests are kept per dataset object for the process, on `globalThis`: Astro's build loads its
 * own copy of this module for the pages, and the search index's copy must find the same digests.
 * The export worker, which is given a copy of the catalogue, is given the digests with it
 * ({@link datasetDigests}, {@link takeDatasetDigests}) rather than making them again.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from './catalogue.ts';

const KEY = Symbol.for('open-data-catalogue.dataset-digests');
const digests = ((globalThis as { [KEY]?: WeakMap<Dataset, string> })[KEY] ??= new WeakMap());

/** The SHA-256 (hex) of `dataset`'s JSON text, made once per dataset object. */
export function datasetDigest(dataset: Dataset): string {
	let digest = digests.get(dataset);
	if (digest === undefined) {
		digest = createHash('sha256').update(JSON.stringify(dataset)).digest('hex');
		digests.set(dataset, digest);
	}
	return digest;
}

/** The digest of each of `datasets`, in order: what a process given a copy of them takes ({@link takeDatasetDigests}). */
export function datasetDigests(datasets: readonly Dataset[]): string[] {
	return datasets.map(datasetDigest);
}

/**
 * Takes `given` ({@link datasetDigests} of the same datasets in the process that sent them) as the
 * digests of `datasets`, copies of those. Nothing is taken unless there is one digest per dataset.
 */
export function takeDatasetDigests(datasets: readonly Dataset[], given: readonly string[] | undefined): void {
	if (given?.length !== datasets.length) return;
	datasets.forEach((dataset, index) => digests.set(dataset, given[index]!));
}
