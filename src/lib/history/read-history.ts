/**
 * The history of every dataset, request, commitment, milestone and release-schedule row, from git:
 * one `git log` for the whole repository, one `git cat-file` for sizes and one for the contents of
 * the file versions needed, then a walk through the commits, oldest first, diffing each thing's
 * successive versions. A version that cannot be read is skipped with a note; the next readable one
 * is compared with the last readable one. A shallow clone gives the history it has, with its start
 * marked; a folder outside git gives none. Nothing here throws for bad content.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_SOURCE_BYTES } from '../load/read-source.ts';
import type { Change, SubjectKey } from './changes.ts';
import { blobSizes, gitOutput, gitStatus, streamBlobs } from './git.ts';
import { readLog, type Commit, type FileChange, type LoggedCommit } from './log.ts';
import { stateOf, type SubjectState } from './states.ts';
import { diffSubject, fileKind, readVersion, subjectsOf } from './subjects.ts';

/** One commit in the history of one thing. */
export interface HistoryEntry {
	commit: Commit;
	changes: Change[];
}

/** One version of one thing: its facts after a commit (`undefined`: it was removed). */
export interface Version {
	time: string;
	commit: string;
	state: SubjectState | undefined;
}

/** Why the history is incomplete or absent. */
export type HistoryNotice = { kind: 'shallow'; since: string } | { kind: 'no-git' } | { kind: 'failed'; message: string };

/** The catalogue's history. */
export interface History {
	state: 'full' | 'shallow' | 'none';
	notice?: HistoryNotice;
	/** The time of the first commit the history starts from, when there is one. */
	since?: string;
	/** The commit web page of a commit, when the repository's address is known. */
	commitUrl?: (id: string) => string;
	/** Each thing's changes, oldest first. */
	entries: Map<SubjectKey, HistoryEntry[]>;
	/** Each thing's versions, oldest first (the first version of a shallow history is its state at the cut). */
	versions: Map<SubjectKey, Version[]>;
	/** Versions that could not be read and were skipped. */
	skipped: Array<{ path: string; commit: string; problem: string }>;
	commitCount: number;
}

/** How to read the history. */
export interface HistoryOptions {
	/** `owner/name` of the repository on GitHub, for links to commits. */
	repository?: string;
}

/** The history of the catalogue in folder `root`. */
export async function readHistory(root: string, { repository }: HistoryOptions = {}): Promise<History> {
	const commitUrl = repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? (id: string) => `https://github.com/${repository}/commit/${id}` : undefined;
	const empty = (state: History['state'], notice?: HistoryNotice): History => ({
		state,
		notice,
		commitUrl,
		entries: new Map(),
		versions: new Map(),
		skipped: [],
		commitCount: 0,
	});
	const { state } = gitStatus(root);
	if (state === 'none') return empty('none', { kind: 'no-git' });
	try {
		const commits = await readLog(root);
		const boundary = state === 'shallow' ? await shallowBoundary(root) : new Set<string>();
		const history = await walk(root, commits, boundary);
		const since = commits[0]?.time;
		return { ...history, state, since, commitUrl, notice: state === 'shallow' ? { kind: 'shallow', since: since ?? '' } : undefined };
	} catch (error) {
		return empty('none', { kind: 'failed', message: (error as Error).message.slice(0, 300) });
	}
}

/** The commits a shallow clone was cut at (their parents are missing). */
async function shallowBoundary(root: string): Promise<Set<string>> {
	const path = (await gitOutput(root, ['rev-parse', '--git-path', 'shallow'])).toString('utf8').trim();
	try {
		return new Set(readFileSync(resolve(root, path), 'utf8').split('\n').filter(Boolean));
	} catch {
		return new Set();
	}
}

