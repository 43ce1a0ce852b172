import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanSubject, parseLog } from '../../src/lib/history/log.ts';
import { readHistory, type History } from '../../src/lib/history/read-history.ts';
import { makeFixtureRepo, shallowClone, type FixtureRepo } from './fixture-repo.ts';

let repo: FixtureRepo;
let shallow: FixtureRepo;
let history: History;

beforeAll(async () => {
	repo = makeFixtureRepo();
	shallow = shallowClone(repo);
	history = await readHistory(repo.dir, { repository: 'belle-riviere/catalogue' });
});
afterAll(() => {
	repo?.remove();
	shallow?.remove();
});

/** A subject's history as [day, message, changes]. */
const timeline = (key: string) => history.entries.get(key as never)?.map((e) => [e.commit.time.slice(0, 10), e.commit.subject, e.changes]);

describe('readHistory on a full clone', () => {
	it('reads every commit once, oldest first, with full history', () => {
		expect(history.state).toBe('full');
		expect(history.notice).toBeUndefined();
		expect(history.commitCount).toBe(7);
		expect(history.since).toBe('2022-01-10T12:00:00Z');
		expect(history.commitUrl?.(repo.commits[0]!)).toBe(`https://github.com/belle-riviere/catalogue/commit/${repo.commits[0]}`);
	});

	it('tells a dataset’s history in changes a reader follows', () => {
		expect(timeline('dataset:bus-counts')).toEqual([
			['2022-01-10', 'Start the catalogue', [{ type: 'added' }]],
			[
				'2022-08-01',
				'Release bus counts (answers request bus-counts)',
				[
					{ type: 'access', from: 'under_review', to: 'open' },
					{ type: 'licence', to: 'ogl' },
					{ type: 'edited', field: 'review_note' },
					{ type: 'distribution-added', title: { en: 'Counts (CSV)', fr: 'Counts (CSV) fr' } },
				],
			],
		]);
	});

	it('skips a version that does not parse with a note, and compares the next one with the last readable one', () => {
		const traffic = timeline('dataset:traffic')!;
		expect(traffic.map(([day]) => day)).toEqual(['2022-01-10', '2022-03-15', '2023-02-01', '2023-05-01', '2025-06-30']);
		expect(traffic[1]![2]).toEqual([
			{ type: 'edited', field: 'title' },
			{ type: 'distribution-added', title: { en: 'Stations (GeoJSON)', fr: 'Stations (GeoJSON) fr' } },
		]);
		expect(traffic[2]![2]).toEqual([{ type: 'unreadable', reason: expect.stringMatching(/^line 3: /) }]);
		// Only the licence changed between the last readable version and the mended one.
		expect(traffic[3]![2]).toEqual([{ type: 'licence', from: 'ogl', to: 'cc-by' }]);
		expect(history.skipped).toEqual([{ path: 'datasets/mto/traffic.yaml', commit: repo.commits[3], problem: expect.any(String) }]);
	});

	it('keeps only the first line of a commit message, without control characters', () => {
		expect(timeline('dataset:permits')).toEqual([
			['2023-02-01', 'Add the permit register (restricted); traffic file broken by mistake', [{ type: 'added' }]],
			['2024-01-15', 'Withdraw the permit register <script>alert(1)</script>', [{ type: 'removed' }]],
		]);
	});

	it('follows a request’s status updates and the datasets it led to', () => {
		expect(timeline('request:bus-counts')?.map(([day, , changes]) => [day, changes])).toEqual([
			['2022-01-10', [{ type: 'added' }, { type: 'request-status', to: 'received', date: '2022-02-01' }]],
			['2022-03-15', [{ type: 'request-status', from: 'received', to: 'under_review', date: '2022-03-14' }]],
			[
				'2022-08-01',
				[
					{ type: 'request-status', from: 'under_review', to: 'released', date: '2022-08-01' },
					{ type: 'request-datasets', added: ['bus-counts'], removed: [] },
				],
			],
		]);
	});

	it('follows release-schedule rows, commitments and milestones', () => {
		expect(timeline('release:bus-counts')?.map(([day, , changes]) => [day, changes])).toEqual([
			['2022-01-10', [{ type: 'added' }]],
			[
				'2022-08-01',
				[
					{ type: 'release-status', from: 'planned', to: 'released' },
					{ type: 'actual-release', to: '2022-08-01' },
				],
			],
		]);
		expect(timeline('milestone:open-by-default#1')?.map(([day, , changes]) => [day, changes])).toEqual([
			['2022-01-10', [{ type: 'added' }]],
			[
				'2022-08-01',
				[
					{ type: 'milestone-completion', from: 'not_started', to: 'complete' },
					{ type: 'edited', field: 'evidence' },
				],
			],
		]);
		expect(timeline('commitment:open-by-default')).toHaveLength(1);
	});

	it('keeps the facts of each version for the scorecard', () => {
		const versions = history.versions.get('dataset:traffic')!;
		expect(versions.map((v) => [v.time.slice(0, 10), (v.state as { access?: string } | undefined)?.access])).toEqual([
			['2022-01-10', 'open'],
			['2022-03-15', 'open'],
			['2023-05-01', 'open'],
			['2025-06-30', 'restricted'],
		]);
		expect(history.versions.get('dataset:permits')!.at(-1)!.state).toBeUndefined();
	});
});

