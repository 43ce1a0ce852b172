import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostic.ts';
import { devServerReport, FULL_WARNINGS } from '../../src/lib/diagnostics/dev-report.ts';

/** A missing translation in `file`, line `line`. */
function missingFrench(file: string, line: number): Diagnostic {
	return {
		severity: 'warning',
		code: 'text.missing-translation',
		file,
		line,
		column: 3,
		field: 'title.fr',
		message: 'is missing: the translation is not given',
	};
}

const badDate: Diagnostic = {
	severity: 'error',
	code: 'schema.format',
	file: 'datasets/mto/traffic-volumes.yaml',
	line: 12,
	column: 9,
	field: 'issued',
	message: 'is not a real date',
};

/** Warnings in `count` files other than the saved one. */
const elsewhere = (count: number) => Array.from({ length: count }, (_, i) => missingFrench(`datasets/fin/d${String(i).padStart(3, '0')}.yaml`, 4));

describe('devServerReport', () => {
	it('prints every warning when there are few, at start-up and after a save', () => {
		const few = [badDate, ...elsewhere(FULL_WARNINGS - 1)];
		for (const saved of [undefined, ['datasets/mto/traffic-volumes.yaml']]) {
			const report = devServerReport(few, saved);
			expect(report.match(/ {2}warning {2}/g)).toHaveLength(FULL_WARNINGS - 1);
			expect(report).not.toContain('by kind');
		}
	});

	it('prints every error and the saved file’s warnings in full, and counts the other warnings by kind', () => {
		const saved = 'datasets/mto/traffic-volumes.yaml';
		const report = devServerReport([badDate, missingFrench(saved, 4), ...elsewhere(3_000)], [saved]);
		expect(report.replace(/^ {4}hint: .*\n/gm, '')).toMatchInlineSnapshot(`
			"datasets/mto/traffic-volumes.yaml:12:9  error  issued  is not a real date
			datasets/mto/traffic-volumes.yaml:4:3  warning  title.fr  is missing: the translation is not given

			Warnings in files not saved now, by kind:
			  3,000  text.missing-translation  in 3000 files  (e.g. title.fr is missing: the translation is not given)
			npm run validate lists every one."
		`);
	});

	it('counts every warning by kind at start-up in a large catalogue, and says nothing when there is nothing', () => {
		const report = devServerReport(elsewhere(500));
		expect(report).not.toMatch(/ {2}warning {2}/);
		expect(report).toContain('500  text.missing-translation  in 500 files');
		expect(report).not.toContain('not saved now');
		expect(devServerReport([])).toBe('');
	});
});
