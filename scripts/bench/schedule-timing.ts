/**
 * Times the release-schedule part of validation in-process: reading, parsing and validating every
 * row of `schedules/*.csv`, the cross-checks against the datasets, and the schedule model. Timing
 * it apart from a whole `validate` run keeps the figure readable on a busy machine, where two whole
 * runs differ by more than the schedules cost. Dataset files are read beforehand, outside the timing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { buildSchedule } from '../../src/lib/model/build-schedule.ts';
import type { DatasetRecord } from '../../src/lib/records.ts';
import { discoverSources } from '../../src/lib/load/discover.ts';
import { checkSchedules } from '../../src/lib/schedules/check-schedules.ts';
import { readScheduleFiles, scheduleRowSources } from '../../src/lib/schedules/read-schedule-file.ts';
import { getValidators } from '../../src/lib/validate/schemas.ts';

/** The fastest of `runs` timings, in seconds, with the rows read and the problems found. */
export function timeSchedules(dir: string, asOf: string, runs = 3): { seconds: number; rows: number; errors: number; warnings: number } {
	const { files } = discoverSources(dir);
	const datasetFiles = files.filter((f) => f.kind === 'dataset');
	const datasets = new Map(datasetFiles.map((f) => [f.stem, load(readFileSync(join(dir, f.path), 'utf8')) as DatasetRecord]));
	const input = {
		datasetFolders: new Map(datasetFiles.map((f) => [f.stem, f.folder!])),
		publisherStems: files.filter((f) => f.kind === 'publisher').map((f) => f.stem),
	};
	const validate = getValidators().scheduleRow;
	let best = Infinity;
	let result = { rows: 0, errors: 0, warnings: 0 };
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		const read = readScheduleFiles(
			dir,
			files.filter((f) => f.kind === 'schedule'),
			validate,
			['en', 'fr'],
		);
		const diagnostics = [...read.diagnostics, ...checkSchedules({ ...input, schedules: read.schedules, datasets, commitmentIds: ['release-schedule'], asOf })];
		const model = buildSchedule([], scheduleRowSources(read.schedules), asOf);
		best = Math.min(best, (performance.now() - started) / 1000);
		const errors = diagnostics.filter((d) => d.severity === 'error').length;
		result = { rows: model.releases.length, errors, warnings: diagnostics.length - errors };
	}
	return { seconds: best, ...result };
}
