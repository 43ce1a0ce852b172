/** What changed between two versions of a release schedule (CSV): row by row, matched on `dataset_id`. */
import { readCsv } from '../schedules/read-csv.ts';
import type { Change } from './changes.ts';

/** A schedule row as written: column name → cell text (empty cells left out). */
export type ScheduleRowCells = Record<string, string>;

/** The rows of a schedule's text by `dataset_id`; rows without one, and repeated ones, are left out. */
export function scheduleRows(text: string): Map<string, ScheduleRowCells> {
	const rows = new Map<string, ScheduleRowCells>();
	const { table } = readCsv('schedule.csv', text.replace(/^\ufeff/, ''));
	if (!table) return rows;
	const columns = table.header.cells.map((cell) => cell.value.trim().toLowerCase());
	for (const row of table.rows) {
		const record: ScheduleRowCells = {};
		row.cells.forEach((cell, index) => {
			const column = columns[index];
			if (column && cell.value !== '') record[column] = cell.value;
		});
		const id = record.dataset_id;
		if (id && !rows.has(id)) rows.set(id, record);
	}
	return rows;
}

/** The changes to one row from `before` to `after` (`undefined` when the row was not there). */
export function diffScheduleRow(before: ScheduleRowCells | undefined, after: ScheduleRowCells | undefined): Change[] {
	if (!before && !after) return [];
	if (!before) return [{ type: 'added' }, ...(after!.status === 'released' ? [{ type: 'release-status', to: 'released' } as const] : [])];
	if (!after) return [{ type: 'removed' }];
	const changes: Change[] = [];
	if (before.status !== after.status && after.status) changes.push({ type: 'release-status', from: before.status, to: after.status });
	if (before.planned_release !== after.planned_release && after.planned_release)
		changes.push({ type: 'planned-date', from: before.planned_release, to: after.planned_release });
	if (before.actual_release !== after.actual_release && after.actual_release) changes.push({ type: 'actual-release', to: after.actual_release });
	for (const field of [
		'title_en',
		'title_fr',
		'commitment',
		'high_value',
		'notes_en',
		'notes_fr',
		'delay_reason_en',
		'delay_reason_fr',
		'priority_reason_en',
		'priority_reason_fr',
	]) {
		if (before[field] !== after[field]) changes.push({ type: 'edited', field: field.replace(/_(en|fr)$/, '') });
	}
	return dedupe(changes);
}

function dedupe(changes: Change[]): Change[] {
	const seen = new Set<string>();
	return changes.filter((change) => {
		const key = JSON.stringify(change);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
