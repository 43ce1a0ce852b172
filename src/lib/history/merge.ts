/** One page's history, from the histories of the things it shows (a dataset and its release row; a commitment and its milestones). */
import type { Change, SubjectKey } from './changes.ts';
import type { Commit } from './log.ts';
import type { History } from './read-history.ts';
import { append } from '../append.ts';

/** A change, with what it is about when the page shows more than one thing. */
export interface LabelledChange {
	change: Change;
	/** Say "Release schedule:", "Milestone …:" before it; absent for the page's own subject. */
	context?: string;
}

/** One commit on a page's history. */
export interface PageEntry {
	commit: Commit;
	url?: string;
	changes: LabelledChange[];
}

/** The entries of `subjects` in `history`, merged by commit, newest first. */
export function pageHistory(history: History, subjects: ReadonlyArray<{ key: SubjectKey; context?: string }>): PageEntry[] {
	const byCommit = new Map<string, PageEntry>();
	for (const { key, context } of subjects) {
		for (const entry of history.entries.get(key) ?? []) {
			let page = byCommit.get(entry.commit.id);
			if (!page) {
				page = { commit: entry.commit, url: history.commitUrl?.(entry.commit.id), changes: [] };
				byCommit.set(entry.commit.id, page);
			}
			append(
				page.changes,
				entry.changes.map((change) => ({ change, context })),
			);
		}
	}
	return [...byCommit.values()].sort((a, b) => (a.commit.time < b.commit.time ? 1 : a.commit.time > b.commit.time ? -1 : 0));
}
