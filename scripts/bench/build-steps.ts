/**
 * The commands a steward runs, measured on one generated catalogue in one or more checkouts:
 * `npm run validate` with an empty cache (what a first CI run does), `npm run build` from nothing
 * (no output folder, an empty cache), `npm run build` again after one dataset file changed (the
 * site and the cache of the cold build in place: what the next CI run does), and `npm run validate`
 * again after that change, with the cache of the validate before it (the revalidate: what a
 * steward's next check, or the next CI run's, does). With two checkouts (`--compare`), each step
 * runs in one then the other, A B in one round and B A in the next, so a change in the machine's load
 * falls on both, and so does whatever a run leaves the next (a warm disk cache).
 *
 * A build deletes the site it replaced in a process of its own that it does not wait for
 * (src/lib/build/remover.ts): 64,000 files at 10,000 datasets, some 15 s of work. The next step
 * starts only once that is done, so no run pays for the one before it.
 *
 * Each checkout gets its own output folder and two ODC_CACHE_DIRs under the benchmark's temporary
 * folder, one for the builds and one for validate, each emptied before its cold run: a run is warm
 * only where it means to be.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkChild, toMB } from './children.ts';
import { measure, type Measurement } from './measure.ts';

/** A checkout whose `npm run validate` and `npm run build` are measured. */
export interface BenchTree {
	/** How the tables name it, e.g. "this checkout (HEAD 1a2b3c4)". */
	label: string;
	/** Its folder (package.json, node_modules). */
	root: string;
}

/** One measured run of a command. */
export interface StepSample {
	seconds: number;
	/** User + system time of the whole process tree. */
	cpuSeconds?: number;
	/** Peak of the whole process tree's summed resident memory, in MB. */
	peakMB?: number;
	/** Peak resident memory of the tree's largest single process, in MB (what GNU time's %M reports). */
	largestMB?: number;
}

/** The runs of one command: the medians, and every run. */
export interface StepFigures {
	seconds: number;
	cpuSeconds?: number;
	peakMB?: number;
	samples: StepSample[];
}

/** The steps' figures in one checkout. */
export interface TreeSteps {
	validate: StepFigures;
	build: StepFigures;
	rebuild: StepFigures;
	revalidate: StepFigures;
	/** The output folder, as the last rebuild left it. */
	outDir: string;
	/** The end of the last cold build's output (Pagefind logs its indexing time there). */
	buildLog: string;
}

/** How to run the steps. */
export interface StepOptions {
	n: number;
	catalogueDir: string;
	/** The benchmark's temporary folder; output and cache folders are made in it. */
	work: string;
	runs: number;
	keep: boolean;
}

/** The median of some numbers (the mean of the middle two for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Medians of the runs; CPU and memory only when every run could measure them. */
export function stepFigures(samples: StepSample[]): StepFigures {
	const all = (pick: (s: StepSample) => number | undefined): number | undefined => {
		const values = samples.map(pick);
		return values.every((v) => v !== undefined) ? median(values as number[]) : undefined;
	};
	return { seconds: median(samples.map((s) => s.seconds)) ?? 0, cpuSeconds: all((s) => s.cpuSeconds), peakMB: all((s) => s.peakMB), samples };
}

/**
 * How to start npm: the npm that runs this script (npm_execpath, when it is npm's own npm-cli.js)
 * under this Node, else `npm` on PATH. Under npx, yarn or pnpm, npm_execpath names them instead.
 */
export function npmCommand(env: NodeJS.ProcessEnv = process.env): [string, string[]] {
	const cli = env.npm_execpath;
	return cli && basename(cli) === 'npm-cli.js' ? [process.execPath, [cli]] : ['npm', []];
}

/**
 * Changes the English title of the first dataset file (by path) of `catalogueDir`, differently
 * for each `edit`, so the next build has exactly one changed file.
 *
 * @returns The changed file's path.
 */
