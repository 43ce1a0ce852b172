/**
 * The catalogue's events, for the "what changed" page and its feed: datasets added and removed,
 * access opened or restricted, releases made and missed, milestones completed, requests received
 * and answered with the datasets they led to. All come from the history except missed releases,
 * which come from the schedule's dates: a planned release not made by the end of its planned
 * day, month or quarter is missed the day after, as the row stood then.
 */
import type { LocalizedText } from '../records.ts';
import { parsePlannedDate } from '../schedules/planned-date.ts';
import type { SubjectKey } from './changes.ts';
import type { Commit } from './log.ts';
import type { History, Version } from './read-history.ts';
import type { ReleaseRowState } from './states.ts';
import { append } from '../append.ts';

export type EventKind =
	| 'dataset-added'
	| 'dataset-removed'
	| 'access-opened'
	| 'access-restricted'
	| 'release-made'
	| 'release-missed'
	| 'milestone-completed'
	| 'request-received'
	| 'request-status'
	| 'request-datasets';

/** One event. */
export interface CatalogueEvent {
	kind: EventKind;
	/** When it happened: the commit's time, or for a missed release the start of the day after its due date. */
	time: string;
	subject: SubjectKey;
	/** The thing's title at the time, when its file gave one. */
	title: LocalizedText;
	/** The publisher concerned, when known. */
	publisher?: string;
	commit?: Commit;
	/** The value before and after (access level, request status), the datasets linked, or the due date missed. */
	from?: string;
	to?: string;
	datasets?: string[];
}

/** The events of `history` up to `asOf` (`YYYY-MM-DD`), newest first (same time: by subject). */
export function catalogueEvents(history: History, asOf: string): CatalogueEvent[] {
	const events: CatalogueEvent[] = [];
	const end = `${asOf}T23:59:59Z`;
	for (const [subject, entries] of history.entries) {
		const versions = history.versions.get(subject) ?? [];
		for (const entry of entries) {
			if (entry.commit.time > end) continue;
			const state = stateAt(versions, entry.commit.id) ?? lastStateBefore(versions, entry.commit.time);
			const base = {
				time: entry.commit.time,
				subject,
				commit: entry.commit,
				title: (state as { title?: LocalizedText } | undefined)?.title ?? {},
				publisher: (state as { publisher?: string } | undefined)?.publisher,
			};
			const kind = subject.slice(0, subject.indexOf(':'));
			for (const change of entry.changes) {
				if (kind === 'dataset' && change.type === 'added') events.push({ ...base, kind: 'dataset-added' });
				else if (kind === 'dataset' && change.type === 'removed') events.push({ ...base, kind: 'dataset-removed' });
				else if (change.type === 'access' && change.to === 'open') events.push({ ...base, kind: 'access-opened', from: change.from, to: change.to });
				else if (change.type === 'access' && (change.to === 'restricted' || change.from === 'open'))
					events.push({ ...base, kind: 'access-restricted', from: change.from, to: change.to });
				else if (change.type === 'release-status' && change.to === 'released') events.push({ ...base, kind: 'release-made', from: change.from, to: change.to });
				else if (change.type === 'milestone-completion' && change.to === 'complete')
					events.push({ ...base, kind: 'milestone-completed', from: change.from, to: change.to });
				else if (kind === 'request' && change.type === 'added') events.push({ ...base, kind: 'request-received' });
				else if (change.type === 'request-status' && change.from !== undefined)
					events.push({ ...base, kind: 'request-status', from: change.from, to: change.to });
				else if (change.type === 'request-datasets' && change.added.length) events.push({ ...base, kind: 'request-datasets', datasets: change.added });
			}
		}
	}
	for (const [subject, versions] of history.versions) if (subject.startsWith('release:')) append(events, missedReleases(subject, versions, asOf));
	return events.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
}

/**
 * The days a release row became overdue: for each version of the row, when its due date passed
 * while that version was in force and it was neither released nor cancelled.
 */
export function missedReleases(subject: SubjectKey, versions: readonly Version[], asOf: string): CatalogueEvent[] {
	const events: CatalogueEvent[] = [];
	versions.forEach((version, index) => {
		const row = version.state as ReleaseRowState | undefined;
		if (!row?.planned || row.status === 'released' || row.status === 'cancelled') return;
		const due = parsePlannedDate(row.planned);
		if (!due) return;
		const missed = dayAfter(due.end);
		const from = version.time.slice(0, 10);
		const until = versions[index + 1]?.time.slice(0, 10);
		if (missed > from && (until === undefined || missed <= until) && missed <= asOf) {
			events.push({ kind: 'release-missed', time: `${missed}T00:00:00Z`, subject, title: row.title, publisher: row.publisher, to: row.planned });
		}
	});
	return events;
}

function stateAt(versions: readonly Version[], commit: string): Version['state'] | undefined {
	return versions.find((v) => v.commit === commit)?.state;
}

function lastStateBefore(versions: readonly Version[], time: string): Version['state'] | undefined {
	let found: Version['state'] | undefined;
	for (const version of versions) {
		if (version.time > time) break;
		if (version.state) found = version.state;
	}
	return found;
}

function dayAfter(isoDate: string): string {
	return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
