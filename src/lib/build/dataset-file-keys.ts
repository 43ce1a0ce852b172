/**
 * The keys under which the export worker keeps each dataset's files (kept-output-files.ts): the
 * SHA-256 of everything the file's bytes are made from, so that a change to any of it makes the
 * file again and nothing else does.
 *
 * - `datasets/<id>.jsonld` (export-files.ts, toDcatApDataset) reads the dataset's model, its
 *   publisher's, the catalogue settings (site, licences, government level, …), the languages, the
 *   site's address and base path, and the dataset's quality score and its date. All of these are in
 *   the key, whole: a publisher's change remakes its datasets' files, a settings change every file.
 * - `edit/datasets/<id>.json` reads the dataset's file alone: its path and text are the key.
 * - The dataset's entry of `data.json` (export/data-json/dataset.ts, toPodDataset) reads the
 *   dataset's model, its publisher's, the catalogue settings (the licences, the US federal codes,
 *   the site's base path), the languages and the site's address and base path: not the quality,
 *   so a build on another day keeps every entry.
 *
 * Both keys hold the code's version (code-version.ts: every source file under src/lib, the
 * interface strings of src/i18n, which label the quality metrics, the schemas and the lockfile), so
 * no file made by other code or other labels is reused.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import type { DcatApOptions } from '../export/dcat-ap/catalogue.ts';

/** Bumped when what a key covers changes. */
const FORMAT = 'odc-dataset-files/2';

/** The keys of one build's per-dataset files. */
export interface DatasetFileKeys {
	/** The key of `dataset`'s JSON-LD document (made once per dataset: the DCAT-AP parts' keys take it too, part-cache.ts). */
	jsonLd(dataset: Dataset): string;
	/** The key of `dataset`'s entry of data.json (export/data-json/entry-store.ts). */
	dataJson(dataset: Dataset): string;
	/** The key of the editor's record made from the dataset file at `path` holding `text`. */
	editorRecord(path: string, text: string): string;
}

/** Keys for `catalogue`'s files published with `options`, made by the code of `version`. */
export function datasetFileKeys(catalogue: Catalogue, options: DcatApOptions, version: string): DatasetFileKeys {
	const { config, languages, defaultLanguage } = catalogue;
	const { siteUrl, base, quality } = options;
	// What every dataset's document shares, hashed once; data.json's entries share less (no quality).
	const shared = createHash('sha256')
		.update(`${FORMAT}\njsonld\n${version}\n`)
		.update(JSON.stringify({ siteUrl, base: base ?? null, config, languages, defaultLanguage, quality: quality ? quality.asOf : null }))
		.digest('hex');
	const sharedDataJson = createHash('sha256')
		.update(`${FORMAT}\ndata-json\n${version}\n`)
		.update(JSON.stringify({ siteUrl, base: base ?? null, config, languages, defaultLanguage }))
		.digest('hex');
	const publishers = new Map<string, string>();
	const publisherText = (id: string) => {
		let text = publishers.get(id);
		if (text === undefined) publishers.set(id, (text = JSON.stringify(catalogue.publisherById.get(id) ?? null)));
		return text;
	};
	// Each part is prefixed by its length: no two sets of parts hash alike.
	const digest = (parts: readonly string[]) => {
		const hash = createHash('sha256');
		for (const part of parts) hash.update(`${part.length}\n`).update(part).update('\n');
		return hash.digest('hex');
	};
	const made = new Map<Dataset, { jsonLd: string; dataJson: string }>();
	// Both keys of a dataset at once, from one digest of its record and its publisher's (~5 KB, the cost of a key).
	const keysOf = (dataset: Dataset) => {
		let keys = made.get(dataset);
		if (keys === undefined) {
			const inputs = digest([JSON.stringify(dataset), publisherText(dataset.publisher)]);
			const score = quality?.byDataset.get(dataset.identifier);
			keys = { jsonLd: digest([shared, inputs, JSON.stringify(score ?? null)]), dataJson: digest([sharedDataJson, inputs]) };
			made.set(dataset, keys);
		}
		return keys;
	};
	return {
		jsonLd: (dataset) => keysOf(dataset).jsonLd,
		dataJson: (dataset) => keysOf(dataset).dataJson,
		editorRecord(path, text) {
			return createHash('sha256').update(`${FORMAT}\neditor\n${version}\n${path.length}\n${path}\n`).update(text).digest('hex');
		},
	};
}
