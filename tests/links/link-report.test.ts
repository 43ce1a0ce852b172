import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT, parseLinkReport, readLinkReport } from '../../src/lib/links/link-report.ts';

const result = { outcome: 'not-found', status: 404, attempts: 1, checkedAt: '2026-11-20T10:00:00Z' };

describe('readLinkReport', () => {
	it('reads a report, and an empty one when the catalogue has none', () => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-links-'));
		try {
			expect(readLinkReport(dir)).toBe(EMPTY_REPORT);
			const report = { startedAt: '2026-11-20T10:00:00Z', finishedAt: '2026-11-20T10:05:00Z', links: { 'https://a.example/x.csv': result } };
			writeFileSync(join(dir, 'link-report.json'), JSON.stringify(report));
			expect(readLinkReport(dir)).toEqual(report);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses a symbolic link and a file that is not JSON, naming the file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-links-'));
		try {
			writeFileSync(join(dir, 'elsewhere.json'), '{}');
			symlinkSync(join(dir, 'elsewhere.json'), join(dir, 'link-report.json'));
			expect(() => readLinkReport(dir)).toThrow('link-report.json: is not a regular file (symbolic links are not followed)');
			rmSync(join(dir, 'link-report.json'));
			writeFileSync(join(dir, 'link-report.json'), '{ nope');
			expect(() => readLinkReport(dir)).toThrow(/^link-report\.json: is not valid JSON/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('names the first field that is not what a report holds', () => {
		expect(() => parseLinkReport([])).toThrow('link-report.json: the file should be an object; run npm run check-links to write it again');
		expect(() => parseLinkReport({ startedAt: 'x', finishedAt: 'y', links: { u: { ...result, outcome: 'fine' } } })).toThrow(
			/links\["u"\]\.outcome should be one of ok, not-checked, not-found/,
		);
		expect(() => parseLinkReport({ startedAt: 'x', finishedAt: 'y', links: { u: { ...result, checkedAt: 'yesterday' } } })).toThrow(
			'links["u"].checkedAt should be a date-time',
		);
	});
});
