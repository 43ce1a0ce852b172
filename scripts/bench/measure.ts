/**
 * Runs a child process and measures its wall time and peak memory (maximum resident set size).
 *
 * Peak memory comes from GNU time (`/usr/bin/time -f %M`, Debian package `time`) when it is
 * installed; otherwise from polling `VmHWM` in /proc/<pid>/status of the child and its
 * descendants (Linux); otherwise it is unknown (`peakKiB` undefined). BENCH_MEMORY_PROBE=gnu-time,
 * proc-poll or none forces one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { append } from '../../src/lib/append.ts';

/** How peak memory is measured on this machine. */
export type MemoryProbe = 'gnu-time' | 'proc-poll' | 'none';

/** The outcome of {@link measure}. */
export interface Measurement {
	/** Exit code (null when killed by a signal). */
	code: number | null;
	signal: NodeJS.Signals | null;
	/** Wall time in seconds. */
	seconds: number;
	/** Peak resident set size in KiB, when it could be measured. */
	peakKiB?: number;
	/** The last part of the child's output (at most {@link TAIL_BYTES} each). */
	stdoutTail: string;
	stderrTail: string;
}

const TAIL_BYTES = 64 * 1024;
const GNU_TIME = '/usr/bin/time';

let probe: MemoryProbe | undefined;

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
			const result = spawnSync(GNU_TIME, ['-f', '%M', '-o', out, process.execPath, '-e', '0'], { stdio: 'ignore' });
			if (result.status === 0 && /^\d+\s*$/m.test(readFileSync(out, 'utf8'))) probe = 'gnu-time';
		} catch {
			// Not GNU time (BusyBox, BSD): fall through.
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	probe ??= existsSync(`/proc/${process.pid}/status`) ? 'proc-poll' : 'none';
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

/** VmHWM (peak RSS, KiB) of a process, or 0 when it has gone. */
function highWaterMark(pid: number): number {
	try {
		const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

/** The pid and all its descendants' pids, from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
	const pids = [pid];
	for (let i = 0; i < pids.length; i++) {
		try {
			for (const tid of readdirSync(`/proc/${pids[i]}/task`)) {
				const children = readFileSync(`/proc/${pids[i]}/task/${tid}/children`, 'utf8').trim();
				if (children) append(pids, children.split(/\s+/).map(Number));
			}
		} catch {
			// The process ended while we looked.
		}
	}
	return pids;
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
	const [program, programArgs] = timeFile ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];

	const started = performance.now();
	const child = spawn(program, programArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
	const stdout = new Tail(TAIL_BYTES);
	const stderr = new Tail(TAIL_BYTES);
	child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

	let polledPeak = 0;
	const poll = () => {
		if (child.pid === undefined) return;
		for (const pid of processTree(child.pid)) polledPeak = Math.max(polledPeak, highWaterMark(pid));
	};
	const timer = how === 'proc-poll' ? setInterval(poll, 20) : undefined;

	return new Promise((resolvePromise, reject) => {
		child.on('error', (error) => {
			if (timer) clearInterval(timer);
			if (timeDir) rmSync(timeDir, { recursive: true, force: true });
			reject(error);
		});
		child.on('close', (code, signal) => {
			const seconds = (performance.now() - started) / 1000;
			if (timer) clearInterval(timer);
			let peakKiB: number | undefined;
			if (timeFile && timeDir) {
				try {
					// GNU time writes "Command exited with non-zero status N" before the figure on failure.
					const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
					const value = Number(lines.at(-1));
					if (Number.isFinite(value) && value > 0) peakKiB = value;
				} catch {
					// Killed before time could write: unknown.
				}
				rmSync(timeDir, { recursive: true, force: true });
			} else if (how === 'proc-poll' && polledPeak > 0) {
				peakKiB = polledPeak;
			}
			resolvePromise({ code, signal, seconds, peakKiB, stdoutTail: stdout.toString(), stderrTail: stderr.toString() });
		});
	});
}
