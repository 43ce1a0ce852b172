/**
 * One import: read the source's records, map each onto the catalogue's model, file them under
 * stable identifiers (datasets/<publisher>/<id>.yaml, publishers/<id>.yaml), add the known
 * licences and the themes they need to catalogue.yaml, and report what happened to every field.
 * Bad input is reported and skipped; nothing stops the import but an unreadable source.
 */
import type { LicenceRecord } from '../records.ts';
import { assembleDataset, assemblePublisher, type AssembledDataset } from './assemble.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToCatalogue, existingPublishers, nameKey, readTargetCatalogue, resolveAgainstCatalogue } from './catalogue-file.ts';
import { publisherIdentifier, stableIdentifier } from './identifiers.ts';
import { Tally, type FileCounts, type ImportReport } from './report.ts';
import type { LicenceMatch } from './licences.ts';
import type { Importer, MappedDataset, MappedPublisher, ReadOptions, SourceProblem } from './types.ts';
import type { ThemeMapping } from './vocabularies.ts';
import { importedFileText, toYaml, writeImported, writtenByImporter, type WriteOutcome } from './write-file.ts';

/** How to run an import. */
export interface ImportOptions {
	source: string;
	/** The catalogue folder written into. */
	out: string;
	/** Overwrite files a steward changed. */
	force?: boolean;
	/** The language of texts the source does not tag; default the catalogue's first language. */
	textLanguage?: string;
	themes?: ThemeMapping;
	/** Add the licences and themes the records need to catalogue.yaml (default true when it exists). */
	updateCatalogue?: boolean;
	read?: Partial<ReadOptions>;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { timeoutMs: 30_000, maxBytes: 200 * 1024 * 1024, maxRecords: 100_000, pageSize: 100 };

/** Runs one import with `importer` and returns its report. */
export async function runImport(importer: Importer, options: ImportOptions): Promise<ImportReport> {
	const started = performance.now();
	const catalogue = readTargetCatalogue(options.out);
	const context = { languages: catalogue.languages, textLanguage: options.textLanguage ?? catalogue.languages[0]!, themes: options.themes ?? new Map() };
	const readOptions = { ...DEFAULT_READ_OPTIONS, ...options.read };
	const problems: SourceProblem[] = [];
	const tally = new Tally();
	const skipped: ImportReport['skipped'] = [];
	const datasets: Array<{ mapped: MappedDataset; where: string }> = [];
	const publishers = new Map<string, MappedPublisher>();
	let read = 0;

	for await (const record of importer.read(options.source, problems, readOptions)) {
		read++;
		const where = `${record.file}, ${record.position}`;
		let outcome;
		try {
			outcome = importer.map(record, context);
		} catch (error) {
			skipped.push({ record: where, reason: `could not be mapped: ${(error as Error).message}` });
			continue;
		}
		if ('skip' in outcome) {
			skipped.push({ record: where, reason: outcome.skip });
			continue;
		}
		tally.record(importer.fields(record), outcome.usage);
		if (!('fields' in outcome)) {
			publishers.set(outcome.publisher.key, outcome.publisher);
			continue;
		}
		if (!outcome.publisher) {
			skipped.push({ record: where, reason: 'names no publisher: datasets are filed by publisher (datasets/<publisher>/)' });
			continue;
		}
		if (!publishers.has(outcome.publisher.key)) publishers.set(outcome.publisher.key, outcome.publisher);
		datasets.push({ mapped: outcome, where });
	}

	// Known licences the catalogue lacks are added; unknown ones are listed for the steward.
	const licencesToAdd = new Map<string, LicenceRecord>();
	const licenceOpen = new Map(catalogue.licences.map((l) => [l.id, l.open !== false]));
	const resolve = (match: LicenceMatch): LicenceMatch => {
		const resolved = resolveAgainstCatalogue(match, catalogue);
		if (resolved.kind === 'known') {
			if (!licenceOpen.has(resolved.licence.id)) licencesToAdd.set(resolved.licence.id, resolved.licence);
			licenceOpen.set(resolved.licence.id, resolved.licence.open !== false);
		} else if (resolved.kind === 'unknown') {
			tally.count('licencesToAdd', `${resolved.id}\u0000${resolved.label}\u0000${resolved.url ?? ''}`);
		}
		return resolved;
	};
	for (const { mapped } of datasets) {
		mapped.licence = resolve(mapped.licence);
		mapped.distributionLicences = mapped.distributionLicences?.map(resolve);
	}
	const themesToAdd = [...new Set(datasets.flatMap(({ mapped }) => mapped.fields.themes ?? []))].filter((t) => !catalogue.themes.includes(t)).sort();
	const updateCatalogue = catalogue.exists && options.updateCatalogue !== false;

	const publisherIds = new Map<string, string>();
	const counts = { datasets: emptyCounts(), publishers: emptyCounts() };
	const existing = existingPublishers(options.out);
	for (const [key, publisher] of publishers) {
		// A publisher the catalogue already has (by identifier or name) is used as it is.
		const known = [key, ...Object.values(publisher.name)].map((name) => existing.get(nameKey(name ?? ''))).find(Boolean);
		if (known && !importerWrote(join(options.out, 'publishers', `${known}.yaml`))) {
			publisherIds.set(key, known);
			continue;
		}
		const id = publisherIdentifier(key);
		if (!id) {
			problems.push({ file: options.source, message: `publisher "${key}" gives no usable identifier: its datasets are skipped` });
			continue;
		}
		publisherIds.set(key, id);
		const assembled = assemblePublisher(publisher, id, catalogue.languages);
		write(`publishers/${id}.yaml`, assembled, `${importer.system} publisher ${key}`, '../schemas/publisher.schema.json', counts.publishers, tally, 'publisher');
	}

	const taken = new Set<string>();
	const otherLanguages = new Set<string>();
	for (const { mapped, where } of datasets) {
		const publisherId = publisherIds.get(mapped.publisher!.key);
		if (!publisherId) {
			skipped.push({ record: where, reason: `its publisher "${mapped.publisher!.key}" has no usable identifier` });
			continue;
		}
		const identifier = stableIdentifier(mapped.sourceId, mapped.preferredId, taken);
		const assembled = assembleDataset(mapped, { system: importer.system, identifier, publisherId, languages: catalogue.languages, licenceOpen });
		for (const lang of Object.keys(mapped.fields.title ?? {})) if (!catalogue.languages.includes(lang)) otherLanguages.add(lang);
		write(
			`datasets/${publisherId}/${identifier}.yaml`,
			assembled,
			`${importer.system} record ${mapped.sourceId}`,
			'../../../schemas/dataset.schema.json',
			counts.datasets,
			tally,
			'dataset',
		);
	}

	if (updateCatalogue) addToCatalogue(options.out, [...licencesToAdd.values()], themesToAdd);

	function write(path: string, assembled: AssembledDataset, origin: string, schema: string, into: FileCounts & { drafted: number }, t: Tally, kind: string) {
		const outcome: WriteOutcome = writeImported(options.out, path, importedFileText(toYaml(assembled.record), origin, schema), options.force ?? false);
		into[outcome]++;
		// A file kept as the steward left it is theirs: what the importer would have written is not counted.
		if (outcome === 'kept') return;
		if (assembled.draftReasons.length > 0) into.drafted++;
		for (const reason of assembled.draftReasons) t.count('draftReasons', `${kind} ${reason.replace(/\[\d+\]/g, '[]')}`);
		for (const d of assembled.dropped) t.count('dropped', `${kind} ${d.field.replace(/\[\d+\]/g, '[]')}\u0000${d.reason}`);
	}

	return {
		system: importer.system,
		source: options.source,
		out: options.out,
		read,
		datasets: counts.datasets,
		publishers: counts.publishers,
		skipped,
		problems,
		fields: tally.fields(),
		draftReasons: tally.entries('draftReasons').map((e) => ({ reason: e.parts[0]!, records: e.records })),
		dropped: tally.entries('dropped').map((e) => ({ field: e.parts[0]!, reason: e.parts[1]!, records: e.records })),
		vocabularies: {
			mapped: tally.entries('mapped').map((e) => ({ vocabulary: e.parts[0]!, value: e.parts[1]!, code: e.parts[2]!, records: e.records })),
			unmapped: tally.entries('unmapped').map((e) => ({ vocabulary: e.parts[0]!, value: e.parts[1]!, records: e.records })),
		},
		catalogue: {
			licencesAdded: updateCatalogue ? [...licencesToAdd.keys()] : [],
			themesAdded: updateCatalogue ? themesToAdd : [],
			licencesToAdd: [
				...tally.entries('licencesToAdd').map((e) => ({ id: e.parts[0]!, label: e.parts[1]!, url: e.parts[2] || undefined, records: e.records })),
				...(updateCatalogue ? [] : [...licencesToAdd.values()].map((l) => ({ id: l.id, label: l.name['en'] ?? l.id, url: l.url, records: 0 }))),
			],
			otherLanguages: [...otherLanguages].sort(),
		},
		seconds: (performance.now() - started) / 1000,
	};
}

/** Whether the file at `path` is as the importer wrote it (a file that cannot be read is not). */
function importerWrote(path: string): boolean {
	try {
		return writtenByImporter(readFileSync(path, 'utf8'));
	} catch {
		return false;
	}
}

function emptyCounts(): FileCounts & { drafted: number } {
	return { created: 0, updated: 0, unchanged: 0, kept: 0, drafted: 0 };
}
