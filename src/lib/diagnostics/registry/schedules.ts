import { defineCodes } from './types.ts';

/** Open-data implementation schedules (CSV) and their rows. */
export const SCHEDULE_CODES = defineCodes({
	'csv.header': { message: 'is not a column of a schedule / is repeated / is empty' },
	'csv.missing-column': { message: 'is missing from the header' },
	'csv.extra-cell': { message: 'has more cells than the header has columns (<n> for <m>)' },
	'csv.quotes': { message: 'has a quoted cell that is never closed / has a quote in the wrong place' },
	'csv.too-many-rows': { message: 'is one row too many: the file has too many rows to be read' },
	'csv.too-many-columns': { message: 'has too many columns' },
	'schedule.publisher': { message: 'is not named after a publisher' },
	'schedule.duplicate': { message: 'is planned twice in this schedule / is already planned in another schedule' },
	'schedule.dataset-publisher': { message: 'is a dataset of another publisher' },
	'schedule.dataset': { message: 'refers to no dataset of <publisher>' },
	'schedule.same-title': { message: 'has the title of the dataset <id>, which the row does not name' },
	'schedule.commitment': { message: 'refers to no commitment of the plan' },
	'schedule.planned-date': { message: 'is not a real date' },
	'schedule.future-release': { message: 'is in the future', hint: 'the actual release date is the day the dataset was published; leave it empty until then' },
	'schedule.released-date': { message: 'is required when status is released', hint: 'give the day the dataset was published, YYYY-MM-DD' },
	'schedule.released-missing': { message: 'is released but has no dataset file' },
	'schedule.released-not-open': { message: 'is released but the dataset is not open' },
	'schedule.release-date-mismatch': { message: 'disagrees with the dataset’s issued date by more than <n> days' },
	'schedule.actual-not-released': { message: 'is given but the status is not released', hint: 'set status to released, or empty the cell' },
	'schedule.delay-reason': {
		message: 'is required when status is delayed',
		hint: 'say why the release is late and what happens next, in delay_reason_en and delay_reason_fr',
	},
	'schedule.overdue': { message: 'is past its planned release date and not released' },
});
