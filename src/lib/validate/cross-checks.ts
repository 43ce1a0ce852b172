import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';
import { fileNameMismatch, unknownPublisher } from '../diagnostics/findings.ts';
import { diagnosticAt, type Finding } from '../diagnostics/located.ts';
import type { DataPath } from '../load/locate.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';
import type { CatalogueRecord, DatasetRecord, PublisherRecord } from '../records.ts';
import { didYouMean } from './did-you-mean.ts';

/** A schema-valid file with its parse, ready for checks that look across files. */
export interface CheckedFile<T> {
	parsed: ParsedYaml;
	record: T;
	/** The file name without `.yaml`, and for datasets the folder it sits in. */
	stem: string;
	folder?: string;
}

/** Everything the cross-file checks look at. */
export interface CrossCheckInput {
	catalogue: CheckedFile<CatalogueRecord> | undefined;
	publishers: CheckedFile<PublisherRecord>[];
	datasets: CheckedFile<DatasetRecord>[];
	/** Every publisher file found, valid or not, so a broken publisher file does not also break its datasets' references. */
	publisherStems: readonly string[];
}

/**
 * The checks a schema cannot express: identifiers equal file names and are unique, references to
 * publishers, licences and themes resolve, and dates are in order.
 */
export function crossCheck({ catalogue, publishers, datasets, publisherStems }: CrossCheckInput): Diagnostic[] {
	const out: Diagnostic[] = [];
	const error = (file: CheckedFile<unknown>, path: DataPath, finding: Finding) => out.push(diagnosticAt(file.parsed, 'error', path, finding));

	const licenceIds = catalogue?.record.licences.map((l) => l.id) ?? [];
	const themeCodes = catalogue?.record.themes ?? [];
	if (catalogue) {
		findDuplicates(catalogue.record.licences.map((l) => l.id)).forEach((index) =>
			error(catalogue, ['licences', index, 'id'], { code: 'ref.duplicate-licence', message: 'is used by two licences', hint: hintOf('ref.duplicate-licence') }),
		);
		const metadataLicence = catalogue.record.metadata_licence;
		if (metadataLicence !== undefined && !licenceIds.includes(metadataLicence)) {
			const guess = didYouMean(metadataLicence, licenceIds);
			error(catalogue, ['metadata_licence'], { code: 'ref.licence', message: 'refers to a licence that is not in the licences list', expected: `one of ${licenceIds.join(', ')}`, got: JSON.stringify(metadataLicence), hint: guess ? `did you mean "${guess}"?` : 'add the licence to licences first' });
		}
	}

	const publisherIds = new Set(publisherStems);
	for (const file of publishers) {
		if (file.record.id !== file.stem) {
			error(file, ['id'], fileNameMismatch(file.stem, file.record.id));
		}
	}

	const firstSeen = new Map<string, CheckedFile<DatasetRecord>>();
	for (const file of datasets) {
		const { record } = file;
		if (record.identifier !== file.stem) {
			error(file, ['identifier'], fileNameMismatch(file.stem, record.identifier, 'identifier'));
		}
		const earlier = firstSeen.get(file.stem);
		if (earlier) {
			error(file, ['identifier'], { code: 'id.duplicate', message: 'is already used by another dataset', got: JSON.stringify(file.stem), hint: `${earlier.parsed.file} has the same identifier; dataset identifiers must be unique across the whole catalogue because they are page addresses` });
		} else {
			firstSeen.set(file.stem, file);
		}
		if (!publisherIds.has(record.publisher)) {
			const guess = didYouMean(record.publisher, [...publisherIds]);
			error(file, ['publisher'], unknownPublisher(record.publisher, guess));
		} else if (record.publisher !== file.folder) {
			error(file, ['publisher'], { code: 'ref.publisher-folder', message: 'must match the folder the file is in', expected: JSON.stringify(file.folder), got: JSON.stringify(record.publisher), hint: `move the file to datasets/${record.publisher}/ or fix the publisher` });
		}
		if (catalogue) {
			const checkLicence = (path: DataPath, id: string | undefined) => {
				if (id === undefined || licenceIds.includes(id)) return;
				const guess = didYouMean(id, licenceIds);
				error(file, path, { code: 'ref.licence', message: 'refers to a licence that is not in catalogue.yaml', expected: `one of ${licenceIds.join(', ')}`, got: JSON.stringify(id), hint: guess ? `did you mean "${guess}"?` : 'add the licence to catalogue.yaml first' });
			};
			checkLicence(['licence'], record.licence);
			record.distributions?.forEach((d, i) => checkLicence(['distributions', i, 'licence'], d.licence));
			record.themes.forEach((theme, i) => {
				if (themeCodes.includes(theme)) return;
				error(file, ['themes', i], { code: 'ref.theme', message: 'is not one of the catalogue’s themes', expected: `one of ${themeCodes.join(', ')}`, got: JSON.stringify(theme), hint: hintOf('ref.theme') });
			});
		}
		if (record.modified < record.issued) {
			error(file, ['modified'], { code: 'date.order', message: 'is earlier than issued', expected: `${record.issued} or later`, got: record.modified, hint: 'a dataset cannot change before it was first published' });
		}
		const coverage = record.temporal_coverage;
		if (coverage?.end && coverage.end < coverage.start) {
			error(file, ['temporal_coverage', 'end'], { code: 'date.order', message: 'is earlier than the start of the coverage', expected: `${coverage.start} or later`, got: coverage.end });
		}
		const bbox = record.spatial_coverage?.bbox;
		if (bbox && (bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
			error(file, ['spatial_coverage', 'bbox'], { code: 'spatial.bbox-order', message: 'has its corners the wrong way round', expected: '[west, south, east, north] with west <= east and south <= north', got: JSON.stringify(bbox) });
		}
	}
	return out;
}

function findDuplicates(values: readonly string[]): number[] {
	const seen = new Set<string>();
	return values.flatMap((value, index) => (seen.has(value) ? [index] : (seen.add(value), [])));
}
