/**
 * The checks of release schedules against the rest of the catalogue: each schedule belongs to a
 * publisher, each row's dataset resolves to one of that publisher's datasets (or the row gives
 * the title of a dataset not described yet), a dataset is planned once, a released row has its
 * date and an open dataset whose issued date agrees, a delayed row says why, and a planned
 * release past its date (as of the build's date) is reported as overdue.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';
import type { DatasetRecord, ScheduleRowRecord } from '../records.ts';
import { didYouMean } from '../validate/did-you-mean.ts';
import { suggestId } from '../validate/suggest-id.ts';
import { daysBetween, parsePlannedDate } from './planned-date.ts';
import type { ScheduleRowEntry, UnverifiedRowEntry } from './read-schedule.ts';
import { append } from '../append.ts';

/** The rows of one schedule file that passed the row schema. */
export interface ScheduleFile {
	file: string;
	/** The file name without `.csv`: the publisher's id. */
	stem: string;
	rows: ScheduleRowEntry[];
	/** The rows that failed the row schema or have an impossible date; their sound cells are still checked. */
	unverifiedRows?: UnverifiedRowEntry[];
}

export interface ScheduleCheckInput {
	schedules: readonly ScheduleFile[];
	/** The schema-valid datasets, by identifier. */
	datasets: ReadonlyMap<string, DatasetRecord>;
	/** Every dataset file found, valid or not (identifier → publisher folder), so a broken dataset file is not also reported as missing. */
	datasetFolders: ReadonlyMap<string, string>;
	publisherStems: readonly string[];
	commitmentIds: readonly string[];
	/** The date the schedule is judged on, `YYYY-MM-DD`. */
	asOf: string;
}

/** How far an issued date may be from the actual release before it is worth a warning. */
export const RELEASE_DATE_TOLERANCE_DAYS = 31;

type Rest = Omit<Diagnostic, 'severity' | 'file' | 'line' | 'column' | 'field'>;

/** Every cross-check of every schedule, all reported together. */
export function checkSchedules(input: ScheduleCheckInput): Diagnostic[] {
	const out: Diagnostic[] = [];
	const publishers = new Set(input.publisherStems);
	const plannedIn = new Map<string, { file: string; row: number }>();
	for (const schedule of input.schedules) {
		if (!publishers.has(schedule.stem)) {
			const guess = didYouMean(schedule.stem, [...publishers]);
			out.push({
				severity: 'error',
				code: 'schedule.publisher',
				file: schedule.file,
				line: 1,
				column: 1,
				field: '',
				message: 'is not named after a publisher',
				expected: 'schedules/<publisher-id>.csv',
				got: JSON.stringify(schedule.stem),
				hint: guess
					? `did you mean schedules/${guess}.csv?`
					: `name the file after the publisher whose releases it plans: ${[...publishers].map((p) => `${p}.csv`).join(', ')}`,
			});
			continue;
		}
		for (const entry of schedule.rows) append(out, checkRow(schedule, entry, input, plannedIn));
		for (const entry of schedule.unverifiedRows ?? []) append(out, checkUnverifiedRow(schedule, entry, input));
	}
	return out;
}

/** The identifier of a dataset of `publisher` whose title in some language is the row's title, ignoring case. */
function sameTitle(record: ScheduleRowRecord, publisher: string, input: ScheduleCheckInput): string | undefined {
	const titles = [record.title_en, record.title_fr].filter((t): t is string => t !== undefined).map((t) => t.trim().toLowerCase());
	for (const [id, dataset] of input.datasets) {
		if (input.datasetFolders.get(id) !== publisher) continue;
		if (Object.values(dataset.title).some((t) => t !== undefined && titles.includes(t.trim().toLowerCase()))) return id;
	}
	return undefined;
}

/** A row that names a commitment of no plan. */
function checkCommitment(
	schedule: ScheduleFile,
	entry: { row: { number: number }; at: ScheduleRowEntry['at'] },
	commitment: string | undefined,
	commitmentIds: readonly string[],
): Diagnostic[] {
	if (commitment === undefined || commitmentIds.includes(commitment)) return [];
	const guess = suggestId(commitment, commitmentIds);
	const hint = guess
		? `did you mean "${guess}"?`
		: commitmentIds.length
			? `the commitments are: ${commitmentIds.join(', ')}`
			: 'there is no plan in schedules/ yet; leave the cell empty';
	return [
		{
			severity: 'error',
			file: schedule.file,
			...entry.at('commitment'),
			field: `row ${entry.row.number}:commitment`,
			code: 'schedule.commitment',
			message: 'refers to no commitment of the plan',
			got: JSON.stringify(commitment),
			hint,
		},
	];
}

/** A row of `stem`'s schedule naming dataset `id`, which is filed under another publisher, `folder`. */
function ofAnotherPublisher(stem: string, folder: string, id: string) {
	return {
		code: 'schedule.dataset-publisher',
		message: 'is a dataset of another publisher',
		expected: `a dataset in datasets/${stem}/`,
		got: `datasets/${folder}/${id}.yaml`,
		hint: `move the row to schedules/${folder}.csv`,
	} as const;
}

/**
 * The checks of a row whose other cells were already reported: those of its cells that need no
 * other cell (the commitment, and the dataset's publisher), so one run shows every problem of the row.
 */
