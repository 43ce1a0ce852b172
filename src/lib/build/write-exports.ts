/**
 * The data files the build writes beside Astro rather than through it (src/integrations/data-exports.ts):
 * the DCAT-AP export (`catalog.jsonld`, `catalog.ttl`, SHACL-validated), `data.json` (checked
 * against the Project Open Data schema), each dataset's JSON-LD and the editor's copy of each
 * record. The two DCAT-AP files are written part by part while the export is checked
 * (streamed-files.ts); the rest once both checks passed. A failure of either (both reported
 * together) leaves nothing written. Pure but for reading the catalogue's files and writing the output.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLinkReport } from '../links/link-report.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { catalogueQuality } from '../quality/catalogue-quality.ts';
import { exportDataJson } from '../site/data-json-export.ts';
import { openDcatParts } from '../export/dcat-ap/part-cache.ts';
import { PROJECT_SHAPES, shapesDigest, shapeTexts } from '../export/dcat-ap/shapes-digest.ts';
import { exportAndValidateTo } from '../site/dcat-export.ts';
import { catalogueIris, datasetDocument, type DcatApOptions } from '../export/dcat-ap/catalogue.ts';
import { rememberPlainTexts, type JsonLdNode } from '../export/dcat-ap/values.ts';
import { dataJsonPieces, datasetJsonLdPath, datasetJsonLdText, datasetJsonLdTextOf, editorRecordFromText, editorRecordPath } from '../site/export-files.ts';
import { fileKey } from '../load/file-cache.ts';
import { readSourceText } from '../load/read-source.ts';
import { sourceKey } from '../model/dataset-source-key.ts';
import { cacheDir } from './cache-dir.ts';
import { codeVersion } from './code-version.ts';
import { datasetFileKeys, type DatasetFileKeys } from './dataset-file-keys.ts';
import { MADE_EACH_TIME, openKeptOutputFiles, type KeptOutputFiles } from './kept-output-files.ts';
import { StreamedFiles, writeFilePieces } from './streamed-files.ts';

/** Where the site is published (Astro's `site` as a URL's `href`, and its base path). */
export interface SiteLocation {
	siteUrl: string;
	base: string;
}

/** What {@link writeExports} did, for the build log. */
export interface WrittenExports {
	files: number;
	/** Seconds spent making and checking the catalogue-wide exports, and writing all the files. */
	checkSeconds: number;
	writeSeconds: number;
	/** Per-dataset files (JSON-LD and editor records) taken from the cache folder rather than made (kept-output-files.ts). */
	keptFiles: number;
}

/** The message of `reason`, a rejection. */
const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/**
 * Makes and checks the exports of `catalogue` (whose files are under `root`), published at
 * `location`, and writes every file into the output folder `outDir` gives: the checks start before
 * the folder is ready, the DCAT-AP files' parts being held until it is. Throws when a check fails,
 * having removed what was written.
 * Folders are made one level at a time, never with their parents: if the output folder was
 * removed meanwhile (a build that failed), writing fails rather than make it again.
 */
