/**
 * Which things of the catalogue a file holds, by the file's place: a dataset file holds one
 * dataset, a request file one request, a plan its commitments and milestones, a release schedule
 * its rows. Each thing gets a {@link SubjectKey}; its history is the changes to that key.
 */
import { parseYaml } from '../load/parse-yaml.ts';
import { decodeSource } from '../load/read-source.ts';
import type { Change, SubjectKey, SubjectKind } from './changes.ts';
import { diffDataset } from './diff-dataset.ts';
import { diffCommitment, diffMilestone, planParts } from './diff-plan.ts';
import { diffRequest } from './diff-request.ts';
import { diffScheduleRow, scheduleRows, type ScheduleRowCells } from './diff-schedule.ts';

/** The kind of catalogue file at `path` (relative to the catalogue folder), or `undefined` for other files. */
export function fileKind(path: string): { kind: 'dataset' | 'request' | 'plan' | 'schedule'; stem: string; folder?: string } | undefined {
	let match = /^datasets\/([^/]+)\/([^/.]+)\.yaml$/.exec(path);
	if (match) return { kind: 'dataset', folder: match[1]!, stem: match[2]! };
	match = /^requests\/([^/]+)\.yaml$/.exec(path);
	if (match) return { kind: 'request', stem: match[1]! };
	match = /^schedules\/([^/]+)\.yaml$/.exec(path);
	if (match) return { kind: 'plan', stem: match[1]! };
	match = /^schedules\/([^/]+)\.csv$/.exec(path);
	if (match) return { kind: 'schedule', stem: match[1]! };
	return undefined;
}

/** A file's content read as data, or why it could not be. */
export type ReadOutcome = { data: unknown } | { problem: string };

/** Parses one version of a file; a problem (encoding, size, syntax) is returned, never thrown. */
export function readVersion(path: string, bytes: Uint8Array): ReadOutcome {
	const isCsv = path.endsWith('.csv');
	const decoded = decodeSource(path, bytes, { expectBom: isCsv });
	if (decoded.text === undefined) return { problem: bounded(decoded.diagnostics[0]?.message ?? 'cannot be read') };
	if (isCsv) {
		try {
			return { data: scheduleRows(decoded.text) };
		} catch (error) {
			return { problem: bounded((error as Error).message) };
		}
	}
	const { parsed, diagnostics } = parseYaml(path, decoded.text);
	if (!parsed) {
		const first = diagnostics.find((d) => d.severity === 'error');
		return { problem: bounded(first ? `line ${first.line}: ${first.message}` : 'is not valid YAML') };
	}
	return { data: parsed.data };
}

/** A problem's text, one line of at most 200 characters. */
function bounded(message: string): string {
	const line = message.split('\n', 1)[0]!;
	return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The things a parsed file holds, by key. A schedule row carries its publisher (the file's name) as `publisher`. */
export function subjectsOf(path: string, data: unknown): Map<SubjectKey, unknown> {
	const file = fileKind(path);
	const out = new Map<SubjectKey, unknown>();
	if (!file || data === null || data === undefined) return out;
	switch (file.kind) {
		case 'dataset':
			out.set(`dataset:${file.stem}`, data);
			break;
		case 'request':
			out.set(`request:${file.stem}`, data);
			break;
		case 'plan': {
			const { commitments, milestones } = planParts(data);
			for (const [id, value] of commitments) out.set(`commitment:${id}`, value);
			for (const [id, value] of milestones) out.set(`milestone:${id}`, value);
			break;
		}
		case 'schedule':
			for (const [id, row] of data as Map<string, ScheduleRowCells>) out.set(`release:${id}`, { ...row, publisher: file.stem });
			break;
	}
	return out;
}

/** The kind of a subject key: `dataset:x` → `dataset`. */
export function kindOf(key: SubjectKey): SubjectKind {
	return key.slice(0, key.indexOf(':')) as SubjectKind;
}

/** The changes to subject `key` from `before` to `after` (`undefined`: not there). */
export function diffSubject(key: SubjectKey, before: unknown, after: unknown): Change[] {
	switch (kindOf(key)) {
		case 'dataset':
			return diffDataset(before, after);
		case 'request':
			return diffRequest(before, after);
		case 'commitment':
			return diffCommitment(before, after);
		case 'milestone':
			return diffMilestone(before, after);
		case 'release':
			return diffScheduleRow(before as ScheduleRowCells | undefined, after as ScheduleRowCells | undefined);
	}
}
