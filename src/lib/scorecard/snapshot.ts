/**
 * What the scorecard measures: the catalogue as it stood on one date, reduced to the facts the
 * measures need. Today's comes from the validated catalogue; a past one from the history's versions.
 */
import type { SubjectKey } from '../history/changes.ts';
import type { History, Version } from '../history/read-history.ts';
import { datasetState, requestState, type DatasetState, type ReleaseRowState, type RequestState } from '../history/states.ts';
import type { Catalogue } from '../model/catalogue.ts';

export interface Snapshot {
	/** The date it describes, `YYYY-MM-DD`. */
	date: string;
	datasets: Array<DatasetState & { id: string }>;
	releases: Array<ReleaseRowState & { id: string }>;
	requests: Array<RequestState & { id: string }>;
}

/** The catalogue today, judged on its as-of date. */
export function currentSnapshot(catalogue: Catalogue): Snapshot {
	return {
		date: catalogue.schedule.asOf,
		datasets: catalogue.datasets.map((dataset) => ({ ...datasetState(dataset), id: dataset.identifier })),
		releases: catalogue.schedule.releases.map((release) => ({
			id: release.datasetId,
			title: release.title ?? {},
			publisher: release.publisher,
			planned: release.planned.text,
			status: release.status,
			actual: release.actualRelease,
		})),
		requests: catalogue.requests.map((request) => ({ ...requestState(request), id: request.id })),
	};
}

/** The catalogue at the end of `date`, from the history's versions (what existed then, as it was then). */
export function snapshotAt(history: History, date: string): Snapshot {
	const end = `${date}T23:59:59Z`;
	const snapshot: Snapshot = { date, datasets: [], releases: [], requests: [] };
	for (const [key, versions] of history.versions) {
		const state = versionAt(versions, end)?.state;
		if (!state) continue;
		const id = idOf(key);
		if (key.startsWith('dataset:')) snapshot.datasets.push({ ...(state as DatasetState), id });
		else if (key.startsWith('release:')) snapshot.releases.push({ ...(state as ReleaseRowState), id });
		else if (key.startsWith('request:')) snapshot.requests.push({ ...(state as RequestState), id });
	}
	return snapshot;
}

/** The snapshot's things of one publisher. */
export function forPublisher(snapshot: Snapshot, publisher: string): Snapshot {
	return {
		date: snapshot.date,
		datasets: snapshot.datasets.filter((d) => d.publisher === publisher),
		releases: snapshot.releases.filter((r) => r.publisher === publisher),
		requests: snapshot.requests.filter((r) => r.publisher === publisher),
	};
}

/** The last version at or before `time` (binary search: versions are oldest first). */
function versionAt(versions: readonly Version[], time: string): Version | undefined {
	let low = 0;
	let high = versions.length - 1;
	let found: Version | undefined;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (versions[mid]!.time <= time) {
			found = versions[mid];
			low = mid + 1;
		} else high = mid - 1;
	}
	return found;
}

function idOf(key: SubjectKey): string {
	return key.slice(key.indexOf(':') + 1);
}
