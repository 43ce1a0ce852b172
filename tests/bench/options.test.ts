import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchOptions } from '../../scripts/bench/options.ts';

describe('the benchmark command line', () => {
	it('has defaults that measure 1,000 and 10,000 datasets, search in Chromium, a 100 MB CSV and the importers', () => {
		expect(parseBenchOptions([])).toEqual({
			sizes: [1000, 10000],
			scheduleRows: 10000,
			csvMegabytes: 100,
			csvOnly: false,
			imports: true,
			importOnly: false,
			seed: 1,
			keep: false,
			json: false,
			runs: 3,
			browser: { query: 'water quality', runs: 3 },
			relevance: false,
			help: false,
		});
	});

	it('measures only the importers with --import-only, and not them with --no-import', () => {
		expect(parseBenchOptions(['--import-only'])).toMatchObject({ importOnly: true, imports: true });
		expect(parseBenchOptions(['--no-import'])).toMatchObject({ importOnly: false, imports: false });
	});

	it('reads every option', () => {
		const options = parseBenchOptions([
			'--sizes',
			'50, 50000',
			'--schedule-rows',
			'0',
			'--csv-mb',
			'0.5',
			'--seed=-3',
			'--keep',
			'--json',
			'--query',
			'traffic',
			'--runs',
			'5',
		]);
		expect(options).toMatchObject({
			sizes: [50, 50000],
			scheduleRows: 0,
			csvMegabytes: 0.5,
			seed: -3,
			keep: true,
			json: true,
			runs: 5,
			browser: { query: 'traffic', runs: 5 },
		});
		expect(options.compare).toBeUndefined();
		expect(parseBenchOptions(['--no-browser']).browser).toBeUndefined();
	});

	it('compares with a commit named by --compare, with the same sizes and runs', () => {
		expect(parseBenchOptions(['--compare', 'HEAD~1', '--sizes', '200', '--runs', '2'])).toMatchObject({ compare: 'HEAD~1', sizes: [200], runs: 2 });
		for (const ref of ['main', 'origin/main', '1a2b3c4', 'v1.2.0^', 'HEAD@{1}']) expect(parseBenchOptions([`--compare=${ref}`]).compare).toBe(ref);
	});

	it('refuses values it cannot use, naming the option', () => {
		const cases: Array<[string[], string]> = [
			[['--sizes', '1000,ten'], '--sizes must be a comma-separated list of positive integers (got "ten")'],
			[['--sizes', '0'], '--sizes must be a comma-separated list of positive integers (got "0")'],
			[['--runs', '0'], '--runs must be a positive integer (got "0")'],
			[['--csv-mb=-1'], '--csv-mb must be a number of megabytes up to 104 (the largest data file the build previews), 0 to skip (got "-1")'],
			[['--csv-mb=200'], '--csv-mb must be a number of megabytes up to 104 (the largest data file the build previews), 0 to skip (got "200")'],
			[['--schedule-rows', '1.5'], '--schedule-rows must be a whole number (got "1.5")'],
			[['--seed', ''], '--seed must be an integer (got "")'],
			[['--query', '  '], '--query must have at least one word'],
			[['--compare', ''], '--compare must name a commit, e.g. HEAD~1, main or a hash (got "")'],
			[['--compare=--output=x'], '--compare must name a commit, e.g. HEAD~1, main or a hash (got "--output=x")'],
			[['--compare', 'HEAD; rm -rf /'], '--compare must name a commit, e.g. HEAD~1, main or a hash (got "HEAD; rm -rf /")'],
			[['--compare', 'HEAD~1', '--csv-only'], "--compare measures the catalogues' validate and build only; it cannot be combined with --csv-only"],
			[['--compare', 'HEAD~1', '--relevance'], "--compare measures the catalogues' validate and build only; it cannot be combined with --relevance"],
		];
		for (const [args, message] of cases) {
			expect(() => parseBenchOptions(args), args.join(' ')).toThrow(new BenchUsageError(message));
		}
	});
});