async function walk(root: string, commits: readonly LoggedCommit[], boundary: ReadonlySet<string>): Promise<Omit<History, 'state' | 'commitUrl'>> {
	const wanted = [...new Set(commits.flatMap((c) => c.changes.filter((f) => f.blob && fileKind(f.path)).map((f) => f.blob!)))];
	const sizes = await blobSizes(root, wanted);
	const readable = (change: FileChange) =>
		change.status !== 'D' && fileKind(change.path) !== undefined && (sizes.get(change.blob!) ?? Infinity) <= MAX_SOURCE_BYTES;
	// Streamed in the order the walk reads them: the walk holds one file version at a time.
	const blobs = streamBlobs(
		root,
		commits.flatMap((c) => c.changes.filter(readable).map((f) => f.blob!)),
	);
	const entries = new Map<SubjectKey, HistoryEntry[]>();
	const versions = new Map<SubjectKey, Version[]>();
	const skipped: History['skipped'] = [];
	/** The last readable data of each file, and what it holds. */
	const files = new Map<string, Map<SubjectKey, unknown>>();
	for (const commit of commits) {
		const before = new Map<SubjectKey, unknown>();
		const after = new Map<SubjectKey, unknown>();
		const touched = new Set<SubjectKey>();
		const unreadable = new Map<SubjectKey, string>();
		for (const change of commit.changes) {
			if (!fileKind(change.path)) continue;
			const old = files.get(change.path);
			let now: Map<SubjectKey, unknown> | undefined;
			if (change.status !== 'D') {
				const outcome = readBlob(change.path, readable(change) ? ((await blobs.next()).value ?? undefined) : undefined, sizes.get(change.blob!));
				if ('problem' in outcome) {
					skipped.push({ path: change.path, commit: commit.id, problem: outcome.problem });
					for (const key of old?.keys() ?? [fallbackKey(change.path)]) if (key) unreadable.set(key, outcome.problem);
					continue;
				}
				now = subjectsOf(change.path, outcome.data);
			}
			for (const [key, value] of old ?? []) {
				before.set(key, value);
				touched.add(key);
			}
			for (const [key, value] of now ?? []) {
				after.set(key, value);
				touched.add(key);
			}
			if (now) files.set(change.path, now);
			else files.delete(change.path);
		}
		const isBoundary = boundary.has(commit.id);
		for (const key of touched) {
			const changes = isBoundary ? [] : detach(diffSubject(key, before.get(key), after.get(key)));
			if (changes.length || isBoundary)
				push(versions, key, { time: commit.time, commit: commit.id, state: after.has(key) ? detach(stateOf(key, after.get(key))) : undefined });
			if (changes.length) push(entries, key, { commit: { id: commit.id, time: commit.time, subject: commit.subject }, changes });
		}
		if (!isBoundary)
			for (const [key, problem] of unreadable)
				push(entries, key, { commit: { id: commit.id, time: commit.time, subject: commit.subject }, changes: [{ type: 'unreadable', reason: problem }] });
	}
	await blobs.return(undefined);
	return { entries, versions, skipped, commitCount: commits.length };
}

function readBlob(path: string, bytes: Buffer | undefined, size: number | undefined): ReturnType<typeof readVersion> {
	if (!bytes)
		return {
			problem:
				size !== undefined && size > MAX_SOURCE_BYTES
					? `the file is too large (${size} bytes; at most ${MAX_SOURCE_BYTES})`
					: 'the version is missing from the repository',
		};
	return readVersion(path, bytes);
}

/** The subject a file would hold when its first version cannot be read (a dataset or request file). */
function fallbackKey(path: string): SubjectKey | undefined {
	const file = fileKind(path);
	if (file?.kind === 'dataset') return `dataset:${file.stem}`;
	if (file?.kind === 'request') return `request:${file.stem}`;
	return undefined;
}

/**
 * A copy of `value` with strings of its own. The YAML parser's strings are slices of the file's
 * text, and V8 keeps the whole text alive for as long as a slice lives: 66,000 kept versions
 * would hold every version of every file.
 */
function detach<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

function push<T>(map: Map<SubjectKey, T[]>, key: SubjectKey, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
