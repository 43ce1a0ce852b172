/** What changed between two versions of a request file: its status updates and the datasets it led to. */
import type { Change } from './changes.ts';
import { fields, list, sameValue, text } from './values.ts';

/** The most datasets of a request kept from one version. */
const MAX_LINKED = 50;

/** The last status update of a parsed request file. */
function lastUpdate(request: Record<string, unknown>): { status?: string; date?: string } {
	const updates = list(request.updates);
	const last = fields(updates[updates.length - 1]);
	return { status: text(last.status), date: text(last.date) };
}

function datasetIds(request: Record<string, unknown>): string[] {
	return list(request.datasets)
		.slice(0, MAX_LINKED)
		.flatMap((id) => (typeof id === 'string' ? [text(id)!] : []));
}

/**
 * The changes from `before` to `after` (parsed request files, `undefined` when absent): a new
 * status (with the date of its update), datasets linked or unlinked, and edits to the title and summary.
 */
export function diffRequest(before: unknown, after: unknown): Change[] {
	if (before === undefined && after === undefined) return [];
	if (after === undefined) return [{ type: 'removed' }];
	const b = fields(after);
	const now = lastUpdate(b);
	if (before === undefined) {
		const changes: Change[] = [{ type: 'added' }];
		if (now.status) changes.push({ type: 'request-status', to: now.status, date: now.date });
		const ids = datasetIds(b);
		if (ids.length) changes.push({ type: 'request-datasets', added: ids, removed: [] });
		return changes;
	}
	const a = fields(before);
	const changes: Change[] = [];
	const then = lastUpdate(a);
	if (now.status && (now.status !== then.status || list(a.updates).length !== list(b.updates).length))
		changes.push({ type: 'request-status', from: then.status, to: now.status, date: now.date });
	const [oldIds, newIds] = [datasetIds(a), datasetIds(b)];
	const added = newIds.filter((id) => !oldIds.includes(id));
	const removed = oldIds.filter((id) => !newIds.includes(id));
	if (added.length || removed.length) changes.push({ type: 'request-datasets', added, removed });
	for (const field of ['title', 'summary', 'publisher', 'type', 'received'] as const)
		if (!sameValue(a[field], b[field])) changes.push({ type: 'edited', field });
	return changes;
}
