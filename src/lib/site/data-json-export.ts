/**
 * data.json as the site publishes it, made and checked against the Project Open Data v1.1 schema
 * once per build. A problem stops the build with every located message, as a SHACL violation of
 * the DCAT-AP export does.
 */
import { dataJsonHead, toDataJson } from '../export/data-json/catalog.ts';
import { toPodDataset } from '../export/data-json/dataset.ts';
import { assembleDataJson, dataJsonEntryText, readKeptDataJsonEntries, writeKeptDataJson } from '../export/data-json/entry-store.ts';
import type { PodCatalog, PodDataset } from '../export/data-json/types.ts';
import { dataJsonProblems, getValidator } from '../export/data-json/validate.ts';
import { catalogueIris, type DcatApOptions } from '../export/dcat-ap/catalogue.ts';
import type { Catalogue, Dataset } from '../model/catalogue.ts';
import { derivedFromCatalogue } from './catalogue-store.ts';
import { dataJsonText } from './export-files.ts';
import { getCatalogue } from './get-catalogue.ts';
import { siteLocation } from './site-iris.ts';

/** The checked data.json of the served catalogue, for a site published at `site` (`astro dev`; a build makes it in the export worker). */
export function getDataJson(site: URL | undefined): Promise<PodCatalog> {
	return derivedFromCatalogue('data-json', () => getCatalogue().then((catalogue) => exportDataJson(catalogue, siteLocation(site))));
}

/** data.json for `catalogue`; throws with every problem when it does not meet the schema. */
export function exportDataJson(catalogue: Catalogue, options: DcatApOptions): PodCatalog {
	const document = toDataJson(catalogue, options);
	const problems = dataJsonProblems(document, catalogue);
	if (problems.length > 0) {
		throw new Error(`data.json breaks ${problems.length} rule(s) of the Project Open Data v1.1 schema:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
	}
	return document;
}

/** Where and how data.json's entries are kept between builds (export/data-json/entry-store.ts). */
export interface DataJsonKeeping {
	/** The file keeping them. */
	file: string;
	/** The code's version (build/code-version.ts). */
	version: string;
	/** The key of a dataset's entry (build/dataset-file-keys.ts, `dataJson`). */
	key(dataset: Dataset): string;
}

/** data.json's text, and how many of its entries were made rather than kept. */
export interface DataJsonText {
	text: string;
	made: number;
}

/**
 * The text of data.json for `catalogue` (`dataJsonText(exportDataJson(…))`, the same bytes);
 * throws with every problem when it does not meet the schema. With `keeping`, the entry of a
 * dataset whose key is kept is that entry's text, neither mapped nor checked again; the others
 * are made, checked and kept for the next build.
 */
export function exportDataJsonText(catalogue: Catalogue, options: DcatApOptions, keeping?: DataJsonKeeping): DataJsonText {
	const whole = (): DataJsonText => ({ text: dataJsonText(exportDataJson(catalogue, options)), made: catalogue.datasets.length });
	if (keeping === undefined) return whole();
	const kept = readKeptDataJsonEntries(keeping.file, keeping.version);
	const iris = catalogueIris(catalogue, options);
	const made: PodDataset[] = [];
	const keys = catalogue.datasets.map((dataset) => keeping.key(dataset));
	const entries = catalogue.datasets.map((dataset, index) => {
		const text = kept.get(keys[index]!);
		if (text !== undefined) return text;
		const entry = toPodDataset(dataset, catalogue, iris);
		made.push(entry);
		return dataJsonEntryText(entry);
	});
	const head = dataJsonHead(catalogue, options);
	// The schema checks each item of `dataset` on its own (no rule across items), and a kept entry
	// was valid when kept: the document is valid when its other fields and the entries made are.
	// When they are not, the whole document is made and checked, for every located message exactly
	// as a build without kept entries gives them (the problems are located by index in `dataset`).
	if (!getValidator()({ ...head, dataset: made })) return whole();
	const document = assembleDataJson(head, entries);
	// The same entries as the file's (every key found, as many): nothing to write.
	if (made.length > 0 || kept.size !== entries.length) writeKeptDataJson(keeping.file, keeping.version, document, keys);
	return { text: document.text, made: made.length };
}