export async function writeExports(catalogue: Catalogue, location: SiteLocation, root: string, outDir: string | Promise<string>): Promise<WrittenExports> {
	const started = performance.now();
	const options = { ...location, quality: catalogueQuality(catalogue, readLinkReport(root)) };
	// Kept parts and files only under `npm run build` holding the catalogue's cache (scripts/build.ts sets ODC_INCREMENTAL), as Astro's pages.
	const version = process.env.ODC_INCREMENTAL === '1' ? codeVersion() : undefined;
	const keys = version === undefined ? undefined : datasetFileKeys(catalogue, options, version);
	const documents = keys === undefined ? MADE_EACH_TIME : openKeptOutputFiles('dataset-jsonld', root, cacheDir());
	const iris = catalogueIris(catalogue, options);
	// A mapped dataset's JSON-LD is made from the part's nodes and kept in the cache folder (not the output, which waits for the checks).
	const onDataset =
		keys &&
		((dataset: Dataset, nodes: readonly JsonLdNode[]) =>
			documents.keep(keys.jsonLd(dataset), () => datasetJsonLdTextOf(datasetDocument(dataset, nodes, catalogue, iris, options))));
	// With keys, each dataset's own document is made from the export's nodes: its texts are not mapped again.
	rememberPlainTexts(keys === undefined);
	const kept = keys && openDcatParts(root, catalogue, options, keys.jsonLd, shapesDigest(shapeTexts([PROJECT_SHAPES])), version);
	// Each part's text goes to the files as soon as it is made: 100 MB each at 10,000 datasets, never held whole.
	const dcatFiles = new StreamedFiles(['catalog.jsonld', 'catalog.ttl']);
	const opened = Promise.resolve(outDir).then((dir) => dcatFiles.open(dir));
	opened.catch(() => {});
	const sink = {
		jsonld: (bytes: Uint8Array) => dcatFiles.write('catalog.jsonld', bytes),
		turtle: (bytes: Uint8Array) => dcatFiles.write('catalog.ttl', bytes),
	};
	const [dcat, dataJson] = await Promise.allSettled([
		exportAndValidateTo(sink, catalogue, options, undefined, undefined, kept, onDataset),
		(async () => exportDataJson(catalogue, location))(),
	]);
	const failures = [dcat, dataJson].filter((result) => result.status === 'rejected').map((result) => messageOf(result.reason));
	if (dcat.status === 'rejected' || dataJson.status === 'rejected') {
		dcatFiles.discard();
		throw new Error(failures.join('\n'));
	}
	const checked = performance.now();

	const dir = await outDir;
	try {
		await opened;
	} catch (error) {
		dcatFiles.discard();
		throw error;
	}
	dcatFiles.close();
	writeFilePieces(join(dir, 'data.json'), dataJsonPieces(dataJson.value));
	makeFolder(dir, 'datasets');
	makeFolder(dir, 'edit');
	makeFolder(dir, 'edit/datasets');
	const keptFiles = writeDatasetFiles(catalogue, options, root, dir, keys, documents);
	return {
		files: 3 + 2 * catalogue.datasets.length,
		checkSeconds: (checked - started) / 1000,
		writeSeconds: (performance.now() - checked) / 1000,
		keptFiles,
	};
}

/**
 * Writes each dataset's JSON-LD and editor record into `dir`. With their `keys` (only under `npm
 * run build` holding the cache), a file whose inputs did not change since the last build is linked
 * from the cache folder instead of being made (kept-output-files.ts), as are the JSON-LD documents
 * `documents` kept while the export was mapped; returns how many were.
 */
function writeDatasetFiles(
	catalogue: Catalogue,
	options: DcatApOptions,
	root: string,
	dir: string,
	keys: DatasetFileKeys | undefined,
	documents: KeptOutputFiles,
): number {
	const records = keys === undefined ? MADE_EACH_TIME : openKeptOutputFiles('editor-records', root, cacheDir());
	for (const dataset of catalogue.datasets) {
		const { identifier } = dataset;
		documents.place(join(dir, datasetJsonLdPath(identifier)), keys?.jsonLd(dataset), () => datasetJsonLdText(catalogue, identifier, options));
	}
	for (const dataset of catalogue.datasets) {
		const { identifier, sourcePath } = dataset;
		const known = keys && sourceKey(dataset);
		// Keyed by the text the load read: a kept record is linked without reading the file.
		if (
			known !== undefined &&
			placedAsLoaded(records, join(dir, editorRecordPath(identifier)), keys!.editorRecordOfSource(sourcePath, known), root, sourcePath, known)
		)
			continue;
		const { text } = readSourceText(root, sourcePath);
		// An unreadable file gives an empty record, made each time.
		const key = text === undefined ? undefined : keys?.editorRecord(sourcePath, text);
		records.place(join(dir, editorRecordPath(identifier)), key, () => editorRecordFromText(sourcePath, text));
	}
	documents.prune();
	records.prune();
	return documents.counts.kept + records.counts.kept;
}

/** Thrown when a dataset file no longer holds the text the build loaded. */
class ChangedSinceLoad extends Error {}

/**
 * Places the editor's record of the dataset file at `sourcePath`, whose text the load keyed
 * `loadedKey`, at `path` under `key`: the kept one, or one made from the file when it still holds
 * that text. False, with nothing placed, when it does not (edited during the build): then the record
 * is keyed by the text read now.
 */
function placedAsLoaded(records: KeptOutputFiles, path: string, key: string, root: string, sourcePath: string, loadedKey: string): boolean {
	try {
		records.place(path, key, () => {
			const { text } = readSourceText(root, sourcePath);
			if (text === undefined || fileKey('dataset', text) !== loadedKey) throw new ChangedSinceLoad();
			return editorRecordFromText(sourcePath, text);
		});
		return true;
	} catch (error) {
		if (error instanceof ChangedSinceLoad) return false;
		throw error;
	}
}

/** Makes folder `path` of `dir` unless it exists; its parent must exist. */
function makeFolder(dir: string, path: string): void {
	try {
		mkdirSync(join(dir, path));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
}
