import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';
import { fileNameMismatch, unknownPublisher } from '../diagnostics/findings.ts';
import { diagnosticAt, type Finding } from '../diagnostics/located.ts';
import { formatPath, type DataPath } from '../load/locate.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';
import type { CatalogueRecord, DatasetRecord, PublisherRecord } from '../records.ts';
import { suggestId } from './suggest-id.ts';

/** A schema-valid file with its parse, ready for checks that look across files. */
export interface CheckedFile<T> {
	parsed: ParsedYaml;
	record: T;
	/** The file name without `.yaml`, and for datasets the folder it sits in. */
	stem: string;
	folder?: string;
	/**
	 * For a file that failed its schema, the fields its schema errors are on (`themes[0]`). Its
	 * record is then unverified: each cross-check runs only on fields of the right type with no
	 * schema error, so the problems of one file are all reported in one run.
	 */
	schemaErrorFields?: ReadonlySet<string>;
}

/** Whether the field at `path` of `file` can be cross-checked: `ok` holds and no schema error is on it or inside it. */
function usable(file: CheckedFile<unknown>, path: DataPath, value: unknown, ok: (value: unknown) => boolean): boolean {
	if (!ok(value)) return false;
	const errors = file.schemaErrorFields;
	if (!errors) return true;
	const name = formatPath(path);
	for (const field of errors) if (field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`)) return false;
	return true;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

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
 * publishers, licences and themes resolve, and dates are in order. Files that failed their schema
 * are checked too, field by field (see {@link CheckedFile.schemaErrorFields}).
 */
export function crossCheck({ catalogue, publishers, datasets, publisherStems }: CrossCheckInput): Diagnostic[] {
	const out: Diagnostic[] = [];
	const error = (file: CheckedFile<unknown>, path: DataPath, finding: Finding) => out.push(diagnosticAt(file.parsed, 'error', path, finding));

	const licenceIds = catalogue?.record.licences.map((l) => l.id) ?? [];
	const themeCodes = catalogue?.record.themes ?? [];
	if (catalogue && !catalogue.schemaErrorFields) {
		findDuplicates(catalogue.record.licences.map((l) => l.id)).forEach((index) =>
			error(catalogue, ['licences', index, 'id'], { code: 'ref.duplicate-licence', message: 'is used by two licences', hint: hintOf('ref.duplicate-licence') }),
		);
		const metadataLicence = catalogue.record.metadata_licence;
		if (metadataLicence !== undefined && !licenceIds.includes(metadataLicence)) {
			const guess = suggestId(metadataLicence, licenceIds);
			error(catalogue, ['metadata_licence'], {
				code: 'ref.licence',
				message: 'refers to a licence that is not in the licences list',
				expected: `one of ${licenceIds.join(', ')}`,
				got: JSON.stringify(metadataLicence),
				hint: guess ? `did you mean "${guess}"?` : 'add the licence to licences first',
			});
		}
	}

	const publisherIds = new Set(publisherStems);
	for (const file of publishers) {
		if (usable(file, ['id'], file.record.id, isText) && file.record.id !== file.stem) {
			error(file, ['id'], fileNameMismatch(file.stem, file.record.id));
		}
	}

	const firstSeen = new Map<string, CheckedFile<DatasetRecord>>();
	for (const file of datasets) {
		const { record } = file;
		const can = (path: DataPath, value: unknown, ok: (value: unknown) => boolean = isText) => usable(file, path, value, ok);
		if (can(['identifier'], record.identifier) && record.identifier !== file.stem) {
			error(file, ['identifier'], fileNameMismatch(file.stem, record.identifier, 'identifier'));
		}
		const earlier = firstSeen.get(file.stem);
		if (earlier) {
			error(file, ['identifier'], {
				code: 'id.duplicate',
				message: 'is already used by another dataset',
				got: JSON.stringify(file.stem),
				hint: `${earlier.parsed.file} has the same identifier; dataset identifiers must be unique across the whole catalogue because they are page addresses`,
			});
		} else {
			firstSeen.set(file.stem, file);
		}
		if (!can(['publisher'], record.publisher)) {
			// the schema error says what is wrong with it
		} else if (!publisherIds.has(record.publisher)) {
			error(file, ['publisher'], unknownPublisher(record.publisher, suggestId(record.publisher, [...publisherIds])));
		} else if (record.publisher !== file.folder) {
			error(file, ['publisher'], {
				code: 'ref.publisher-folder',
				message: 'must match the folder the file is in',
				expected: JSON.stringify(file.folder),
				got: JSON.stringify(record.publisher),
				hint: `move the file to datasets/${record.publisher}/ or fix the publisher`,
			});
		}
		if (catalogue) {
			const checkLicence = (path: DataPath, id: unknown) => {
				if (!can(path, id) || licenceIds.includes(id as string)) return;
				const guess = suggestId(id as string, licenceIds);
				error(file, path, {
					code: 'ref.licence',
					message: 'refers to a licence that is not in catalogue.yaml',
					expected: `one of ${licenceIds.join(', ')}`,
					got: JSON.stringify(id),
					hint: guess ? `did you mean "${guess}"?` : 'add the licence to catalogue.yaml first',
				});
			};
			checkLicence(['licence'], record.licence);
			if (Array.isArray(record.distributions))
				record.distributions.forEach((d, i) => checkLicence(['distributions', i, 'licence'], (d as { licence?: unknown } | null)?.licence));
			if (Array.isArray(record.themes)) {
				record.themes.forEach((theme, i) => {
					if (!can(['themes', i], theme) || themeCodes.includes(theme)) return;
					const guess = suggestId(theme, themeCodes);
					error(file, ['themes', i], {
						code: 'ref.theme',
						message: 'is not one of the catalogue’s themes',
						expected: `one of ${themeCodes.join(', ')}`,
						got: JSON.stringify(theme),
						hint: guess
							? `did you mean "${guess}"? Otherwise add the theme to the themes list in catalogue.yaml`
							: 'add the theme to the themes list in catalogue.yaml, or pick one that is there',
					});
				});
			}
		}
		if (can(['modified'], record.modified, isDate) && can(['issued'], record.issued, isDate) && record.modified < record.issued) {
			error(file, ['modified'], {
				code: 'date.order',
				message: 'is earlier than issued',
				expected: `${record.issued} or later`,
				got: record.modified,
				hint: 'a dataset cannot change before it was first published',
			});
		}
		const coverage = record.temporal_coverage;
		if (
			can(['temporal_coverage', 'end'], coverage?.end, isDate) &&
			can(['temporal_coverage', 'start'], coverage?.start, isDate) &&
			coverage!.end! < coverage!.start
		) {
			error(file, ['temporal_coverage', 'end'], {
				code: 'date.order',
				message: 'is earlier than the start of the coverage',
				expected: `${coverage!.start} or later`,
				got: coverage!.end,
			});
		}
		const bbox = record.spatial_coverage?.bbox;
		if (can(['spatial_coverage', 'bbox'], bbox, isBox) && (bbox![0] > bbox![2] || bbox![1] > bbox![3])) {
			error(file, ['spatial_coverage', 'bbox'], {
				code: 'spatial.bbox-order',
				message: 'has its corners the wrong way round',
				expected: '[west, south, east, north] with west <= east and south <= north',
				got: JSON.stringify(bbox),
			});
		}
	}
	return out;
}

function isBox(value: unknown): boolean {
	return Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number');
}

function findDuplicates(values: readonly string[]): number[] {
	const seen = new Set<string>();
	return values.flatMap((value, index) => (seen.has(value) ? [index] : (seen.add(value), [])));
}