export function changeOneDataset(catalogueDir: string, edit: number): string {
	const datasets = join(catalogueDir, 'datasets');
	const file = readdirSync(datasets, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.yaml'))
		.sort()[0];
	if (file === undefined) throw new Error(`${datasets} has no dataset file to change`);
	const path = join(datasets, file);
	const document = parseDocument(readFileSync(path, 'utf8'));
	const title = String(document.getIn(['title', 'en'])).replace(/ \(edit \d+\)$/, '');
	document.setIn(['title', 'en'], `${title} (edit ${edit})`);
	writeFileSync(path, document.toString());
	return path;
}

/** The previous sites beside `outDir` that a build's remover is still deleting (src/lib/build/staging.ts names them). */
export function previousSites(outDir: string): string[] {
	const prefix = `.${basename(outDir)}-previous-`;
	try {
		return readdirSync(dirname(outDir)).filter((name) => name.startsWith(prefix));
	} catch {
		return [];
	}
}

/** Waits until no previous site of `outDir` is left being deleted (at most `limitMs`, then goes on). */
export async function previousSitesRemoved(outDir: string, limitMs = 300_000): Promise<void> {
	const until = Date.now() + limitMs;
	while (previousSites(outDir).length > 0 && Date.now() < until) await sleep(100);
}

/** The order the trees run in, round `round`: A B, then B A, and so on. */
export function roundOrder(count: number, round: number): number[] {
	const order = Array.from({ length: count }, (_, i) => i);
	return round % 2 === 0 ? order : order.reverse();
}

/** Runs validate, a cold build, a rebuild and a revalidate `runs` times in each tree, alternating trees at every step. */
export async function runSteps(trees: readonly BenchTree[], options: StepOptions): Promise<TreeSteps[]> {
	const { n, catalogueDir, work, runs, keep } = options;
	const [npm, npmArgs] = npmCommand();
	const folders = trees.map((_, i) => ({
		outDir: join(work, `dist-${n}-${i}`),
		cacheDir: join(work, `cache-${n}-${i}`),
		validateCacheDir: join(work, `validate-cache-${n}-${i}`),
	}));
	type Step = 'validate' | 'build' | 'rebuild' | 'revalidate';
	const samples = trees.map(() => ({ validate: [] as StepSample[], build: [] as StepSample[], rebuild: [] as StepSample[], revalidate: [] as StepSample[] }));
	const buildLogs = trees.map(() => '');

	const run = async (i: number, step: Step, run: number): Promise<Measurement> => {
		const tree = trees[i]!;
		const validating = step === 'validate' || step === 'revalidate';
		const env = {
			...process.env,
			CATALOGUE_DIR: catalogueDir,
			OUT_DIR: folders[i]!.outDir,
			ODC_CACHE_DIR: validating ? folders[i]!.validateCacheDir : folders[i]!.cacheDir,
			ASTRO_TELEMETRY_DISABLED: '1',
			npm_config_update_notifier: 'false',
		};
		for (const folder of folders) await previousSitesRemoved(folder.outDir);
		const m = await measure(npm, [...npmArgs, 'run', validating ? 'validate' : 'build'], { cwd: tree.root, env });
		checkChild(`npm run ${validating ? 'validate' : 'build'} (${step}, ${tree.label})`, n, m, keep);
		samples[i]![step].push({ seconds: m.seconds, cpuSeconds: m.cpuSeconds, peakMB: toMB(m.treePeakKiB), largestMB: toMB(m.peakKiB) });
		const cpu = m.cpuSeconds === undefined ? '' : `, ${m.cpuSeconds.toFixed(1)} s CPU`;
		const largest = m.peakKiB === undefined ? '' : ` (largest process ${(m.peakKiB / 1024).toFixed(0)} MB)`;
		const peak = m.treePeakKiB === undefined ? '' : `, ${(m.treePeakKiB / 1024).toFixed(0)} MB peak${largest}`;
		console.error(`N = ${n}: ${step} ${run + 1}/${runs}${trees.length > 1 ? ` (${tree.label})` : ''}: ${m.seconds.toFixed(1)} s${cpu}${peak}`);
		return m;
	};

	for (let r = 0; r < runs; r++) {
		for (let i = 0; i < trees.length; i++) {
			// Cold: nothing cached.
			rmSync(folders[i]!.validateCacheDir, { recursive: true, force: true });
			await run(i, 'validate', r);
		}
		for (let i = 0; i < trees.length; i++) {
			// Cold: no previous site to replace, nothing cached.
			rmSync(folders[i]!.outDir, { recursive: true, force: true });
			rmSync(folders[i]!.cacheDir, { recursive: true, force: true });
			const m = await run(i, 'build', r);
			buildLogs[i] = m.stdoutTail + m.stderrTail;
		}
		changeOneDataset(catalogueDir, r + 1);
		for (let i = 0; i < trees.length; i++) await run(i, 'rebuild', r);
		// The same catalogue as the rebuild's, checked with the cache of this round's validate.
		for (let i = 0; i < trees.length; i++) await run(i, 'revalidate', r);
	}
	return trees.map((_, i) => ({
		validate: stepFigures(samples[i]!.validate),
		build: stepFigures(samples[i]!.build),
		rebuild: stepFigures(samples[i]!.rebuild),
		revalidate: stepFigures(samples[i]!.revalidate),
		outDir: folders[i]!.outDir,
		buildLog: buildLogs[i]!,
	}));
}
