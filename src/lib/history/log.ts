/**
 * Reads the repository's history in one `git log` pass: every commit that touched a catalogue file,
 * oldest first, with the blob each file had after it. Commit messages are untrusted: only the first
 * line is kept, control characters are stripped and its length is bounded.
 */
import { gitOutput } from './git.ts';

/** One commit, as the history shows it. */
export interface Commit {
	id: string;
	/** When it was committed, ISO 8601 in UTC (`2024-03-05T14:00:00Z`). */
	time: string;
	/** The first line of its message, plain text, at most {@link MAX_SUBJECT} characters. */
	subject: string;
}

/** A file a commit added, changed or deleted. */
export interface FileChange {
	path: string;
	/** `A` added, `M` modified, `D` deleted (`--no-renames`: a move is a deletion and an addition). */
	status: 'A' | 'M' | 'D';
	/** The blob the file has after the commit; absent for a deletion. */
	blob?: string;
}

export interface LoggedCommit extends Commit {
	changes: FileChange[];
}

/** The longest commit subject kept. */
export const MAX_SUBJECT = 200;

/** The folders whose files have a history (relative to the catalogue folder). */
export const HISTORY_PATHS = ['datasets', 'requests', 'schedules'] as const;

/**
 * Every commit that touched `datasets/`, `requests/` or `schedules/` under `root`, oldest first,
 * in one `git log`. Paths are relative to `root` (`--relative`), so a catalogue kept in a
 * sub-folder of its repository works. Merge commits are left out: their changes are in the
 * commits they merge.
 */
export async function readLog(root: string): Promise<LoggedCommit[]> {
	const out = await gitOutput(root, [
		'-c',
		'core.quotePath=false',
		'log',
		'-z',
		'--reverse',
		'--topo-order',
		'--no-merges',
		'--no-renames',
		'--raw',
		'--no-abbrev',
		'--relative',
		'--format=%H%x00%cI%x00%s',
		'--',
		...HISTORY_PATHS,
	]);
	return parseLog(out.toString('utf8'));
}

const HASH = /^\n?([0-9a-f]{40,64})$/;
const RAW = /^\n?:\d{6} \d{6} ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([AMDTCRUX])\d*$/;
const ZERO = /^0+$/;

/** Parses `git log -z --raw --format=%H%x00%cI%x00%s` output (exported for tests). */
export function parseLog(text: string): LoggedCommit[] {
	const tokens = text.split('\0');
	const commits: LoggedCommit[] = [];
	let current: LoggedCommit | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token === '' || token === '\n') continue;
		const raw = current ? RAW.exec(token) : null;
		if (raw && current) {
			const path = tokens[++i] ?? '';
			const status = raw[3] === 'D' ? 'D' : raw[3] === 'A' ? 'A' : 'M';
			current.changes.push(status === 'D' || ZERO.test(raw[2]!) ? { path, status: 'D' } : { path, status, blob: raw[2]! });
			continue;
		}
		const hash = HASH.exec(token);
		if (!hash) continue;
		current = { id: hash[1]!, time: toUtc(tokens[i + 1] ?? ''), subject: cleanSubject(tokens[i + 2] ?? ''), changes: [] };
		i += 2;
		commits.push(current);
	}
	return commits;
}

/** The first line of a message, control characters removed, at most {@link MAX_SUBJECT} characters. */
export function cleanSubject(text: string): string {
	const line = text
		.split(/\r?\n/, 1)[0]!
		.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '')
		.trim();
	return line.length > MAX_SUBJECT ? `${line.slice(0, MAX_SUBJECT - 1)}…` : line;
}

function toUtc(iso: string): string {
	const time = Date.parse(iso);
	return Number.isNaN(time) ? '1970-01-01T00:00:00Z' : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
