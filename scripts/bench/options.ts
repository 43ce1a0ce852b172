/** The command line of `npm run bench`, read and checked before anything runs. */
import { parseArgs } from 'node:util';
import { MAX_DATA_FILE_BYTES } from '../../src/lib/csv/profile-file.ts';

/** The largest CSV the bench may generate: a larger one is refused by the preview, as in a build. */
const MAX_CSV_MB = Math.floor(MAX_DATA_FILE_BYTES / 1_000_000);

/** What the benchmark is asked to measure. */
export interface BenchOptions {
	sizes: number[];
	scheduleRows: number;
	/** Megabytes of the generated CSV; 0 skips the CSV benchmark. */
	csvMegabytes: number;
	csvOnly: boolean;
	/** Measure the importers on ../shared/realdata (unless --no-import); --import-only measures nothing else. */
	imports: boolean;
	importOnly: boolean;
	seed: number;
	keep: boolean;
	json: boolean;
	/** Runs of validate, the cold build and the rebuild, and of each search measurement; medians are reported. */
	runs: number;
	/** `--compare REF`: only validate, build and rebuild, in a worktree of REF and in this checkout, side by side. */
	compare?: string;
	/** Search in Chromium, unless `--no-browser`. */
	browser: { query: string; runs: number } | undefined;
	/** Only the relevance benchmark on the real records (scripts/bench/relevance/). */
	relevance: boolean;
	help: boolean;
}

export const USAGE =
	'Usage: npm run bench -- [--sizes 1000,10000] [--schedule-rows 10000] [--csv-mb 100] [--csv-only] [--no-import] [--import-only] [--seed 1] [--keep] [--json] [--no-browser] [--query "water quality"] [--runs 3] [--compare REF] [--relevance]';

/** Thrown for a command line the benchmark cannot run; the message says which option and why. */
export class BenchUsageError extends Error {}

/** Reads the benchmark's options from `args` (without the node and script paths). */
export function parseBenchOptions(args: string[]): BenchOptions {
	const { values } = parseArgs({
		args,
		options: {
			sizes: { type: 'string', default: '1000,10000' },
			'schedule-rows': { type: 'string', default: '10000' },
			'csv-mb': { type: 'string', default: '100' },
			'csv-only': { type: 'boolean', default: false },
			'no-import': { type: 'boolean', default: false },
			'import-only': { type: 'boolean', default: false },
			seed: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			'no-browser': { type: 'boolean', default: false },
			query: { type: 'string', default: 'water quality' },
			runs: { type: 'string', default: '3' },
			compare: { type: 'string' },
			relevance: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	const number = (name: string, raw: string, ok: (n: number) => boolean, expected: string): number => {
		const value = Number(raw.trim());
		if (raw.trim() === '' || !ok(value)) throw new BenchUsageError(`--${name} must be ${expected} (got "${raw}")`);
		return value;
	};
	const sizes = values.sizes
		.split(',')
		.map((size) => number('sizes', size, (n) => Number.isInteger(n) && n >= 1, 'a comma-separated list of positive integers'));
	const runs = number('runs', values.runs, (n) => Number.isInteger(n) && n >= 1, 'a positive integer');
	if (values.query.trim() === '') throw new BenchUsageError('--query must have at least one word');
	const compare = values.compare?.trim();
	if (compare !== undefined) {
		// Refused rather than passed to git: an option there would be read as one.
		if (!/^[\w./~^@{}-]+$/.test(compare) || compare.startsWith('-'))
			throw new BenchUsageError(`--compare must name a commit, e.g. HEAD~1, main or a hash (got "${values.compare}")`);
		const alone = (['csv-only', 'import-only', 'relevance'] as const).find((name) => values[name]);
		if (alone) throw new BenchUsageError(`--compare measures the catalogues' validate and build only; it cannot be combined with --${alone}`);
	}
	return {
		sizes,
		scheduleRows: number('schedule-rows', values['schedule-rows'], (n) => Number.isInteger(n) && n >= 0, 'a whole number'),
		csvMegabytes: number(
			'csv-mb',
			values['csv-mb'],
			(n) => Number.isFinite(n) && n >= 0 && n <= MAX_CSV_MB,
			`a number of megabytes up to ${MAX_CSV_MB} (the largest data file the build previews), 0 to skip`,
		),
		csvOnly: values['csv-only'],
		imports: !values['no-import'],
		importOnly: values['import-only'],
		seed: number('seed', values.seed, Number.isInteger, 'an integer'),
		keep: values.keep,
		json: values.json,
		runs,
		...(compare === undefined ? {} : { compare }),
		browser: values['no-browser'] ? undefined : { query: values.query, runs },
		relevance: values.relevance,
		help: values.help,
	};
}
