/**
 * The few facts of each thing that the scorecard and the events need, kept for every version
 * instead of the whole parsed file (10,000 datasets with 5 years of history would not fit in
 * memory as parsed files). Read defensively: old versions may not match today's schema.
 */
import { boundedText, type SubjectKey } from './changes.ts';
import type { LocalizedText } from '../records.ts';
import { kindOf } from './subjects.ts';
import { fields, list, text } from './values.ts';

export interface DatasetState {
	title: LocalizedText;
	publisher?: string;
	access?: string;
	licence?: string;
	exemption?: string;
	hasRationale: boolean;
	frequency?: string;
	modified?: string;
	highValue: boolean;
	/** The languages in which both the title and the description are given. */
	describedIn: string[];
	distributions: Array<{ format?: string; licence?: string; documented: boolean }>;
}

export interface RequestState {
	title: LocalizedText;
	publisher?: string;
	received?: string;
	updates: Array<{ date?: string; status?: string }>;
	datasets: string[];
}

export interface ReleaseRowState {
	title: LocalizedText;
	publisher?: string;
	planned?: string;
	status?: string;
	actual?: string;
}

export interface MilestoneState {
	title: LocalizedText;
	completion?: string;
	end?: string;
}

/** The facts of a subject, by kind. */
export type SubjectState = DatasetState | RequestState | ReleaseRowState | MilestoneState | Record<string, never>;

/** The facts kept of a dataset file's data. */
export function datasetState(data: unknown): DatasetState {
	const d = fields(data);
	const title = fields(d.title);
	const description = fields(d.description);
	return {
		title: boundedText(d.title),
		publisher: text(d.publisher),
		access: text(d.access_level),
		licence: text(d.licence),
		exemption: text(d.exemption),
		hasRationale: Object.values(fields(d.rationale)).some((v) => typeof v === 'string' && v.trim() !== ''),
		frequency: text(d.update_frequency),
		modified: text(d.modified),
		highValue: d.high_value === true,
		describedIn: Object.keys(title).filter((lang) => typeof title[lang] === 'string' && typeof description[lang] === 'string'),
		distributions: list(d.distributions).map((item) => {
			const distribution = fields(item);
			return {
				format: text(distribution.format),
				licence: text(distribution.licence),
				documented: distribution.schema !== undefined || typeof distribution.data_dictionary === 'string',
			};
		}),
	};
}

/** The facts kept of a request file's data. */
export function requestState(data: unknown): RequestState {
	const r = fields(data);
	return {
		title: boundedText(r.title),
		publisher: text(r.publisher),
		received: text(r.received),
		updates: list(r.updates).map((u) => ({ date: text(fields(u).date), status: text(fields(u).status) })),
		datasets: list(r.datasets).flatMap((id) => (typeof id === 'string' ? [text(id)!] : [])),
	};
}

/** The facts kept of a schedule row (its cells, with the publisher of its file). */
export function releaseRowState(data: unknown): ReleaseRowState {
	const r = fields(data);
	return {
		title: boundedText({ en: r.title_en, fr: r.title_fr }),
		publisher: text(r.publisher),
		planned: text(r.planned_release),
		status: text(r.status),
		actual: text(r.actual_release),
	};
}

/** The facts kept of any subject. */
export function stateOf(key: SubjectKey, data: unknown): SubjectState {
	switch (kindOf(key)) {
		case 'dataset':
			return datasetState(data);
		case 'request':
			return requestState(data);
		case 'release':
			return releaseRowState(data);
		case 'milestone':
			return { title: boundedText(fields(data).title), completion: text(fields(data).completion), end: text(fields(data).end) };
		default:
			return {};
	}
}
