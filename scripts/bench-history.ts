/**
 * `npm run bench:history [-- --datasets 10000] [--commits 50000] [--years 5] [--runs 3] [--seed 1] [--keep] [--repo <dir>]`
 *
 * Generates a catalogue repository with a synthetic history (scripts/bench/generate-history.ts:
 * `--datasets` datasets reached through `--commits` commits over `--years` years, written with git
 * fast-import), then runs scripts/bench/history-timing.ts on it `--runs` times in a child process
 * and reports the median of each step (wall and CPU seconds), git's CPU, and the child's peak
 * memory (max RSS) (`--repo` times a repository kept by an earlier `--keep` run instead): reading the history (one git log, one cat-file --batch-check, one cat-file
 * --batch), the events, and the Charter scorecard with its quarterly trend.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHistory } from './bench/generate-history.ts';
import { measure, memoryProbe } from './bench/measure.ts';

const { values } = parseArgs({
	options: {
		datasets: { type: 'string', default: '10000' },
		commits: { type: 'string', default: '50000' },
		years: { type: 'string', default: '5' },
		runs: { type: 'string', default: '3' },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		repo: { type: 'string' },
	},
});
const [datasets, commits, years, runs, seed] = [values.datasets, values.commits, values.years, values.runs, values.seed].map(Number) as [
	number,
	number,
	number,
	number,
	number,
];
if (![datasets, commits, years, runs, seed].every((n) => Number.isInteger(n) && n > 0) || commits < 2) {
	console.error('--datasets, --commits, --years, --runs and --seed must be positive integers (--commits at least 2)');
	process.exit(2);
}

const work = values.repo ? resolve(values.repo) : mkdtempSync(join(tmpdir(), 'odc-bench-history-'));
try {
	let generated = { datasets, streamBytes: 0 };
	if (!values.repo) {
		console.error(`Generating ${datasets} datasets through ${commits} commits over ${years} years in ${work}…`);
		const started = performance.now();
		generated = await generateHistory(work, { datasets, commits, years, seed });
		console.error(
			`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s (fast-import stream ${(generated.streamBytes / 1024 / 1024).toFixed(0)} MB).`,
		);
	}
	const results: HistoryTiming[] = [];
	const peaks: number[] = [];
	for (let run = 0; run < runs; run++) {
		const m = await measure(process.execPath, ['--experimental-strip-types', resolve(import.meta.dirname, 'bench/history-timing.ts'), work, '2026-06-30'], {
			cwd: process.cwd(),
			env: process.env,
		});
		if (m.code !== 0) throw new Error(`history-timing failed: ${m.stderrTail.slice(-2000)}`);
		results.push(JSON.parse(m.stdoutTail.trim().split('\n').at(-1)!));
		if (m.peakKiB !== undefined) peaks.push(m.peakKiB / 1024);
	}
	const median = (pick: (r: HistoryTiming) => number) => {
		const sorted = results.map(pick).sort((a, b) => a - b);
		return sorted[sorted.length >> 1]!;
	};
	const s = (n: number) => `${n.toFixed(2)} s`;
	const first = results[0]!;
	console.log(
		`History benchmark: ${generated.datasets} datasets, ${first.commits} commits over ${years} years, ${first.subjects} things with a history, ${first.versions} versions, ${first.events.count} events; median of ${runs} runs. Node ${process.version}; peak memory via ${memoryProbe()}.`,
	);
	console.log('| step | wall | CPU (node) |');
	console.log('|---|---|---|');
	console.log(
		`| history from git (log + cat-file, parse, diff) | ${s(median((r) => r.history.wall))} | ${s(median((r) => r.history.cpu))} (+ git ${s(median((r) => r.gitCpu ?? 0))}) |`,
	);
	console.log(`| events | ${s(median((r) => r.events.wall))} | ${s(median((r) => r.events.cpu))} |`);
	console.log(
		`| scorecard (${first.scorecard.indicators} indicators × ${first.scorecard.quarters} quarters, overall and per publisher) | ${s(median((r) => r.scorecard.wall))} | ${s(median((r) => r.scorecard.cpu))} |`,
	);
	console.log(`| (loading and validating the catalogue, for comparison) | ${s(median((r) => r.load.wall))} | ${s(median((r) => r.load.cpu))} |`);
	console.log(
		`Peak memory of the whole child (history + load + scorecard): ${peaks.length ? `${Math.max(...peaks).toFixed(0)} MB (largest of ${peaks.length})` : 'unknown'}.`,
	);
} finally {
	if (values.keep || values.repo) console.error(`Kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}

/** A phase's wall and CPU seconds. */
interface Phase {
	wall: number;
	cpu: number;
}

/** What one run of scripts/bench/history-timing.ts prints (its last line, as JSON). */
interface HistoryTiming {
	history: Phase;
	gitCpu?: number;
	events: Phase & { count: number };
	load: Phase;
	scorecard: Phase & { quarters: number; indicators: number };
	commits: number;
	subjects: number;
	versions: number;
	skipped: number;
}
