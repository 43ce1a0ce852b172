import { describe, expect, it } from 'vitest';
import type { StepFigures } from '../../scripts/bench/build-steps.ts';
import type { CatalogueFigures, ComparedFigures } from '../../scripts/bench/catalogue-run.ts';
import { buildTable, change, compareTable } from '../../scripts/bench/report.ts';

const step = (seconds: number, cpuSeconds?: number, peakMB?: number): StepFigures => ({ seconds, cpuSeconds, peakMB, samples: [] });

describe('the benchmark’s step tables', () => {
	it('print validate, the revalidate, the cold build and the rebuild with each one’s ratio to validate', () => {
		const row = {
			datasets: 10000,
			runs: 3,
			validate: step(3.4, 4.0, 410),
			revalidate: step(1.7, 2.0, 380),
			build: step(107.5, 91, 3500),
			rebuild: step(8.5, undefined, 1200),
		};
		expect(buildTable([row as unknown as CatalogueFigures])).toMatchInlineSnapshot(`
			"|     N | step                          | runs | wall s | CPU s | peak MB | wall ÷ validate | CPU ÷ validate |
			|------:|-------------------------------|-----:|-------:|------:|--------:|----------------:|---------------:|
			| 10000 | npm run validate, cold        |    3 |    3.4 |   4.0 |     410 |                 |                |
			| 10000 | revalidate, 1 dataset changed |    3 |    1.7 |   2.0 |     380 |            ×0.5 |           ×0.5 |
			| 10000 | npm run build, cold           |    3 |  107.5 |  91.0 |    3500 |           ×31.6 |          ×22.8 |
			| 10000 | rebuild, 1 dataset changed    |    3 |    8.5 |   n/a |    1200 |            ×2.5 |            n/a |"
		`);
	});

	it('put the reference and this checkout side by side with the change in per cent', () => {
		const tree = (label: string, factor: number) => ({
			label,
			validate: step(2 * factor, 3 * factor, 400),
			build: step(100 * factor, 90 * factor, 3000 * factor),
			rebuild: step(10 * factor, undefined, 1000),
			revalidate: step(factor, 2 * factor, 390),
		});
		const row: ComparedFigures = { datasets: 200, files: 220, runs: 3, trees: [tree('HEAD~1 (1a2b3c4)', 1), tree('this checkout (5d6e7f8)', 0.5)] };
		expect(compareTable([row])).toMatchInlineSnapshot(`
			"A = HEAD~1 (1a2b3c4), B = this checkout (5d6e7f8)

			|   N | step                          | runs | wall s A | wall s B |   wall | CPU s A | CPU s B |    CPU | peak MB A | peak MB B |   peak |
			|----:|-------------------------------|-----:|---------:|---------:|-------:|--------:|--------:|-------:|----------:|----------:|-------:|
			| 200 | npm run validate, cold        |    3 |      2.0 |      1.0 | −50.0% |     3.0 |     1.5 | −50.0% |       400 |       400 |  +0.0% |
			| 200 | revalidate, 1 dataset changed |    3 |      1.0 |      0.5 | −50.0% |     2.0 |     1.0 | −50.0% |       390 |       390 |  +0.0% |
			| 200 | npm run build, cold           |    3 |    100.0 |     50.0 | −50.0% |    90.0 |    45.0 | −50.0% |      3000 |      1500 | −50.0% |
			| 200 | rebuild, 1 dataset changed    |    3 |     10.0 |      5.0 | −50.0% |     n/a |     n/a |    n/a |      1000 |      1000 |  +0.0% |"
		`);
	});

	it('give a change as a signed percentage, n/a when either side is unknown', () => {
		expect(change(80, 100)).toBe('+25.0%');
		expect(change(100, 80)).toBe('−20.0%');
		expect(change(undefined, 1)).toBe('n/a');
		expect(change(0, 1)).toBe('n/a');
	});
});
