import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { discoverSources, type SourceFile } from './load/discover.ts';
import { parseYaml, type ParsedYaml } from './load/parse-yaml.ts';
import { decodeSource } from './load/read-source.ts';
import { buildCatalogue } from './model/build-catalogue.ts';
import type { Catalogue } from './model/catalogue.ts';
import type { CatalogueRecord, DatasetRecord, PublisherRecord, RequestRecord } from './records.ts';
import { crossCheck, type CheckedFile } from './validate/cross-checks.ts';
import { checkFeedbackConfig } from './validate/feedback-checks.ts';
import { checkRequests, latestAllowedDate } from './validate/request-checks.ts';
import { schemaDiagnostics } from './validate/schema-errors.ts';
import { getValidators } from './validate/schemas.ts';
import { checkTexts } from './validate/text-checks.ts';

/** The outcome of loading a catalogue: the model when there were no errors, and every problem found. */
export interface LoadResult {
	catalogue: Catalogue | undefined;
	diagnostics: Diagnostic[];
	/** How many metadata files were read. */
	fileCount: number;
}

/** What loading may be told besides the folder. */
export interface LoadOptions {
	/** The moment the catalogue is checked against (request dates must not be later); default: now. */
	now?: Date;
}

/**
 * Loads a catalogue from its root folder: read -> parse -> validate each file against its schema ->
 * cross-check -> build the model. Every problem of every file is collected; nothing stops at the first.
 */
export async function loadCatalogue(root: string, options: LoadOptions = {}): Promise<LoadResult> {
	const discovered = discoverSources(root);
	const diagnostics = [...discovered.diagnostics];
	const validators = getValidators();
	const valid = {
		catalogue: [] as CheckedFile<CatalogueRecord>[],
		publisher: [] as CheckedFile<PublisherRecord>[],
		dataset: [] as CheckedFile<DatasetRecord>[],
		request: [] as CheckedFile<RequestRecord>[],
	};

	const parsedFiles: Array<[SourceFile, ParsedYaml]> = [];
	for (const source of discovered.files) {
		const parsed = readAndParse(root, source, diagnostics);
		if (!parsed) continue;
		parsedFiles.push([source, parsed]);
		const validate = validators[source.kind];
		if (validate(parsed.data)) {
			(valid[source.kind] as CheckedFile<unknown>[]).push({ parsed, record: parsed.data, stem: source.stem, folder: source.folder });
		} else {
			diagnostics.push(...schemaDiagnostics(parsed, validate.errors ?? []));
		}
	}

	const catalogueFile = valid.catalogue[0];
	const languages = catalogueFile?.record.languages ?? ['en', 'fr'];
	for (const [source, parsed] of parsedFiles) diagnostics.push(...checkTexts(parsed, source.kind, languages));
	const stemsOf = (kind: SourceFile['kind']) => discovered.files.filter((f) => f.kind === kind).map((f) => f.stem);
	diagnostics.push(...crossCheck({ catalogue: catalogueFile, publishers: valid.publisher, datasets: valid.dataset, publisherStems: stemsOf('publisher') }));
	diagnostics.push(...checkFeedbackConfig(catalogueFile));
	diagnostics.push(...checkRequests({ requests: valid.request, publisherIds: stemsOf('publisher'), datasetIds: stemsOf('dataset'), latestDate: latestAllowedDate(options.now ?? new Date()) }));

	const sorted = sortDiagnostics(diagnostics);
	const catalogue =
		catalogueFile && !hasErrors(sorted)
			? buildCatalogue(
					catalogueFile.record,
					valid.publisher.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
					valid.dataset.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
					valid.request.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
				)
			: undefined;
	return { catalogue, diagnostics: sorted, fileCount: discovered.files.length };
}

function readAndParse(root: string, source: SourceFile, diagnostics: Diagnostic[]): ParsedYaml | undefined {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(join(root, source.path));
	} catch (error) {
		diagnostics.push({ severity: 'error', code: 'file.unreadable', file: source.path, line: 1, column: 1, field: '', message: `cannot be read: ${(error as Error).message}` });
		return undefined;
	}
	const decoded = decodeSource(source.path, bytes);
	diagnostics.push(...decoded.diagnostics);
	if (decoded.text === undefined) return undefined;
	const { parsed, diagnostics: yamlProblems } = parseYaml(source.path, decoded.text);
	diagnostics.push(...yamlProblems);
	return parsed;
}
