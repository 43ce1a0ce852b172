import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { suggestId } from '../../src/lib/validate/suggest-id.ts';
import { catalogueWith, cleanUp, minimal, minimalDataset } from './support.ts';

afterAll(cleanUp);

const AS_OF = '2026-11-23';

/** `field code` of every problem of `file` in the minimal catalogue with `extra` files laid over it. */
async function problems(extra: Record<string, string>, file: string) {
	const { diagnostics } = await loadCatalogue(catalogueWith(undefined, extra), { asOf: AS_OF });
	return diagnostics.filter((d) => d.file === file);
}

describe('every problem of a file in one run', () => {
	it('reports a theme the schema refuses and modified before issued together', async () => {
		const text = minimalDataset().replace('themes: [TRAN]', 'themes: [TRANSPORT]').replace('modified: 2024-06-30', 'modified: 2019-06-30');
		const found = await problems({ 'datasets/mto/traffic-volumes.yaml': text }, 'datasets/mto/traffic-volumes.yaml');
		expect(found.map((d) => `${d.field} ${d.code}`)).toEqual(['themes[0] schema.enum', 'modified date.order']);
		expect(found[0]!.hint).toBe('did you mean "TRAN"? (one of TRAN, HEAL)');
	});

	it('cross-checks the sound fields of a file that fails its schema, and not the fields it already reported', async () => {
		const text = minimalDataset()
			.replace('publisher: mto', 'publisher: mtx')
			.replace('licence: ogl', 'licence: 42')
			.replace('issued: 2020-01-15', 'issued: 2020-02-30')
			.replace('update_frequency: ANNUAL', 'update_frequency: YEARLY');
		const found = await problems({ 'datasets/mto/traffic-volumes.yaml': text }, 'datasets/mto/traffic-volumes.yaml');
		expect(found.map((d) => `${d.field} ${d.code}`)).toEqual([
			'publisher ref.publisher',
			'licence schema.type',
			'issued schema.format',
			'update_frequency schema.enum',
		]);
	});

	it('reports an unknown commitment on a schedule row whose date is impossible', async () => {
		const schedule =
			'dataset_id,title_en,title_fr,planned_release,status,commitment\nbridges,Bridges,Ponts,2027-02-30,planned,open-data-charter\nferries,Ferries,Traversiers,2027-Q1,planned,\n';
		const found = await problems({ 'schedules/mto.csv': schedule }, 'schedules/mto.csv');
		expect(found.map((d) => `${d.field} ${d.code}`)).toEqual(['row 2:planned_release schedule.planned-date', 'row 2:commitment schedule.commitment']);
	});

	it('reports an unknown commitment on a row that fails the row schema', async () => {
		const schedule = 'dataset_id,title_en,title_fr,planned_release,status,commitment\nbridges,Bridges,Ponts,2027-Q1,someday,open-data-charter\n';
		const found = await problems({ 'schedules/mto.csv': schedule }, 'schedules/mto.csv');
		expect(found.map((d) => `${d.field} ${d.code}`)).toEqual(['row 2:status schema.enum', 'row 2:commitment schedule.commitment']);
	});
});

describe('hints that are right', () => {
	it('points a schedule row that repeats a dataset’s title to that dataset', async () => {
		const schedule = 'dataset_id,title_en,title_fr,planned_release,status\ntraffic-counts,Traffic Volumes,Volumes,2027-Q1,planned\n';
		const found = await problems({ 'schedules/mto.csv': schedule }, 'schedules/mto.csv');
		expect(found).toEqual([
			expect.objectContaining({
				severity: 'warning',
				code: 'schedule.same-title',
				field: 'row 2:dataset_id',
				hint: 'if the row plans that dataset, set dataset_id to traffic-volumes; otherwise give the row a title of its own',
			}),
		]);
	});

	it.each([
		['2026-11-31', 'November has 30 days'],
		['2026-02-29', 'February 2026 has 28 days (29 only in leap years)'],
		['2024-02-30', 'February 2024 has 29 days'],
		['2026-04-31', 'April has 30 days'],
	])('names the month written in %s', async (date, hint) => {
		const text = minimalDataset().replace('issued: 2020-01-15', `issued: ${date}`);
		const [issued] = await problems({ 'datasets/mto/traffic-volumes.yaml': text }, 'datasets/mto/traffic-volumes.yaml');
		expect(issued).toMatchObject({ field: 'issued', message: 'is not a real date', hint });
	});

	it('suggests the catalogue’s own licence id for a licence written in capitals', async () => {
		const catalogue = readFileSync(join(minimal, 'catalogue.yaml'), 'utf8').replace('  - id: ogl\n', '  - id: ogl-belle-riviere\n');
		const dataset = minimalDataset().replace('licence: ogl', 'licence: OGL');
		const [licence] = await problems({ 'catalogue.yaml': catalogue, 'datasets/mto/traffic-volumes.yaml': dataset }, 'datasets/mto/traffic-volumes.yaml');
		expect(licence).toMatchObject({ field: 'licence', code: 'schema.pattern', hint: 'did you mean "ogl-belle-riviere"? (one of ogl-belle-riviere)' });
	});
});

describe('suggestId', () => {
	it.each([
		['OGL', ['ogl-belle-riviere', 'cc-by-4-0'], 'ogl-belle-riviere'],
		['OGL', ['ogl', 'ogl-belle-riviere'], 'ogl'],
		['Traffic Volumes', ['traffic-volumes'], 'traffic-volumes'],
		['TRANSPORT', ['TRAN', 'HEAL'], 'TRAN'],
		['mtx', ['mto', 'moh'], 'mto'],
		['ogl', ['ogl-province', 'ogl-city'], undefined],
		['zzz', ['mto'], undefined],
	])('suggests for %s among %j: %s', (input, ids, expected) => {
		expect(suggestId(input, ids)).toBe(expected);
	});
});
