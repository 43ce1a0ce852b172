import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEvents } from '../../src/lib/history/events.ts';
import { readHistory, type History } from '../../src/lib/history/read-history.ts';
import { makeFixtureRepo, shallowClone, type FixtureRepo } from './fixture-repo.ts';

let repo: FixtureRepo;
let history: History;

beforeAll(async () => {
	repo = makeFixtureRepo();
	history = await readHistory(repo.dir);
});
afterAll(() => repo?.remove());

const summary = (asOf: string) =>
	catalogueEvents(history, asOf).map((e) => [e.time.slice(0, 10), e.kind, e.subject, e.from ?? e.datasets?.join(' ') ?? '', e.to ?? '']);

describe('catalogueEvents', () => {
	it('lists what happened to the catalogue, newest first', () => {
		expect(summary('2025-12-31')).toEqual([
			['2025-06-30', 'access-restricted', 'dataset:traffic', 'open', 'restricted'],
			['2024-01-15', 'dataset-removed', 'dataset:permits', '', ''],
			['2023-04-01', 'release-missed', 'release:ferry-routes', '', '2023-Q1'],
			['2023-02-01', 'dataset-added', 'dataset:permits', '', ''],
			['2022-08-01', 'access-opened', 'dataset:bus-counts', 'under_review', 'open'],
			['2022-08-01', 'milestone-completed', 'milestone:open-by-default#1', 'not_started', 'complete'],
			['2022-08-01', 'release-made', 'release:bus-counts', 'planned', 'released'],
			['2022-08-01', 'request-status', 'request:bus-counts', 'under_review', 'released'],
			['2022-08-01', 'request-datasets', 'request:bus-counts', 'bus-counts', ''],
			['2022-07-01', 'release-missed', 'release:bus-counts', '', '2022-06'],
			['2022-03-15', 'request-status', 'request:bus-counts', 'received', 'under_review'],
			['2022-01-10', 'dataset-added', 'dataset:bus-counts', '', ''],
			['2022-01-10', 'dataset-added', 'dataset:traffic', '', ''],
			['2022-01-10', 'request-received', 'request:bus-counts', '', ''],
		]);
	});

	it('names each thing by its title at the time, removed datasets included', () => {
		const events = catalogueEvents(history, '2025-12-31');
		expect(events.find((e) => e.kind === 'dataset-removed')).toMatchObject({ title: { en: 'permits title', fr: 'titre permits' }, publisher: 'mto' });
		const missed = events.find((e) => e.kind === 'release-missed' && e.subject === 'release:bus-counts')!;
		expect(missed.publisher).toBe('mto');
		expect(missed.commit).toBeUndefined();
	});

	it('judges missed releases on the as-of date and leaves out later commits', () => {
		const early = summary('2023-03-31');
		expect(early.some(([, kind, subject]) => kind === 'release-missed' && subject === 'release:ferry-routes')).toBe(false);
		expect(early[0]).toEqual(['2023-02-01', 'dataset-added', 'dataset:permits', '', '']);
	});

	it('gives only what happened after the cut in a shallow clone (here: nothing)', async () => {
		const clone = shallowClone(repo);
		try {
			const cut = await readHistory(clone.dir);
			expect(catalogueEvents(cut, '2025-12-31')).toEqual([]);
		} finally {
			clone.remove();
		}
	});
});
