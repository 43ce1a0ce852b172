import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { discoverSources, type SourceFile } from './load/discover.ts';
import { parseYaml, type ParsedYaml } from './load/parse-yaml.ts';
import { decodeSource } from './load/read-source.ts';
import { buildCatalogue } from './model/build-catalogue.ts';
import type { Catalogue } from './model/catalogue.ts';
import { buildSchedule } from './model/build-schedule.ts';
import type { CatalogueRecord, DatasetRecord, PlanRecord, PublisherRecord } from './records.ts';
import { checkPlans, commitmentIds } from './schedules/check-plans.ts';
import { checkSchedules } from './schedules/check-schedules.ts';
import { todayUtc } from './schedules/planned-date.ts';
import { readScheduleFiles, scheduleRowSources } from './schedules/read-schedule-file.ts';
import { crossCheck, type CheckedFile } from './validate/cross-checks.ts';
import { schemaDiagnostics } from './validate/schema-errors.ts';
import { getValidators, type SourceKind } from './validate/schemas.ts';
import { checkTexts } from './validate/text-checks.ts';

/** The outcome of loading a catalogue: the model when there were no errors, and every problem found. */
export interface LoadResult {
	catalogue: Catalogue | undefined;
	diagnostics: Diagnostic[];
	/** How many metadata files were read. */
	fileCount: number;
}

/** How to load a catalogue. */
export interface LoadOptions {
	/** The date release schedules are judged on (`YYYY-MM-DD`): what is overdue. Default: today (UTC). */
	asOf?: string;
}

/**
 * Loads a catalogue from its root folder: read -> parse -> validate each file against its schema ->
 * cross-check -> build the model. Every problem of every file is collected; nothing stops at the first.
 */
export async function loadCatalogue(root: string, { asOf = todayUtc() }: LoadOptions = {}): Promise<LoadResult> {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be a date written YYYY-MM-DD (got "${asOf}")`);
	const discovered = discoverSources(root);
	const diagnostics = [...discovered.diagnostics];
	const validators = getValidators();
	const valid = { catalogue: [] as CheckedFile<CatalogueRecord>[], publisher: [] as CheckedFile<PublisherRecord>[], dataset: [] as CheckedFile<DatasetRecord>[], plan: [] as CheckedFile<PlanRecord>[] };

	const parsedFiles: Array<[YamlSource, ParsedYaml]> = [];
	for (const source of discovered.files.filter(isYamlSource)) {
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
	const publisherStems = discovered.files.filter((f) => f.kind === 'publisher').map((f) => f.stem);
	diagnostics.push(...crossCheck({ catalogue: catalogueFile, publishers: valid.publisher, datasets: valid.dataset, publisherStems }));

	const { schedules, diagnostics: scheduleProblems } = readScheduleFiles(root, discovered.files.filter((f) => f.kind === 'schedule'), validators.scheduleRow, languages);
	diagnostics.push(...scheduleProblems);
	diagnostics.push(...checkPlans(valid.plan, publisherStems));
	diagnostics.push(
		...checkSchedules({
			schedules,
			datasets: new Map(valid.dataset.map((f) => [f.record.identifier, f.record])),
			datasetFolders: new Map(discovered.files.filter((f) => f.kind === 'dataset').map((f) => [f.stem, f.folder!])),
			publisherStems,
			commitmentIds: commitmentIds(valid.plan),
			asOf,
		}),
	);

	const sorted = sortDiagnostics(diagnostics);
	const catalogue =
		catalogueFile && !hasErrors(sorted)
			? buildCatalogue(
					catalogueFile.record,
					valid.publisher.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
					valid.dataset.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
					buildSchedule(
						valid.plan.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
						scheduleRowSources(schedules),
						asOf,
					),
				)
			: undefined;
	return { catalogue, diagnostics: sorted, fileCount: discovered.files.length };
}

type YamlSource = SourceFile & { kind: SourceKind };

function isYamlSource(source: SourceFile): source is YamlSource {
	return source.kind !== 'schedule';
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
