/**
 * Each dataset's SHACL results kept by the build from one export to the next (dataset-shacl.ts), so
 * that after one dataset changed, the part of the export that holds it is mapped and written again
 * but only that dataset is checked: checking the whole part (2,000 datasets) was ~4 s of a rebuild's
 * export worker at 10,000 datasets.
 *
 * A dataset's key is the SHA-256 of this format, the shapes' digest, the types of the shared nodes a
 * dataset's document stubs (validation-documents.ts), and the key of its JSON-LD document
 * (build/dataset-file-keys.ts: its model, its publisher's, the settings, the languages, the site's
 * address and base path, its quality score and date, and the code's version, which covers the
 * mapping, the graph, the engine's code and the lockfile). The entries are kept per catalogue folder, one
 * generation (generation-cache.ts), apart from `npm run validate`'s, whose documents differ (no
 * quality measurements).
 */
import { createHash } from 'node:crypto';
import { generationFile, openGenerationCache } from '../../build/generation-cache.ts';
import type { Dataset } from '../../model/catalogue.ts';
import { isResultList } from './shacl-result.ts';
import type { ShaclResult } from './shacl.ts';

/** Bumped when what a key covers changes. */
const FORMAT = 'odc-dcat-dataset-results/1';

/** The datasets' kept results. */
export interface KeptDatasetResults {
	/** `dataset`'s results when they are kept (they are then kept by `save()`). */
	get(dataset: Dataset): ShaclResult[] | undefined;
	/** Keeps `results` as `dataset`'s. */
	set(dataset: Dataset, results: ShaclResult[]): void;
	/** Writes this export's entries, and only them. */
	save(): void;
}

/**
 * The results kept for the catalogue in `scope` (under `folder`), each dataset keyed with
 * `datasetKey` (its JSON-LD document's key), the shapes' `shapesDigest` and the shared nodes'
 * `sharedTypes`; `version` is the code's (code-version.ts).
 */
export function openKeptDatasetResults(
	scope: string,
	datasetKey: (dataset: Dataset) => string,
	shapesDigest: string,
	sharedTypes: ReadonlyMap<string, unknown>,
	version: string,
	folder?: string,
): KeptDatasetResults {
	const entries = openGenerationCache(generationFile('dcat-build-datasets', scope, folder), version, isResultList);
	const wide = createHash('sha256')
		.update(`${FORMAT}\n${shapesDigest}\n`)
		.update(JSON.stringify([...sharedTypes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
		.digest('hex');
	const keyOf = (dataset: Dataset) =>
		createHash('sha256')
			.update(`${wide}\n${datasetKey(dataset)}`)
			.digest('hex');
	return {
		get: (dataset) => entries.get(keyOf(dataset)),
		set: (dataset, results) => entries.set(keyOf(dataset), results),
		save: () => entries.save(),
	};
}
