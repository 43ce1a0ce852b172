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

	it('prints every publisher when none is named, and refuses an unknown one', () => {
		const text = lowestScoringReport(quality, { limit: 1 });
		expect(text.split('\n\n').map((block) => block.split(':')[0])).toEqual(catalogue!.publishers.map((p) => p.id));
		expect(() => lowestScoringReport(quality, { publisher: 'nope', limit: 1 })).toThrow('--publisher: no publisher "nope" (publishers: brec, edu, fin, mecp, mgcs, moh, mto)');
	});
});
