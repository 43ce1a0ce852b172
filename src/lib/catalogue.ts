import { checkDataFiles, distributionKey, TABULAR_FORMATS, type KeyedDataFileTask } from './data-files/check-data-files.ts';
import { DEFAULT_FILE_LIMITS, DEFAULT_MAX_COLUMNS } from './csv/profile-file.ts';
import { capPerFile, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { discoverSources, type SourceFile } from './load/discover.ts';
import { NO_FILE_CACHE, openFileCache } from './load/file-cache.ts';
import type { ParsedYaml } from './load/parse-yaml.ts';
import { NO_POSITIONS, openPositionCache, type PositionCache } from './load/position-cache.ts';
import { startParseAhead, withParsedAhead, type ParseAhead } from './load/parse-ahead.ts';
import { readMetadataFile } from './load/read-metadata.ts';
import { buildCatalogue } from './model/build-catalogue.ts';
import type { Catalogue } from './model/catalogue.ts';
import { rememberSourceKeys } from './model/dataset-source-key.ts';
import { buildSchedule } from './model/build-schedule.ts';
import { readScorecardConfig } from './scorecard/config.ts';
import type { CatalogueRecord, DatasetRecord, PlanRecord, PublisherRecord, RequestRecord, TableSchemaRecord } from './records.ts';
import { checkPlans, commitmentIds } from './schedules/check-plans.ts';
import { checkSchedules } from './schedules/check-schedules.ts';
import { todayUtc } from './schedules/planned-date.ts';
import { readScheduleFiles, scheduleRowSources } from './schedules/read-schedule-file.ts';
import { crossCheck, type CheckedFile } from './validate/cross-checks.ts';
import { checkDistributionFiles, type DistributionFiles } from './validate/distribution-files.ts';
import { checkFeedbackConfig } from './validate/feedback-checks.ts';
import { isDemoCatalogue } from './validate/placeholders.ts';
import { checkRequests, latestAllowedDate } from './validate/request-checks.ts';
import { schemaDiagnostics } from './validate/schema-errors.ts';
import type { SourceKind } from './validate/schema-documents.ts';
import { validatorFor } from './validate/validators.ts';
import { textCheckOptions } from './validate/text-checks.ts';
import { checkFileTexts, type TextCheckedFile } from './validate/file-text-checks.ts';
import { checkAccess } from './validate/access-checks.ts';
import { draftDiagnostics, draftReason, isDraft } from './validate/drafts.ts';
import { suggestCatalogueIds } from './validate/suggest-id.ts';
import { append } from './append.ts';

/** How many problems of one file a report lists before it counts the rest. */
export const MAX_PROBLEMS_PER_FILE = 500;

/** The outcome of loading a catalogue: the model when there were no errors, and every problem found. */
export interface LoadResult {
	catalogue: Catalogue | undefined;
	diagnostics: Diagnostic[];
	/**
	 * The model of the files that have no error (the whole catalogue when there is none), for the
	 * checks that need a model, such as DCAT-AP, to run in the same pass as the others. Never rendered.
	 */
	soundPart: Catalogue | undefined;
	/** How many files were read: metadata files, data dictionaries and data files. */
	fileCount: number;
	/**
	 * Each dataset file's key in the load cache (file-cache.ts: the SHA-256 of its kind and text), by
	 * path; empty without the cache. A dataset's record is what its text gives, so the SHACL results
	 * kept per dataset (dcat-dataset-results.ts) are found by it without serializing the record.
	 */
	datasetKeys?: ReadonlyMap<string, string>;
	/**
	 * The metadata files taken from the load cache without being opened: their `lstat` is unchanged
	 * since a run that found them sound (load/stat-signature.ts). Empty without the cache.
	 */
	unreadFiles?: ReadonlySet<string>;
}

/** How to load a catalogue. */
export interface LoadOptions {
	/**
	 * The date the catalogue is judged on (`YYYY-MM-DD`): which planned releases are overdue, and
	 * which request dates lie in the future. Default: today (UTC).
	 */
	asOf?: string;
	/**
	 * Whether files unchanged since a run that found them sound are taken from the cache rather than
	 * parsed and schema-validated again (load/file-cache.ts); the report is the same either way. Default: yes.
	 */
	cache?: boolean;
	/** The cache folder (default: cacheDir()). */
	cacheFolder?: string;
	/**
	 * Where the problems of files unchanged since an earlier run were placed (load/position-cache.ts),
	 * for a caller that locates more problems after the load and saves it then; by default, with the
	 * cache, the load opens its own and saves it as it ends.
	 */
	positions?: PositionCache;
	/**
	 * Whether the files the cache does not know are parsed partly on a second thread
	 * (load/parse-ahead.ts), for a command run from the source tree (`npm run build`, `npm run
	 * validate`), or the parse ahead a caller started; the report is the same either way. Default: no.
	 */
	parseAhead?: boolean | ParseAhead;
}

/**
 * Loads a catalogue from its root folder: read -> parse -> validate each file against its schema ->
 * cross-check -> check the files distributions point to (data dictionaries, and the data files kept
 * in the repository, streamed once for their previews and dictionary checks) -> build the model.
 * Every problem of every file is collected; nothing stops at the first.
 */
export async function loadCatalogue(
	root: string,
	{ asOf = todayUtc(), cache = true, cacheFolder, positions, parseAhead = false }: LoadOptions = {},
): Promise<LoadResult> {
	const ownPositions = positions === undefined && cache ? openPositionCache(root, cacheFolder) : undefined;
	const loaded = await loadAndCheck(root, asOf, cache, cacheFolder, positions ?? ownPositions ?? NO_POSITIONS, parseAhead);
	ownPositions?.save();
	return loaded;
}

/** {@link loadCatalogue}'s work, its problems placed from `positions`. */
async function loadAndCheck(
	root: string,
	asOf: string,
	cache: boolean,
	cacheFolder: string | undefined,
	positions: PositionCache,
	parseAhead: boolean | ParseAhead,
): Promise<LoadResult> {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be a date written YYYY-MM-DD (got "${asOf}")`);
	const discovered = discoverSources(root);
	const diagnostics = [...discovered.diagnostics];
	const valid = {
		catalogue: [] as CheckedFile<CatalogueRecord>[],
		publisher: [] as CheckedFile<PublisherRecord>[],
		dataset: [] as CheckedFile<DatasetRecord>[],
		dictionary: [] as CheckedFile<TableSchemaRecord>[],
		request: [] as CheckedFile<RequestRecord>[],
		plan: [] as CheckedFile<PlanRecord>[],
	};

	// Files that parse but fail their schema still get the cross-file checks their sound fields allow.
	const unverified = { dataset: [] as CheckedFile<DatasetRecord>[], publisher: [] as CheckedFile<PublisherRecord>[] };
	const parsedFiles: Array<[YamlSource, ParsedYaml]> = [];
	const textFiles: TextCheckedFile[] = [];
	const drafts: CheckedFile<DatasetRecord>[] = [];
	const draftPublishers = new Set<string>();
	const files = cache ? openFileCache(root, cacheFolder) : NO_FILE_CACHE;
	const unreadFiles = new Set<string>();
	const yamlSources = discovered.files.filter(isYamlSource);
	const ahead = parseAhead === true ? startParseAhead(root, yamlSources, files) : parseAhead || undefined;
	// The files parsed ahead come once the load reaches the first of them, where the worker stops.
	let filesOrAhead = files;
	for (const source of yamlSources) {
		if (ahead && filesOrAhead === files && !ahead.claim(source.path)) filesOrAhead = withParsedAhead(files, await ahead.parsed);
		const read = readMetadataFile(root, source.path, source.kind, diagnostics, filesOrAhead, positions);
		if (!read) continue;
		if (read.unread) unreadFiles.add(source.path);
		const { parsed } = read;
		parsedFiles.push([source, parsed]);
		textFiles.push({ source, parsed, key: read.key });
		// A file known sound (the cache) was valid against its schema: no need to ask again.
		const validator = read.known ? undefined : await validatorFor(source.kind);
		const isValid = () => {
			const valid = read.known || validator!(parsed.data);
			if (valid) read.remember?.();
			return valid;
		};
		// Publishers are read before datasets, so a dataset knows whether its publisher is a draft.
		const draftOf = draftReason(source, parsed, draftPublishers);
		if (draftOf) {
			const valid = isValid();
			if (!valid) append(diagnostics, draftDiagnostics(parsed, schemaDiagnostics(parsed, validator?.errors ?? []), draftOf));
			else if (source.kind === 'dataset') drafts.push({ parsed, record: parsed.data as DatasetRecord, stem: source.stem, folder: source.folder });
			else append(diagnostics, draftDiagnostics(parsed, [], draftOf));
			if (source.kind === 'publisher') draftPublishers.add(source.stem);
		} else if (isValid()) {
			(valid[source.kind] as CheckedFile<unknown>[]).push({ parsed, record: parsed.data, stem: source.stem, folder: source.folder });
		} else {
			const problems = schemaDiagnostics(parsed, validator?.errors ?? []);
			append(diagnostics, problems);
			if ((source.kind === 'dataset' || source.kind === 'publisher') && isMapping(parsed.data)) {
				(unverified[source.kind] as CheckedFile<unknown>[]).push({
					parsed,
					record: parsed.data,
					stem: source.stem,
					folder: source.folder,
					schemaErrorFields: new Set(problems.map((d) => d.field)),
				});
			}
		}
	}
	ahead?.stop();
	// Written now, before anything downstream could change the records kept.
	files.save();

	const catalogueFile = valid.catalogue[0];
	const languages = catalogueFile?.record.languages ?? ['en', 'fr'];
	const textOptions = textCheckOptions(catalogueFile?.record, parsedFiles);
	// Without a readable catalogue.yaml (itself an error) it is unknown whether example addresses are
	// allowed: they are not reported, rather than flooding the one real problem.
	const catalogueData = parsedFiles.find(([source]) => source.kind === 'catalogue')?.[1].data;
	const demo = catalogueData === undefined || isDemoCatalogue(catalogueData);
	append(
		diagnostics,
		checkFileTexts(
			textFiles,
			{ languages, options: textOptions, demo, draft: (source, parsed) => draftReason(source, parsed, draftPublishers) },
			{ root, cache, cacheFolder },
		),
	);
	const stemsOf = (kind: SourceFile['kind']) => discovered.files.filter((f) => f.kind === kind).map((f) => f.stem);
	const publisherStems = stemsOf('publisher');
	append(
		diagnostics,
		crossCheck({
			catalogue: catalogueFile,
			publishers: [...valid.publisher, ...unverified.publisher],
			datasets: [...valid.dataset, ...unverified.dataset],
			publisherStems,
		}),
	);
	append(diagnostics, checkAccess(catalogueFile?.record, valid.dataset));
	for (const draft of drafts) {
		const gaps = [
			...crossCheck({ catalogue: catalogueFile, publishers: [], datasets: [draft], publisherStems }),
			...checkAccess(catalogueFile?.record, [draft]),
		];
		const reason = isDraft(draft.parsed.data) ? 'own' : 'publisher';
		append(
			diagnostics,
			draftDiagnostics(
				draft.parsed,
				gaps.filter((d) => d.severity === 'error'),
				reason,
			),
		);
		append(
			diagnostics,
			gaps.filter((d) => d.severity !== 'error'),
		);
	}
	append(diagnostics, checkFeedbackConfig(catalogueFile));
	append(
		diagnostics,
		checkRequests({
			requests: valid.request,
			publisherIds: publisherStems,
			datasetIds: stemsOf('dataset'),
			latestDate: latestAllowedDate(new Date(`${asOf}T00:00:00Z`)),
		}),
	);
	const distributionFiles = checkDistributionFiles({
		root,
		catalogue: catalogueFile?.record,
		datasets: valid.dataset,
		dictionaries: valid.dictionary,
		dictionaryPaths: discovered.files.filter((f) => f.kind === 'dictionary').map((f) => f.path),
		namedDictionaryPaths: namedDictionaries(parsedFiles),
	});
	append(diagnostics, distributionFiles.diagnostics);
	const tasks = dataFileTasks(valid.dataset, distributionFiles.files);
	const maxColumns = catalogueFile?.record.data_preview?.max_columns ?? DEFAULT_MAX_COLUMNS;
	const data = await checkDataFiles(root, tasks, catalogueFile?.record.data_preview?.dictionary_check ?? 'warning', {
		...DEFAULT_FILE_LIMITS,
		columns: maxColumns,
	});
	append(diagnostics, data.diagnostics);

	const { schedules, diagnostics: scheduleProblems } = readScheduleFiles(
		root,
		discovered.files.filter((f) => f.kind === 'schedule'),
		await validatorFor('scheduleRow'),
		languages,
		maxColumns,
	);
	append(diagnostics, scheduleProblems);
	append(diagnostics, checkPlans(valid.plan, publisherStems));
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

	const scorecard = await readScorecardConfig(root);
	append(diagnostics, scorecard.diagnostics);

	const ids = { licences: catalogueFile?.record.licences.map((l) => l.id) ?? [], publishers: publisherStems, themes: catalogueFile?.record.themes ?? [] };
	const sorted = capPerFile(sortDiagnostics(suggestCatalogueIds(diagnostics, ids)), MAX_PROBLEMS_PER_FILE);
	const catalogue =
		catalogueFile && !hasErrors(sorted)
			? buildCatalogue(
					catalogueFile.record,
					valid.publisher.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
					valid.dataset.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
					{
						requests: valid.request.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
						distributionExtras: (sourcePath, index) => {
							const key = distributionKey(sourcePath, index);
							return { ...distributionFiles.files.get(key), preview: data.previews.get(key) };
						},
						schedule: buildSchedule(
							valid.plan.map((f) => ({ record: f.record, sourcePath: f.parsed.file })),
							scheduleRowSources(schedules),
							asOf,
						),
					},
				)
			: undefined;
	if (catalogue && scorecard.config) catalogue.scorecard = scorecard.config;
	const soundPart = catalogue ?? (catalogueFile ? soundModel(catalogueFile.record, valid.publisher, valid.dataset, sorted) : undefined);
	const datasetKeys = new Map(textFiles.flatMap(({ source, key }) => (source.kind === 'dataset' && key !== '' ? [[source.path, key] as const] : [])));
	if (catalogue) rememberSourceKeys(catalogue.datasets, datasetKeys);
	return { catalogue, soundPart, diagnostics: sorted, fileCount: discovered.files.length + tasks.length, datasetKeys, unreadFiles };
}

/** The model of the publishers and datasets whose files have no error, the datasets only when their publisher is among them. */
function soundModel(
	config: CatalogueRecord,
	publishers: readonly CheckedFile<PublisherRecord>[],
	datasets: readonly CheckedFile<DatasetRecord>[],
	diagnostics: readonly Diagnostic[],
): Catalogue {
	const broken = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
	const soundPublishers = publishers.filter((f) => !broken.has(f.parsed.file));
	const publisherIds = new Set(soundPublishers.map((f) => f.record.id));
	const soundDatasets = datasets.filter((f) => !broken.has(f.parsed.file) && publisherIds.has(f.record.publisher));
	const entry = <T>(f: CheckedFile<T>) => ({ record: f.record, sourcePath: f.parsed.file });
	return buildCatalogue(config, soundPublishers.map(entry), soundDatasets.map(entry));
}

/** The dictionary files the dataset files name in their distributions' `schema`, whether or not the datasets are valid. */
function namedDictionaries(files: ReadonlyArray<[SourceFile, ParsedYaml]>): Set<string> {
	const named = new Set<string>();
	for (const [source, parsed] of files) {
		if (source.kind !== 'dataset') continue;
		const distributions = (parsed.data as { distributions?: unknown } | null)?.distributions;
		if (!Array.isArray(distributions)) continue;
		for (const distribution of distributions) {
			const schema = (distribution as { schema?: unknown } | null)?.schema;
			if (typeof schema === 'string') named.add(`datasets/${source.folder}/${schema}`);
		}
	}
	return named;
}

/** The CSV and TSV files in the repository that distributions download, with their dictionaries. */
function dataFileTasks(datasets: readonly CheckedFile<DatasetRecord>[], files: ReadonlyMap<string, DistributionFiles>): KeyedDataFileTask[] {
	return datasets.flatMap((dataset) =>
		(dataset.record.distributions ?? []).flatMap((distribution, index) => {
			const key = distributionKey(dataset.parsed.file, index);
			const resolved = files.get(key);
			if (!resolved?.siteFile || !TABULAR_FORMATS.has(distribution.format)) return [];
			return [{ key, file: resolved.siteFile, dictionary: resolved.dictionary }];
		}),
	);
}

function isMapping(data: unknown): boolean {
	return typeof data === 'object' && data !== null && !Array.isArray(data);
}

type YamlSource = SourceFile & { kind: SourceKind };

function isYamlSource(source: SourceFile): source is YamlSource {
	return source.kind !== 'schedule';
}
