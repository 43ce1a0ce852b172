/**
 * Runs a child process and measures its wall time, its CPU time and its peak memory, for the child
 * and every process it starts (npm, Node, Pagefind's binary).
 *
 * - CPU time: user + system time from GNU time (`/usr/bin/time -f '%M %U %S'`, Debian package
 *   `time`), which counts the child and every descendant it waited for; without GNU time, the sum of
 *   each process's time as last sampled from /proc (a little low: what a process did after its last
 *   sample is missed).
 * - Peak memory of the whole tree (`treePeakKiB`): the largest sum of the resident memory of its
 *   live processes, sampled from /proc every 150 ms (scripts/bench/process-tree.ts; Linux only).
 * - Peak memory of the largest single process (`peakKiB`): GNU time's %M when it is installed;
 *   otherwise the largest VmHWM the samples saw; otherwise unknown.
 *
 * BENCH_MEMORY_PROBE=gnu-time, proc-poll or none forces one way of measuring, to test the fallbacks
 * on a machine that has GNU time (`none` also turns the /proc sampling off).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TreeSampler, type TreeFigures } from './process-tree.ts';

/** How peak memory is measured on this machine. */
export type MemoryProbe = 'gnu-time' | 'proc-poll' | 'none';

/** The outcome of {@link measure}. */
export interface Measurement {
	/** Exit code (null when killed by a signal). */
	code: number | null;
	signal: NodeJS.Signals | null;
	/** Wall time in seconds. */
	seconds: number;
	/** Peak resident set size of the largest single process in KiB, when it could be measured. */
	peakKiB?: number;
	/** Peak of the summed resident memory of the whole process tree in KiB (Linux only). */
	treePeakKiB?: number;
	/** User + system CPU time of the child and its descendants, in seconds, when it could be measured. */
	cpuSeconds?: number;
	/** The last part of the child's output (at most {@link TAIL_BYTES} each). */
	stdoutTail: string;
	stderrTail: string;
}

const TAIL_BYTES = 64 * 1024;
const GNU_TIME = '/usr/bin/time';

let probe: MemoryProbe | undefined;

/** Whether this system has Linux's /proc, which the tree's memory is sampled from. */
function hasProc(): boolean {
	return existsSync(`/proc/${process.pid}/stat`);
}

/** Which memory probe {@link measure} uses, detected once. */
export function memoryProbe(): MemoryProbe {
	if (probe) return probe;
	// BENCH_MEMORY_PROBE forces a probe, to test the fallbacks on a machine that has GNU time.
	const forced = process.env.BENCH_MEMORY_PROBE;
	if (forced === 'gnu-time' || forced === 'proc-poll' || forced === 'none') return (probe = forced);
	if (existsSync(GNU_TIME)) {
		const dir = mkdtempSync(join(tmpdir(), 'odc-time-'));
		try {
			const out = join(dir, 'm');
			const result = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', out, process.execPath, '-e', '0'], { stdio: 'ignore' });
			if (result.status === 0 && parseGnuTime(readFileSync(out, 'utf8')).peakKiB !== undefined) probe = 'gnu-time';
		} catch {
			// Not GNU time (BusyBox, BSD): fall through.
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	probe ??= hasProc() ? 'proc-poll' : 'none';
	return probe;
}

/** Keeps the last `limit` bytes of a stream. */
class Tail {
	chunks: Buffer[] = [];
	size = 0;
	readonly limit: number;
	constructor(limit: number) {
		this.limit = limit;
	}
	push(chunk: Buffer): void {
		this.chunks.push(chunk);
		this.size += chunk.length;
		while (this.size - this.chunks[0]!.length >= this.limit) this.size -= this.chunks.shift()!.length;
	}
	toString(): string {
		const all = Buffer.concat(this.chunks);
		return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
	}
}

/** Reads GNU time's last line, "%M %U %S" (it writes "Command exited with non-zero status N" above it on failure). */
export function parseGnuTime(text: string): { peakKiB?: number; cpuSeconds?: number } {
	const [peak, user, system] = (text.trim().split('\n').at(-1) ?? '').trim().split(/\s+/).map(Number);
	return {
		peakKiB: peak !== undefined && Number.isFinite(peak) && peak > 0 ? peak : undefined,
		cpuSeconds: user !== undefined && system !== undefined && Number.isFinite(user) && Number.isFinite(system) ? user + system : undefined,
	};
}

/**
 * Runs `command args` and resolves when it exits (never rejects on a non-zero exit: check `code`).
 *
 * @param command The program, e.g. `process.execPath`.
 * @param args Its arguments.
 * @param options Working directory and environment of the child.
 */
export function measure(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measurement> {
	const how = memoryProbe();
	const timeDir = how === 'gnu-time' ? mkdtempSync(join(tmpdir(), 'odc-time-')) : undefined;
	const timeFile = timeDir ? join(timeDir, 'm') : undefined;
	const [program, programArgs] = timeFile ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, [...args]];

	const started = performance.now();
	const child = spawn(program, programArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
	const stdout = new Tail(TAIL_BYTES);
	const stderr = new Tail(TAIL_BYTES);
	child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
	// GNU time itself (a few hundred KiB) is left out of the tree it measures.
	const sampler = how !== 'none' && child.pid !== undefined && hasProc() ? new TreeSampler(child.pid, { skipRoot: timeFile !== undefined }) : undefined;
	let tree: TreeFigures | undefined;

	return new Promise((resolvePromise, reject) => {
		child.on('error', (error) => {
			sampler?.stop();
			if (timeDir) rmSync(timeDir, { recursive: true, force: true });
			reject(error);
		});
		// 'exit' comes before 'close' (which waits for the pipes): stop sampling when the process has gone.
		child.on('exit', () => {
			tree = sampler?.stop();
		});
		child.on('close', (code, signal) => {
			const seconds = (performance.now() - started) / 1000;
			tree ??= sampler?.stop();
			let peakKiB: number | undefined;
			let cpuSeconds = tree?.cpuSeconds;
			if (timeFile && timeDir) {
				try {
					const figures = parseGnuTime(readFileSync(timeFile, 'utf8'));
					peakKiB = figures.peakKiB;
					cpuSeconds = figures.cpuSeconds ?? cpuSeconds;
				} catch {
					// Killed before time could write: unknown.
				}
				rmSync(timeDir, { recursive: true, force: true });
			} else if (tree && tree.largestKiB > 0) {
				peakKiB = tree.largestKiB;
			}
			const treePeakKiB = tree && tree.peakKiB > 0 ? tree.peakKiB : undefined;
			resolvePromise({ code, signal, seconds, peakKiB, treePeakKiB, cpuSeconds, stdoutTail: stdout.toString(), stderrTail: stderr.toString() });
		});
	});
}
