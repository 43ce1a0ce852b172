import { afterEach, describe, expect, it, vi } from 'vitest';
import { descendants, parseStat } from '../../scripts/bench/process-tree.ts';
import { parseGnuTime } from '../../scripts/bench/measure.ts';

const MiB = 1024;
const ALLOCATED_MIB = 96;

// A child that starts two children, each of which fills ALLOCATED_MIB of memory, spends 0.4 s of
// CPU and holds the memory 1.5 s (so the two are alive together), then waits for both.
const GRANDCHILD = `
const held = Buffer.alloc(${ALLOCATED_MIB} * 1024 * 1024, 1);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const start = cpu();
while (cpu() - start < 400);
setTimeout(() => { if (held[0] !== 1) process.exit(3); }, 1500);
`;
const PARENT = `
const { spawn } = require('node:child_process');
let left = 2;
for (let i = 0; i < 2; i++)
	spawn(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { stdio: 'inherit' }).on('exit', (code) => {
		if (code !== 0) process.exit(1);
		if (--left === 0) process.exit(0);
	});
`;

/** Runs PARENT with `measure` loaded under the given BENCH_MEMORY_PROBE. */
async function measureParent(probe: string) {
	vi.stubEnv('BENCH_MEMORY_PROBE', probe);
	vi.resetModules();
	const { measure, memoryProbe } = await import('../../scripts/bench/measure.ts');
	expect(memoryProbe()).toBe(probe);
	return measure(process.execPath, ['-e', PARENT], { cwd: process.cwd(), env: process.env });
}

describe.skipIf(process.platform !== 'linux')('measure, on a child that starts two children', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it.each(['gnu-time', 'proc-poll'])('sums the memory of the whole tree and counts every process’s CPU time (%s)', { timeout: 60_000 }, async (probe) => {
		if (probe === 'gnu-time' && !(await import('node:fs')).existsSync('/usr/bin/time')) return void console.warn('GNU time is not installed: skipped');
		const m = await measureParent(probe);
		expect(m.code, m.stderrTail).toBe(0);
		// Each grandchild holds ALLOCATED_MIB at once; the tree holds both, plus three Node processes.
		expect(m.peakKiB).toBeGreaterThanOrEqual(ALLOCATED_MIB * MiB);
		expect(m.peakKiB).toBeLessThan(2 * ALLOCATED_MIB * MiB);
		expect(m.treePeakKiB).toBeGreaterThanOrEqual(2 * ALLOCATED_MIB * MiB);
		expect(m.treePeakKiB! - m.peakKiB!).toBeGreaterThanOrEqual(ALLOCATED_MIB * MiB);
		// 0.4 s in each grandchild; the /proc figure misses at most one sampling interval of each.
		expect(m.cpuSeconds).toBeGreaterThanOrEqual(probe === 'gnu-time' ? 0.8 : 0.5);
		expect(m.seconds).toBeGreaterThanOrEqual(1.5);
	});

	it('measures nothing it cannot with BENCH_MEMORY_PROBE=none', { timeout: 60_000 }, async () => {
		vi.stubEnv('BENCH_MEMORY_PROBE', 'none');
		vi.resetModules();
		const { measure } = await import('../../scripts/bench/measure.ts');
		const m = await measure(process.execPath, ['-e', 'process.exit(4)'], { cwd: process.cwd(), env: process.env });
		expect(m).toMatchObject({ code: 4, peakKiB: undefined, treePeakKiB: undefined, cpuSeconds: undefined });
	});
});

describe('/proc/<pid>/stat', () => {
	it('reads the parent and the CPU ticks after the command name, whatever the name holds', () => {
		const line = '4242 (node (x) y) S 17 4242 17 0 -1 4194304 100 0 0 0 250 31 7 2 20 0 11 0 1000 1000000 5000 18446744073709551615';
		expect(parseStat(line)).toEqual({ pid: 4242, ppid: 17, ticks: 281 });
		expect(parseStat('not a stat line')).toBeUndefined();
	});

	it('finds every descendant of a process, and no other', () => {
		const lines = [
			{ pid: 1, ppid: 0, ticks: 0 },
			{ pid: 10, ppid: 1, ticks: 0 },
			{ pid: 11, ppid: 10, ticks: 0 },
			{ pid: 12, ppid: 10, ticks: 0 },
			{ pid: 13, ppid: 12, ticks: 0 },
			{ pid: 20, ppid: 1, ticks: 0 },
		];
		expect(descendants(10, lines).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
		expect(descendants(13, lines)).toEqual([13]);
	});
});

describe('GNU time’s output', () => {
	it('gives the largest process’s peak and user + system time, also after a failure line', () => {
		expect(parseGnuTime('204800 1.25 0.50\n')).toEqual({ peakKiB: 204800, cpuSeconds: 1.75 });
		expect(parseGnuTime('Command exited with non-zero status 1\n1024 0.01 0.00\n')).toEqual({ peakKiB: 1024, cpuSeconds: 0.01 });
		expect(parseGnuTime('')).toEqual({ peakKiB: undefined, cpuSeconds: undefined });
	});
});
