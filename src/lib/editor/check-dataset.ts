/**
 * The editor's validation of a prepared dataset file, in the browser: the CLI's own steps on one
 * file (src/lib/catalogue.ts): parse, the dataset schema (precompiled, since the site's
 * Content-Security-Policy forbids ajv's runtime compile), the cross-file checks against the
 * catalogue's own lists (publisher exists and is the folder, licences and themes exist, dates in
 * order, identifier equals the file name), open licences, placeholders, and id suggestions. What
 * needs more than the lists (text checks of Markdown, data files, DCAT-AP) is left to the
 * pull request's check.
 */
import { append } from '../append.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import type { CatalogueRecord, DatasetRecord } from '../records.ts';
import { checkAccess } from '../validate/access-checks.ts';
import { crossCheck, type CheckedFile } from '../validate/cross-checks.ts';
import { checkPlaceholders } from '../validate/placeholders.ts';
import { schemaDiagnostics } from '../validate/schema-errors.ts';
import { suggestCatalogueIds } from '../validate/suggest-id.ts';
import validateDataset from './dataset-validator.generated.js';

/** What the editor knows of the catalogue: its lists, written into the page at build time. */
export interface EditorLists {
	/** The publishers' ids (file names in publishers/). */
	publishers: string[];
	/** The licences of catalogue.yaml: id and whether they are open. */
	licences: Array<{ id: string; open?: boolean }>;
	/** The theme codes of catalogue.yaml. */
	themes: string[];
	/** Whether example addresses are allowed (a demonstration catalogue; see validate/placeholders.ts). */
	demo: boolean;
}

/** `datasets/<publisher>/<id>.yaml` → its folder and stem. */
function fileParts(file: string): { folder: string; stem: string } {
	const [, folder = '', name = ''] = file.split('/');
	return { folder, stem: name.replace(/\.yaml$/, '') };
}

/**
 * Every problem of the dataset file `text`, to be saved as `file` (`datasets/mto/x.yaml`).
 * `existing` is the file of the catalogue that already has the dataset's identifier, if any, other
 * than the dataset being changed (the editor looks it up): the identifier is then a duplicate, as in
 * the CLI, even when the new file would take the same path.
 */
export function checkDatasetFile(file: string, text: string, lists: EditorLists, existing?: string): Diagnostic[] {
	const { parsed, diagnostics } = parseYaml(file, text);
	if (!parsed) return diagnostics;
	const out = [...diagnostics];
	const { folder, stem } = fileParts(file);
	const valid = validateDataset(parsed.data);
	const schemaProblems = valid ? [] : schemaDiagnostics(parsed, validateDataset.errors ?? []);
	append(out, schemaProblems);
	append(out, checkPlaceholders(parsed, { demo: lists.demo }));
	if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) return out;
	const catalogue = { themes: lists.themes, licences: lists.licences } as unknown as CatalogueRecord;
	const dataset: CheckedFile<DatasetRecord> = {
		parsed,
		record: parsed.data as DatasetRecord,
		stem,
		folder,
		...(valid ? {} : { schemaErrorFields: new Set(schemaProblems.map((d) => d.field)) }),
	};
	// The file already holding the identifier, read as the CLI reads every file before this one.
	const earlier: CheckedFile<DatasetRecord>[] =
		existing !== undefined ? [{ parsed: { ...parsed, file: existing, data: {} }, record: {} as DatasetRecord, stem }] : [];
	append(
		out,
		crossCheck({
			catalogue: { parsed: { ...parsed, data: catalogue }, record: catalogue, stem: 'catalogue' },
			publishers: [],
			datasets: [...earlier, dataset],
			publisherStems: lists.publishers,
		}),
	);
	if (valid) append(out, checkAccess(catalogue, [dataset]));
	return suggestCatalogueIds(out, { licences: lists.licences.map((l) => l.id), themes: lists.themes, publishers: lists.publishers });
}
