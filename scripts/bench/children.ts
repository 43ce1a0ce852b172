/** Running the benchmark's steps as child processes, and saying clearly when one fails. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Measurement } from './measure.ts';

/** A step of the benchmark failed; the message holds the tail of its output. */
export class ChildFailed extends Error {}

export const MB = 1024 * 1024;

/** The last `count` lines of a text. */
export function lastLines(text: string, count: number): string {
	return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** Throws a {@link ChildFailed} with the tail of the child's output when it failed. */
export function checkChild(step: string, n: number, m: Measurement, keep: boolean): void {
	if (m.code === 0) return;
	const why = m.signal ? `killed by ${m.signal}` : `exit code ${m.code}`;
	const parts = [`${step} failed for N = ${n} (${why}) after ${m.seconds.toFixed(1)} s.`];
	if (m.stderrTail.trim()) parts.push(`--- stderr (tail) ---\n${lastLines(m.stderrTail, 40)}`);
	if (m.stdoutTail.trim()) parts.push(`--- stdout (tail) ---\n${lastLines(m.stdoutTail, m.stderrTail.trim() ? 15 : 40)}`);
	if (!keep) parts.push('Run again with --keep to inspect the generated catalogue.');
	throw new ChildFailed(parts.join('\n'));
}

/** Kibibytes as mebibytes, keeping "unknown" unknown. */
export function toMB(kib: number | undefined): number | undefined {
	return kib === undefined ? undefined : kib / 1024;
}

/** Count of .html files and total bytes under a folder. */
export function walk(dir: string): { pages: number; bytes: number } {
	let pages = 0;
	let bytes = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		if (entry.name.endsWith('.html')) pages++;
	}
	return { pages, bytes };
}
