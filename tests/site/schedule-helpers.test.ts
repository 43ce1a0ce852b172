import { describe, expect, it } from 'vitest';
import { href, metadataHref } from '../../src/lib/routes.ts';
import { layoutStackedBars } from '../../src/lib/site/charts/stacked-bars.ts';
import { menuCurrent } from '../../src/lib/site/navigation.ts';
import { plannedLabel, quarterLabel } from '../../src/lib/site/schedule/planned-label.ts';
import { parsePlannedDate } from '../../src/lib/schedules/planned-date.ts';

describe('schedule routes', () => {
	it('give the inventory, the overview, a ministry schedule and a commitment their addresses', () => {
		expect(href('en', { page: 'inventory' }, '/')).toBe('/en/inventory/');
		expect(href('fr', { page: 'schedule' }, '/catalogue/')).toBe('/catalogue/fr/schedule/');
		expect(href('en', { page: 'schedulePublisher', id: 'mto' }, '/')).toBe('/en/schedule/publishers/mto/');
		expect(href('fr', { page: 'commitment', id: 'open-data-charter' }, '/')).toBe('/fr/schedule/commitments/open-data-charter/');
		expect(metadataHref('schedule.csv', '/catalogue/')).toBe('/catalogue/schedule.csv');
	});

	it('put ministry schedules and commitments in the schedule section of the menu', () => {
		expect(menuCurrent({ page: 'schedule' }, { page: 'schedule' })).toBe('page');
		expect(menuCurrent({ page: 'schedule' }, { page: 'schedulePublisher', id: 'mto' })).toBe('true');
		expect(menuCurrent({ page: 'schedule' }, { page: 'commitment', id: 'x' })).toBe('true');
		expect(menuCurrent({ page: 'inventory' }, { page: 'schedule' })).toBeUndefined();
	});
});

describe('planned release labels', () => {
	it('write a day, a month and a quarter in each language', () => {
		expect(plannedLabel(parsePlannedDate('2027-03-31')!, 'en')).toBe('March 31, 2027');
		expect(plannedLabel(parsePlannedDate('2027-03')!, 'fr')).toBe('mars 2027');
		expect(plannedLabel(parsePlannedDate('2027-Q1')!, 'en')).toBe('Q1 2027');
		expect(quarterLabel('2027-Q4', 'fr')).toBe('T4 2027');
	});
});

describe('layoutStackedBars', () => {
	it('puts all bars on one scale, segments end to end, zero segments left out', () => {
		const layout = layoutStackedBars([
			{
				label: 'A',
				segments: [
					{ key: 'released', value: 2 },
					{ key: 'overdue', value: 0 },
					{ key: 'planned', value: 2 },
				],
			},
			{ label: 'B', segments: [{ key: 'released', value: 1 }] },
		]);
		const [a, b] = layout.bars;
		expect(a!.segments.map((s) => [s.key, s.x, s.width])).toEqual([
			['released', 0, 280],
			['planned', 280, 280],
		]);
		expect(b!.segments).toEqual([{ key: 'released', value: 1, x: 0, width: 140 }]);
		expect([a!.total, b!.total]).toEqual([4, 1]);
		expect(b!.barY).toBeGreaterThan(a!.barY + layout.barHeight);
		expect(layout.height).toBeGreaterThan(b!.barY + layout.barHeight);
	});

	it('draws no bar length for a chart of zeros', () => {
		expect(layoutStackedBars([{ label: 'A', segments: [{ key: 'released', value: 0 }] }]).bars[0]!.segments).toEqual([]);
	});
});
