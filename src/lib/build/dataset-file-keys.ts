/**
 * The keys under which the export worker keeps each dataset's files (kept-output-files.ts): the
 * SHA-256 of everything the file's bytes are made from, so that a change to any of it makes the
 * file again and nothing else does.
 *
 * - `datasets/<id>.jsonld` (export-files.ts, toDcatApDataset) reads the dataset's model, its
 *   publisher's, the catalogue settings (site, licences, government level, …), the languages, the
 *   site's address and base path, and the dataset's quality score and its date. All of these are in
 *   the key, whole: a publisher's change remakes its datasets' files, a settings change every file.
 * - `edit/datasets/<id>.json` reads the dataset's file alone: its path and text are the key, or its
 *   path and the key the load gave its text (model/dataset-source-key.ts), which spares reading the
 *   file to know the key.
 *
 * Both keys hold the code's version (code-version.ts: every source file under src/lib, the
 * interface strings of src/i18n, which label the quality metrics, the schemas and the lockfile), so
 * no file made by other code or other labels is reused.
 */
import { createHash } from 'node:crypto';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import type { DcatApOptions } from '../export/dcat-ap/catalogue.ts';
import { datasetDigest } from '../model/dataset-digest.ts';

/** Bumped when what a key covers changes. */
const FORMAT = 'odc-dataset-files/2';

/** The keys of one build's per-dataset files. */
export interface DatasetFileKeys {
	/** The key of `dataset`'s JSON-LD document (made once per dataset: the DCAT-AP parts' keys take it too, part-cache.ts). */
	jsonLd(dataset: Dataset): string;
	/** The key of the editor's record made from the dataset file at `path` holding `text`. */
	editorRecord(path: string, text: string): string;
	/** The key of the editor's record made from the dataset file at `path` whose text the load keyed `sourceKey` (load/file-cache.ts, fileKey). */
	editorRecordOfSource(path: string, sourceKey: string): string;
}

/** Keys for `catalogue`'s files published with `options`, made by the code of `version`. */
export function datasetFileKeys(catalogue: Catalogue, options: DcatApOptions, version: string): DatasetFileKeys {
	const { config, languages, defaultLanguage } = catalogue;
	const { siteUrl, base, quality } = options;
	// What every dataset's document shares, hashed once.
	const shared = createHash('sha256')
		.update(`${FORMAT}\njsonld\n${version}\n`)
		.update(JSON.stringify({ siteUrl, base: base ?? null, config, languages, defaultLanguage, quality: quality ? quality.asOf : null }))
		.digest('hex');
	const publishers = new Map<string, string>();
	const publisherText = (id: string) => {
		let text = publishers.get(id);
		if (text === undefined) publishers.set(id, (text = JSON.stringify(catalogue.publisherById.get(id) ?? null)));
		return text;
	};
	const made = new Map<Dataset, string>();
	return {
		jsonLd(dataset) {
			const known = made.get(dataset);
			if (known !== undefined) return known;
			const score = quality?.byDataset.get(dataset.identifier);
			// Each part is prefixed by its length: no two sets of parts hash alike.
			const parts = [datasetDigest(dataset), publisherText(dataset.publisher), JSON.stringify(score ?? null)];
			const hash = createHash('sha256').update(shared);
			for (const part of parts) hash.update(`\n${part.length}\n`).update(part);
			const key = hash.digest('hex');
			made.set(dataset, key);
			return key;
		},
		editorRecord(path, text) {
			return createHash('sha256').update(`${FORMAT}\neditor\n${version}\n${path.length}\n${path}\n`).update(text).digest('hex');
		},
		editorRecordOfSource(path, sourceKey) {
			return createHash('sha256').update(`${FORMAT}\neditor-source\n${version}\n${path.length}\n${path}\n${sourceKey}`).digest('hex');
		},
	};
}