function checkUnverifiedRow(schedule: ScheduleFile, entry: UnverifiedRowEntry, input: ScheduleCheckInput): Diagnostic[] {
	const out: Diagnostic[] = [];
	if (!entry.reported.has('commitment')) append(out, checkCommitment(schedule, entry, entry.cells.commitment, input.commitmentIds));
	const id = entry.cells.dataset_id;
	const folder = id === undefined || entry.reported.has('dataset_id') ? undefined : input.datasetFolders.get(id);
	if (id !== undefined && folder !== undefined && folder !== schedule.stem) {
		out.push({ severity: 'error', file: schedule.file, ...entry.at('dataset_id'), field: `row ${entry.row.number}:dataset_id`, ...ofAnotherPublisher(schedule.stem, folder, id) });
	}
	return out;
}

function checkRow(
	schedule: ScheduleFile,
	entry: ScheduleRowEntry,
	input: ScheduleCheckInput,
	plannedIn: Map<string, { file: string; row: number }>,
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const { record, row } = entry;
	const problem = (severity: Diagnostic['severity'], column: keyof ScheduleRowRecord, rest: Rest) =>
		out.push({ severity, file: schedule.file, ...entry.at(column), field: `row ${row.number}:${column}`, ...rest });
	const error = (column: keyof ScheduleRowRecord, rest: Rest) => problem('error', column, rest);
	const id = record.dataset_id;

	const earlier = plannedIn.get(id);
	if (earlier) {
		const here = earlier.file === schedule.file;
		error('dataset_id', {
			code: 'schedule.duplicate',
			message: here ? 'is planned twice in this schedule' : 'is already planned in another schedule',
			got: JSON.stringify(id),
			hint: `${here ? '' : `${earlier.file} `}row ${earlier.row} plans the same dataset; keep one row per dataset`,
		});
	} else {
		plannedIn.set(id, { file: schedule.file, row: row.number });
	}

	const folder = input.datasetFolders.get(id);
	const dataset = input.datasets.get(id);
	const hasTitle = record.title_en !== undefined || record.title_fr !== undefined;
	if (folder !== undefined && folder !== schedule.stem) {
		error('dataset_id', ofAnotherPublisher(schedule.stem, folder, id));
	} else if (folder === undefined && hasTitle) {
		const twin = sameTitle(record, schedule.stem, input);
		if (twin)
			problem('warning', 'dataset_id', {
				code: 'schedule.same-title',
				message: `has the title of the dataset ${twin}, which the row does not name`,
				got: JSON.stringify(id),
				hint: `if the row plans that dataset, set dataset_id to ${twin}; otherwise give the row a title of its own`,
			});
	} else if (folder === undefined && !hasTitle && record.status !== 'released') {
		const own = [...input.datasetFolders].filter(([, f]) => f === schedule.stem).map(([d]) => d);
		const guess = didYouMean(id, own);
		error('dataset_id', {
			code: 'schedule.dataset',
			message: `refers to no dataset of ${schedule.stem}`,
			got: JSON.stringify(id),
			hint: guess
				? `did you mean "${guess}"?`
				: `for a dataset not described yet, give its title in title_en and title_fr; otherwise use the identifier of a file in datasets/${schedule.stem}/`,
		});
	}

	append(out, checkCommitment(schedule, entry, record.commitment, input.commitmentIds));

	if (record.actual_release !== undefined && record.actual_release > input.asOf) {
		error('actual_release', {
			code: 'schedule.future-release',
			message: 'is in the future',
			expected: `${input.asOf} or earlier`,
			got: record.actual_release,
			hint: hintOf('schedule.future-release'),
		});
	}
	if (record.status === 'released') {
		if (record.actual_release === undefined) {
			error('actual_release', { code: 'schedule.released-date', message: 'is required when status is released', hint: hintOf('schedule.released-date') });
		}
		if (folder === undefined) {
			error('dataset_id', {
				code: 'schedule.released-missing',
				message: 'is released but has no dataset file',
				got: JSON.stringify(id),
				hint: `describe the released dataset in datasets/${schedule.stem}/${id}.yaml with access_level: open`,
			});
		} else if (dataset && dataset.access_level !== 'open') {
			error('status', {
				code: 'schedule.released-not-open',
				message: 'is released but the dataset is not open',
				got: `access_level: ${dataset.access_level} in datasets/${folder}/${id}.yaml`,
				hint: 'set the dataset’s access_level to open with its licence and distributions, or change the status',
			});
		} else if (dataset && record.actual_release !== undefined && Math.abs(daysBetween(dataset.issued, record.actual_release)) > RELEASE_DATE_TOLERANCE_DAYS) {
			problem('warning', 'actual_release', {
				code: 'schedule.release-date-mismatch',
				message: `disagrees with the dataset’s issued date by more than ${RELEASE_DATE_TOLERANCE_DAYS} days`,
				expected: `about ${dataset.issued} (issued in datasets/${folder}/${id}.yaml)`,
				got: record.actual_release,
				hint: 'one of the two dates is probably wrong; the issued date is when the dataset was first published',
			});
		}
	} else if (record.actual_release !== undefined) {
		error('actual_release', {
			code: 'schedule.actual-not-released',
			message: 'is given but the status is not released',
			got: record.actual_release,
			hint: hintOf('schedule.actual-not-released'),
		});
	}

	if (record.status === 'delayed' && record.delay_reason_en === undefined && record.delay_reason_fr === undefined) {
		error('delay_reason_en', { code: 'schedule.delay-reason', message: 'is required when status is delayed', hint: hintOf('schedule.delay-reason') });
	}
	const planned = parsePlannedDate(record.planned_release)!;
	if ((record.status === 'planned' || record.status === 'in_progress') && planned.end < input.asOf) {
		problem('warning', 'planned_release', {
			code: 'schedule.overdue',
			message: `is overdue: due by ${planned.end}, not released as of ${input.asOf}`,
			hint: 'once released set status to released with actual_release; if it is late for a reason, set status to delayed and give delay_reason_en and delay_reason_fr',
		});
	}
	return out;
}