describe('readHistory on a shallow clone', () => {
	it('gives the state at the cut as a starting point, no invented "added" changes, and a notice', async () => {
		const cut = await readHistory(shallow.dir);
		expect(cut.state).toBe('shallow');
		expect(cut.notice).toEqual({ kind: 'shallow', since: '2025-06-30T12:00:00Z' });
		expect(cut.entries.size).toBe(0);
		expect([...cut.versions.keys()].sort()).toEqual([
			'commitment:open-by-default',
			'dataset:bus-counts',
			'dataset:traffic',
			'milestone:open-by-default#1',
			'release:bus-counts',
			'release:ferry-routes',
			'request:bus-counts',
		]);
		expect(cut.commitUrl).toBeUndefined();
	});
});

describe('readHistory outside git', () => {
	it('gives no history and says why', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-nogit-'));
		try {
			const none = await readHistory(dir);
			expect(none).toMatchObject({ state: 'none', notice: { kind: 'no-git' }, commitCount: 0 });
			expect(none.entries.size).toBe(0);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('parseLog', () => {
	it('reads commits whose subject looks like a raw line or a hash', () => {
		const a = 'a'.repeat(40);
		const b = 'b'.repeat(40);
		const blob = 'c'.repeat(40);
		const text = `${a}\u00002024-01-01T00:00:00+02:00\u0000${b}\u0000\n:000000 100644 ${'0'.repeat(40)} ${blob} A\u0000datasets/x/y.yaml\u0000${b}\u00002024-02-01T00:00:00Z\u0000:100644 100644 x y M\u0000`;
		expect(parseLog(text)).toEqual([
			{ id: a, time: '2023-12-31T22:00:00Z', subject: b, changes: [{ path: 'datasets/x/y.yaml', status: 'A', blob }] },
			{ id: b, time: '2024-02-01T00:00:00Z', subject: ':100644 100644 x y M', changes: [] },
		]);
	});

	it('bounds subjects', () => {
		expect(cleanSubject('x'.repeat(500))).toHaveLength(200);
		expect(cleanSubject('a\u202eb\u0000c\r\nd')).toBe('abc');
	});
});

describe('readHistory on hostile versions', () => {
	it('skips an oversized version with a note and bounds every value it keeps', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'odc-hostile-'));
		const git = (...args: string[]) =>
			execFileSync('git', args, {
				cwd: dir,
				env: {
					...process.env,
					GIT_AUTHOR_NAME: 'x',
					GIT_AUTHOR_EMAIL: 'x@example.org',
					GIT_COMMITTER_NAME: 'x',
					GIT_COMMITTER_EMAIL: 'x@example.org',
					GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
					GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
				},
			});
		const commit = (text: string, message: string) => {
			writeFileSync(join(dir, 'datasets/mto/x.yaml'), text);
			git('add', '-A');
			git('commit', '-q', '-m', message);
		};
		try {
			git('init', '-q', '-b', 'main');
			mkdirSync(join(dir, 'datasets/mto'), { recursive: true });
			commit('identifier: x\naccess_level: open\n', 'one');
			commit(`identifier: x\naccess_level: open\ndescription: { en: "${'a'.repeat(1024 * 1024)}" }\n`, 'too large');
			commit(`identifier: x\naccess_level: "${'<b>'.repeat(5000)}"\n`, 'x'.repeat(100_000));
			const hostile = await readHistory(dir);
			const entries = hostile.entries.get('dataset:x')!;
			expect(entries.map((e) => e.changes[0]!.type)).toEqual(['added', 'unreadable', 'access']);
			expect(entries[1]!.changes[0]).toEqual({ type: 'unreadable', reason: expect.stringMatching(/too large/) });
			const access = entries[2]!.changes[0] as { to: string };
			expect(access.to.length).toBeLessThanOrEqual(120);
			expect(entries[2]!.commit.subject).toHaveLength(200);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
