import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { EMPTY_REPORT } from '../../src/lib/links/link-report.ts';
import { computeQuality } from '../../src/lib/quality/catalogue-quality.ts';
import { lowestScoringReport } from '../../src/lib/quality/lowest-report.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

describe('lowestScoringReport', async () => {
	const { catalogue } = await loadCatalogue(REPO_ROOT, { asOf: '2026-11-23' });
	const quality = computeQuality(catalogue!, EMPTY_REPORT);

	it('prints a publisher’s lowest-scoring datasets with a fix for every missing point', () => {
		expect(lowestScoringReport(quality, { publisher: 'moh', limit: 2 })).toMatchSnapshot();
	});

	it('says where each broken link is: a distribution’s field, or the dataset’s landing page', () => {
		const dataset = catalogue!.datasets.find((d) => d.landing_page !== undefined && d.distributions?.[0]?.download_url !== undefined)!;
		const checkedAt = '2026-11-20T10:01:00Z';
		const report = {
			startedAt: checkedAt,
			finishedAt: checkedAt,
			links: {
				[dataset.landing_page!]: { outcome: 'not-found' as const, status: 404, attempts: 1, checkedAt },
				[dataset.distributions![0]!.download_url!]: { outcome: 'timeout' as const, attempts: 3, checkedAt },
			},
		};
		const text = lowestScoringReport(computeQuality(catalogue!, report), { publisher: dataset.publisher, limit: 100 });
		expect(text).toContain(
			`    link ${dataset.landing_page} (landing_page): not-found 404 on 2026-11-20\n    link ${dataset.distributions![0]!.download_url} (distribution 1, download_url): timeout on 2026-11-20`,
		);
	});

	it('says how many distributions meet an indicator that some of them miss', () => {
		const dataset = catalogue!.datasets.find((d) => d.distributions?.length === 2 && d.distributions.every((x) => x.download_url && !x.access_url))!;
		const checkedAt = '2026-11-20T10:01:00Z';
		const report = {
			startedAt: checkedAt,
			finishedAt: checkedAt,
			links: { [dataset.distributions![0]!.download_url!]: { outcome: 'not-found' as const, status: 404, attempts: 1, checkedAt } },
		};
		const text = lowestScoringReport(computeQuality(catalogue!, report), { publisher: dataset.publisher, limit: 100 });
		expect(text).toContain('    -15 Download links answer (1 of 2 distributions): ');
		expect(text).toContain('    -25 Access links answer (1 of 2 distributions): ');
	});

	it('prints every publisher when none is named, and refuses an unknown one', () => {
		const text = lowestScoringReport(quality, { limit: 1 });
		expect(text.split('\n\n').map((block) => block.split(':')[0])).toEqual(catalogue!.publishers.map((p) => p.id));
		expect(() => lowestScoringReport(quality, { publisher: 'nope', limit: 1 })).toThrow(
			'--publisher: no publisher "nope" (publishers: brec, edu, fin, mecp, mgcs, moh, mto)',
		);
	});
});

describe('npm run validate -- --quality', () => {
	const run = promisify(execFile);
	const validate = (...args: string[]) => run(process.execPath, ['scripts/validate.ts', '--as-of', '2026-11-23', ...args], { cwd: REPO_ROOT });

	it('prints a publisher’s lowest-scoring datasets after the validation summary', async () => {
		const { stdout } = await validate('--quality', '--publisher', 'moh', '--limit', '1');
		expect(stdout).toMatch(
			/0 errors and \d+ warnings in \d+ files checked in [\d.]+ s\n\nMetadata quality \(EU MQA, 405 points; freshness judged on 2026-11-23\):\n\nmoh: 8 dataset\(s\), mean score 308 of 405 \(good\)/,
		);
		expect(stdout.trimEnd().split('\n').at(-1)).toBe('    -20 Time period covered: Give the period the data covers (temporal_coverage).');
	});

	it('exits 2 for an unknown publisher or a bad limit', async () => {
		await expect(validate('--quality', '--publisher', 'nope')).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--publisher: no publisher "nope"'),
		});
		await expect(validate('--quality', '--limit', '0')).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--limit must be a whole number of at least 1 (got "0")'),
		});
	});
});
