/**
 * Every dataset's search record, language by language, as the search index is given them
 * (src/integrations/pagefind.ts): made from the model, or, with a catalogue's cache, taken from
 * the records kept by the last build (search-record-store.ts) for each dataset whose inputs'
 * digest (search-record-inputs.ts) is unchanged, so that a rebuild after one title changed makes
 * one record rather than 20,000. A kept record is the made one's text, so the index is the same
 * byte for byte; what Pagefind's kept index is checked against (pagefind-language-cache.ts's key,
 * the records' content) is unchanged.
 */
import { codeVersion } from '../build/code-version.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { routePath } from '../routes.ts';
import { siteLanguages } from '../site/site-languages.ts';
import { searchRecordInputs } from './search-record-inputs.ts';
import { datasetSearchRecord, type SearchRecord } from './search-record.ts';
import {
	keptJson,
	keptRecord,
	openKeptRecordLines,
	readKeptRecordLines,
	recordLine,
	searchRecordFile,
	type KeptRecordLinesWriter,
} from './search-record-store.ts';

/** Options of {@link catalogueSearchRecords}. */
export interface CatalogueRecordsOptions {
	/** The catalogue folder whose kept records are used and kept; without it every record is made and none kept. */
	cacheFolder?: string;
	/** The cache folder (cache-dir.ts's by default): for tests. */
	cacheDir?: string;
	/** The code's version (code-version.ts's by default; undefined there: nothing kept). */
	version?: string;
	/** Told how many records of each language were made rather than taken from the last build. */
	made?: (lang: string, count: number) => void;
	/** The languages whose records are given, in this order (the site's languages by default). */
	languages?: readonly UiLanguage[];
}

/**
 * Every dataset's search record, language by language in the site's order, datasets in the
 * catalogue's order. With `cacheFolder`, each language's records are kept once the last of them
 * has been asked for (a consumer that stops early keeps nothing), when any had to be made or the
 * catalogue lost a dataset.
 */
export function* catalogueSearchRecords(catalogue: Catalogue, options: CatalogueRecordsOptions = {}): Generator<SearchRecord> {
	const version = options.cacheFolder === undefined ? undefined : (options.version ?? codeVersion());
	const inputs = version === undefined ? undefined : inputsOf(catalogue);
	for (const lang of options.languages ?? siteLanguages(catalogue)) {
		if (inputs === undefined || version === undefined) {
			for (const dataset of catalogue.datasets) yield datasetSearchRecord(dataset, catalogue, lang);
			options.made?.(lang, catalogue.datasets.length);
			continue;
		}
		const file = searchRecordFile(options.cacheFolder!, lang, options.cacheDir);
		const kept = readKeptRecordLines(file, lang, version);
		// The file is rewritten only once a record has to be made (or a dataset has gone): until then
		// the kept lines, slices of the file read, are only listed; from then on each line goes to the
		// new file as it comes, and the records made are not held (openKeptRecordLines).
		let listed: Buffer[] | undefined = [];
		let writer: KeptRecordLinesWriter | undefined;
		const startWriting = () => {
			writer = openKeptRecordLines(file, lang, version);
			for (const line of listed!) writer.add(line);
			listed = undefined;
			return writer;
		};
		let made = 0;
		let count = 0;
		let committed = false;
		try {
			for (const dataset of catalogue.datasets) {
				count++;
				const digest = inputs(dataset);
				const line = kept.get(digest);
				const record = line === undefined ? undefined : keptRecord(keptJson(line), routePath(lang, { page: 'dataset', id: dataset.identifier }), lang);
				if (record && line !== undefined) {
					if (writer) writer.add(line);
					else listed!.push(line);
					yield record;
					continue;
				}
				const fresh = datasetSearchRecord(dataset, catalogue, lang);
				made++;
				(writer ?? startWriting()).add(recordLine(digest, fresh));
				yield fresh;
			}
			options.made?.(lang, made);
			// Unchanged, the file is left as it is; a dataset gone is dropped from it.
			if (writer || kept.size !== count) (writer ?? startWriting()).commit();
			committed = true;
		} finally {
			// A consumer that stopped early keeps nothing.
			if (!committed) writer?.discard();
		}
	}
}

const inputsByCatalogue = new WeakMap<Catalogue, (dataset: Dataset) => string>();

/**
 * {@link searchRecordInputs} of `catalogue`, made once: a caller that asks for one language at a
 * time (search-records-thread.ts) would otherwise hash every dataset's inputs again for each.
 */
function inputsOf(catalogue: Catalogue): (dataset: Dataset) => string {
	let inputs = inputsByCatalogue.get(catalogue);
	if (!inputs) inputsByCatalogue.set(catalogue, (inputs = searchRecordInputs(catalogue)));
	return inputs;
}
