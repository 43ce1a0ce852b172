import type { RequestRecord, RequestUpdateRecord } from '../records.ts';

/** A request of the public request log, with where it came from and where it stands. */
export interface RequestLogEntry extends RequestRecord {
	/** The file it was read from, e.g. `requests/bridge-inspection-reports.yaml`. */
	sourcePath: string;
	/** The last status update: where the request stands now. */
	current: RequestUpdateRecord;
}

/** The request log as the site reads it. */
export interface RequestLog {
	/** Most recently updated first; requests updated the same day by identifier. */
	requests: RequestLogEntry[];
	requestById: Map<string, RequestLogEntry>;
	/** The requests each dataset is concerned by, in the same order. */
	requestsByDataset: Map<string, RequestLogEntry[]>;
}

/** Builds the request log from validated request files (each has at least one update). */
export function buildRequestLog(files: ReadonlyArray<{ record: RequestRecord; sourcePath: string }>): RequestLog {
	const requests = files
		.map(({ record, sourcePath }): RequestLogEntry => ({ ...record, sourcePath, current: record.updates[record.updates.length - 1]! }))
		.sort((a, b) => compare(b.current.date, a.current.date) || compare(a.id, b.id));
	const requestsByDataset = new Map<string, RequestLogEntry[]>();
	for (const request of requests) {
		for (const id of request.datasets ?? []) {
			const list = requestsByDataset.get(id);
			if (list) list.push(request);
			else requestsByDataset.set(id, [request]);
		}
	}
	return { requests, requestById: new Map(requests.map((r) => [r.id, r])), requestsByDataset };
}

/** Orders by code point, not by locale: identifiers and ISO dates sort the same everywhere. */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
