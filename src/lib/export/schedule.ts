/**
 * `schedule.csv` and `schedule.json`: every planned release of every ministry's schedule, with its
 * state on the build's as-of date and the addresses of its row and of its dataset. The JSON also
 * carries the implementation plans with their commitments and milestones.
 */
import type { Catalogue } from '../model/catalogue.ts';
import type { DcatIris } from './dcat-ap/iris.ts';
import { toCsv, type CsvValue } from './csv.ts';

/** One planned release as the exports write it, with a text column per catalogue language. */
export type ScheduleExportRow = Record<string, CsvValue>;

/** The export columns, `title_en`, `title_fr`… following the catalogue's languages. */
export function scheduleColumns(languages: readonly string[]): string[] {
	const perLanguage = (base: string) => languages.map((lang) => `${base}_${lang}`);
	return [
		'publisher',
		'dataset_id',
		...perLanguage('title'),
		'in_catalogue',
		'planned_release',
		'due_by',
		'status',
		'state',
		'actual_release',
		'on_time',
		'high_value',
		'commitment',
		...perLanguage('priority_reason'),
		...perLanguage('notes'),
		...perLanguage('delay_reason'),
		'schedule_url',
		'dataset_url',
	];
}

/** The rows of the export, in due-date order. */
export function scheduleRows(catalogue: Catalogue, iris: DcatIris): ScheduleExportRow[] {
	const lang = catalogue.defaultLanguage;
	return catalogue.schedule.releases.map((release) => {
		const dataset = catalogue.datasetById.get(release.datasetId);
		const texts: ScheduleExportRow = {};
		for (const code of catalogue.languages) {
			texts[`title_${code}`] = dataset?.title[code] ?? release.title?.[code];
			texts[`priority_reason_${code}`] = release.priorityReason?.[code];
			texts[`notes_${code}`] = release.notes?.[code];
			texts[`delay_reason_${code}`] = release.delayReason?.[code];
		}
		return {
			publisher: release.publisher,
			dataset_id: release.datasetId,
			in_catalogue: dataset !== undefined,
			planned_release: release.planned.text,
			due_by: release.planned.end,
			status: release.status,
			state: release.state,
			actual_release: release.actualRelease,
			on_time: release.onTime,
			high_value: release.highValue,
			commitment: release.commitment,
			schedule_url: `${iris.page(lang, { page: 'schedulePublisher', id: release.publisher })}#${release.anchor}`,
			dataset_url: dataset ? iris.page(lang, { page: 'dataset', id: dataset.identifier }) : undefined,
			...texts,
		};
	});
}

/** `schedule.csv`. */
export function toScheduleCsv(catalogue: Catalogue, iris: DcatIris): string {
	return toCsv(scheduleColumns(catalogue.languages), scheduleRows(catalogue, iris));
}

/** `schedule.json`: the as-of date, the plans, and the releases (empty values left out). */
export function toScheduleJson(catalogue: Catalogue, iris: DcatIris): object {
	const { schedule } = catalogue;
	const lang = catalogue.defaultLanguage;
	return {
		as_of: schedule.asOf,
		plans: schedule.plans.map(({ sourcePath, commitments, ...plan }) => ({
			...plan,
			commitments: commitments.map(({ planId, ...commitment }) => ({ ...commitment, url: iris.page(lang, { page: 'commitment', id: commitment.id }) })),
		})),
		releases: scheduleRows(catalogue, iris).map(withoutEmpty),
	};
}

/** Drops undefined values, so JSON readers see absent rather than null fields. */
export function withoutEmpty(row: Record<string, CsvValue>): Record<string, string | number | boolean> {
	return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as Record<string, string | number | boolean>;
}
