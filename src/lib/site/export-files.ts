/**
 * The text of the site's data files that are made from the catalogue one file per dataset (each
 * dataset's DCAT-AP JSON-LD, the editor's copy of its record) and of data.json: one place, so the
 * dev server's endpoints (src/export-routes/) and the build's export worker
 * (src/lib/build/export-worker.ts) write the same bytes.
 */
import { toDcatApDataset, type DcatApOptions, type JsonLdDocument } from '../export/dcat-ap/catalogue.ts';
import type { PodCatalog } from '../export/data-json/types.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import { readSourceText } from '../load/read-source.ts';
import type { Catalogue } from '../model/catalogue.ts';

/** Where dataset `id`'s DCAT-AP document is published, relative to the site's root. */
export function datasetJsonLdPath(id: string): string {
	return `datasets/${id}.jsonld`;
}

/** Where the editor finds dataset `id`'s record (`?dataset=<id>`), relative to the site's root. */
export function editorRecordPath(id: string): string {
	return `edit/datasets/${id}.json`;
}

/** `datasets/<id>.jsonld`: dataset `id` as a stand-alone DCAT-AP 3.0.1 JSON-LD document. */
export function datasetJsonLdText(catalogue: Catalogue, id: string, options: DcatApOptions): string {
	return datasetJsonLdTextOf(toDcatApDataset(catalogue, id, options));
}

/** {@link datasetJsonLdText} of the dataset's document already made (catalogue.ts, datasetDocument). */
export function datasetJsonLdTextOf(document: JsonLdDocument): string {
	return JSON.stringify(document, null, 1);
}

/**
 * `edit/datasets/<id>.json`: the record as the dataset's file `path` (under `root`) holds it, not
 * the model's (which fills in defaults), with the file's path; an unreadable file gives an empty record.
 */
export function editorRecordText(root: string, path: string): string {
	return editorRecordFromText(path, readSourceText(root, path).text);
}

/** {@link editorRecordText} of the dataset file `path` whose text (undefined: unreadable) was read already. */
export function editorRecordFromText(path: string, text: string | undefined): string {
	const parsed = text === undefined ? undefined : parseYaml(path, text).parsed;
	return JSON.stringify({ path, record: parsed?.data ?? {} });
}

/** `data.json` as published: the checked document, indented by one space. */
export function dataJsonText(document: PodCatalog): string {
	return JSON.stringify(document, null, 1);
}

/** Stands for the datasets while the rest of data.json is written: JSON escapes the NUL, so no value's text can hold it. */
const DATASETS_MARK = '\u0000datasets';

/**
 * {@link dataJsonText} in pieces: the catalogue's head, each dataset, the tail. Joined, they are
 * the same bytes. The build writes them one after the other and never holds the whole text: 140 MB
 * at 50,000 datasets, twice that as a JavaScript string once one character is not Latin-1, and its
 * UTF-8 copy again, at the export worker's highest.
 */
export function* dataJsonPieces(document: PodCatalog): Generator<string> {
	const datasets = document.dataset;
	if (datasets.length === 0) return yield dataJsonText(document);
	// The datasets keep their place among the document's keys.
	const frame = JSON.stringify({ ...document, dataset: [DATASETS_MARK] }, null, 1);
	const mark = JSON.stringify(DATASETS_MARK);
	const at = frame.indexOf(mark);
	yield frame.slice(0, at);
	// An element of the array is two levels in: every line after its first is indented by two more spaces
	// (a newline inside a string is escaped, so every newline of its text is one of JSON.stringify's own).
	for (const [n, dataset] of datasets.entries()) yield (n === 0 ? '' : ',\n  ') + JSON.stringify(dataset, null, 1).replaceAll('\n', '\n  ');
	yield frame.slice(at + mark.length);
}
