/**
 * The release-schedule checks, run through loadCatalogue on the minimal catalogue (publisher mto,
 * open dataset traffic-volumes issued 2020-01-15) with schedules laid over it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';

afterAll(cleanUp);

const AS_OF = '2026-11-23';
const HEADER = 'dataset_id,title_en,title_fr,planned_release,status,actual_release,commitment,delay_reason_en,delay_reason_fr';
const MOH = 'id: moh\nname:\n  en: Ministry of Health\n  fr: Ministère de la Santé\ntype: ministry\nemail: moh@example.org\n';
const RESTRICTED = `identifier: wait-times
title: {en: Wait times, fr: Temps d’attente}
description: {en: Waits., fr: Attentes.}
publisher: mto
contact_point: {email: mto@example.org}
themes: [TRAN]
access_level: under_review
review_note: {en: Being checked., fr: En cours d’examen.}
issued: 2025-01-01
modified: 2025-01-01
update_frequency: ANNUAL
`;

async function load(files: Record<string, string | Uint8Array>, asOf = AS_OF) {
	const result = await loadCatalogue(catalogueWith(undefined, files), { asOf });
	const pick = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).map((d) => `${d.file}:${d.line} ${d.field} ${d.message}`);
	return { ...result, errors: pick('error'), warnings: pick('warning') };
}

const schedule = (...rows: string[]) => ({ 'schedules/mto.csv': [HEADER, ...rows].join('\n') + '\n' });

describe('a valid schedule', () => {
	it('is read into the model, with each release’s state on the as-of date', async () => {
		const { catalogue, errors } = await load(
			schedule('traffic-volumes,,,2020-Q1,released,2020-01-15', 'ferries,Ferries,Traversiers,2027-Q1,planned', 'bridges,Bridges,Ponts,2026-10,in_progress'),
		);
		expect(errors).toEqual([]);
		const releases = catalogue!.schedule.releases;
		expect(releases.map((r) => [r.datasetId, r.state, r.row])).toEqual([
			['traffic-volumes', 'released', 2],
			['bridges', 'overdue', 4],
			['ferries', 'planned', 3],
		]);
		expect(releases[0]).toMatchObject({ onTime: true, anchor: 'release-traffic-volumes', publisher: 'mto', sourcePath: 'schedules/mto.csv' });
		expect(releases[2]!.title).toEqual({ en: 'Ferries', fr: 'Traversiers' });
		expect(catalogue!.schedule.releasesByPublisher.get('mto')).toHaveLength(3);
		expect(catalogue!.schedule.asOf).toBe(AS_OF);
	});

	it('reads the same rows whether saved with commas and LF, or with semicolons, CRLF and a byte-order mark', async () => {
		const rows = ['traffic-volumes,,,2020-Q1,released,2020-01-15', '"ferries","Ferries, by route","Traversiers, par trajet",2027-Q1,planned'];
		const comma = await load(schedule(...rows));
		const excel = [HEADER, ...rows]
			.map((line) => line.replaceAll(',', ';').replace('Ferries; by', 'Ferries, by').replace('Traversiers; par', 'Traversiers, par'))
			.join('\r\n');
		const semicolon = await load({ 'schedules/mto.csv': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(excel)]) });
		expect(semicolon.diagnostics).toEqual([]);
		const strip = (r: any) => ({ ...r, planned: r.planned.text });
		expect(semicolon.catalogue!.schedule.releases.map(strip)).toEqual(comma.catalogue!.schedule.releases.map(strip));
		expect(comma.catalogue!.schedule.releaseByDataset.get('ferries')!.title).toEqual({ en: 'Ferries, by route', fr: 'Traversiers, par trajet' });
	});

	it('judges overdue releases on the as-of date, so a pinned date gives the same result every day', async () => {
		const files = schedule('ferries,Ferries,Traversiers,2026-Q3,planned');
		const late = await load(files, '2026-11-23');
		expect(late.warnings).toEqual(['schedules/mto.csv:2 row 2:planned_release is overdue: due by 2026-09-30, not released as of 2026-11-23']);
		expect(late.catalogue!.schedule.releases[0]!.state).toBe('overdue');
		const early = await load(files, '2026-09-30');
		expect(early.warnings).toEqual([]);
		expect(early.catalogue!.schedule.releases[0]!.state).toBe('planned');
	});

	it('does not count a delayed release with a reason, or a cancelled one, as overdue', async () => {
		const { warnings, catalogue } = await load(
			schedule('ferries,Ferries,Traversiers,2025-Q3,delayed,,,Contract dispute,Litige contractuel', 'bridges,Bridges,Ponts,2025-Q1,cancelled'),
		);
		expect(warnings).toEqual([]);
		expect(catalogue!.schedule.releases.map((r) => r.state)).toEqual(['cancelled', 'delayed']);
	});

	it('marks a release that came out after its planned date as late', async () => {
		const { catalogue } = await load(schedule('traffic-volumes,,,2019-Q4,released,2020-01-15'));
		expect(catalogue!.schedule.releases[0]).toMatchObject({ state: 'released', onTime: false });
	});
});

describe('schedule cross-checks', () => {
	it('refuses a released row whose dataset is not open', async () => {
		const { errors } = await load({ 'datasets/mto/wait-times.yaml': RESTRICTED, ...schedule('wait-times,,,2026-Q1,released,2025-01-01') });
		expect(errors).toEqual(['schedules/mto.csv:2 row 2:status is released but the dataset is not open']);
	});

	it('warns when the actual release and the dataset’s issued date are more than 31 days apart', async () => {
		expect((await load(schedule('traffic-volumes,,,2020-Q1,released,2020-02-15'))).warnings).toEqual([]);
		const { warnings, diagnostics } = await load(schedule('traffic-volumes,,,2020-Q1,released,2020-02-16'));
		expect(warnings).toEqual(['schedules/mto.csv:2 row 2:actual_release disagrees with the dataset’s issued date by more than 31 days']);
		expect(diagnostics[0]).toMatchObject({ column: 36, expected: 'about 2020-01-15 (issued in datasets/mto/traffic-volumes.yaml)', got: '2020-02-16' });
	});

	it('refuses an actual release date in the future, or on a row that is not released', async () => {
		const { errors } = await load(schedule('traffic-volumes,,,2027-Q1,released,2026-12-01', 'ferries,Ferries,Traversiers,2027-Q1,planned,2026-01-01'));
		expect(errors).toEqual([
			'schedules/mto.csv:2 row 2:actual_release is in the future',
			'schedules/mto.csv:3 row 3:actual_release is given but the status is not released',
		]);
	});

	it('requires a reason for a delayed release', async () => {
		const { errors, diagnostics } = await load(schedule('ferries,Ferries,Traversiers,2027-Q1,delayed'));
		expect(errors).toEqual(['schedules/mto.csv:2 row 2:delay_reason_en is required when status is delayed']);
		expect(diagnostics[0]!.hint).toContain('delay_reason_fr');
	});

	it('warns when a text is given in one language only', async () => {
		const { warnings, errors } = await load(schedule('ferries,Ferries,,2027-Q1,delayed,,,Strike'));
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			'schedules/mto.csv:2 row 2:title_fr is missing: the translation is not given',
			'schedules/mto.csv:2 row 2:delay_reason_fr is missing: the translation is not given',
		]);
	});

	it('refuses a dataset of another publisher, and a dataset planned in two schedules', async () => {
		const { errors, diagnostics } = await load({
			'publishers/moh.yaml': MOH,
			'schedules/moh.csv': 'dataset_id,planned_release,status\ntraffic-volumes,2027-Q1,planned\n',
			...schedule('traffic-volumes,,,2027-Q1,planned'),
		});
		expect(errors).toEqual([
			'schedules/moh.csv:2 row 2:dataset_id is a dataset of another publisher',
			'schedules/mto.csv:2 row 2:dataset_id is already planned in another schedule',
		]);
		expect(diagnostics.find((d) => d.file === 'schedules/moh.csv')!.hint).toBe('move the row to schedules/mto.csv');
		expect(diagnostics.find((d) => d.file === 'schedules/mto.csv')!.hint).toBe('schedules/moh.csv row 2 plans the same dataset; keep one row per dataset');
	});

	it('refuses a schedule not named after a publisher, suggesting the likely one', async () => {
		const { diagnostics } = await load({ 'schedules/mtx.csv': `${HEADER}\nferries,Ferries,Traversiers,2027-Q1,planned\n` });
		expect(diagnostics).toEqual([
			expect.objectContaining({
				file: 'schedules/mtx.csv',
				code: 'schedule.publisher',
				message: 'is not named after a publisher',
				hint: 'did you mean schedules/mto.csv?',
			}),
		]);
	});

	it('refuses a commitment that no plan has', async () => {
		const { errors } = await load(schedule('ferries,Ferries,Traversiers,2027-Q1,planned,,inventory'));
		expect(errors).toEqual(['schedules/mto.csv:2 row 2:commitment refers to no commitment of the plan']);
	});

	it('refuses a row with more cells than the header has columns', async () => {
		const { errors } = await load({ 'schedules/mto.csv': 'dataset_id,planned_release,status\nferries,2027-Q1,planned,Ferries, by route\n' });
		expect(errors).toEqual([
			'schedules/mto.csv:2 row 2:dataset_id refers to no dataset of mto',
			'schedules/mto.csv:2 row 2 has more cells than the header has columns (5 for 3)',
		]);
	});

	it('locates problems on the physical line when a quoted cell spans lines', async () => {
		const { diagnostics } = await load({
			'schedules/mto.csv':
				'dataset_id,notes_en,notes_fr,planned_release,status\nferries,"two\nlines","deux\nlignes",2027-Q1,planned\nbridges,,,2027-Q1,planned\n',
		});
		expect(diagnostics.map((d) => [d.line, d.column, d.field])).toEqual([
			[2, 1, 'row 2:dataset_id'],
			[5, 1, 'row 3:dataset_id'],
		]);
	});

	it('reports the problems of every schedule and every row in one run', async () => {
		const { errors } = await load({
			'publishers/moh.yaml': MOH,
			'schedules/moh.csv': 'dataset_id,planned_release,status\na,soon,planned\nb,2027-Q1,done\n',
			...schedule('c,,,2027-Q1,planned', 'd,,,2027-Q1,released'),
		});
		expect(errors).toEqual([
			'schedules/moh.csv:2 row 2:planned_release is not a date, a month or a quarter',
			'schedules/moh.csv:3 row 3:status is not one of the allowed values',
			'schedules/mto.csv:2 row 2:dataset_id refers to no dataset of mto',
			'schedules/mto.csv:3 row 3:actual_release is required when status is released',
			'schedules/mto.csv:3 row 3:dataset_id is released but has no dataset file',
		]);
	});

	it('refuses a schedule saved in another encoding, and a spreadsheet file', async () => {
		const { diagnostics } = await load({
			'schedules/mto.csv': new Uint8Array([
				...new TextEncoder().encode('dataset_id,planned_release,status,title_fr\nferries,2027-Q1,planned,Travers'),
				0xe9,
				0x0a,
			]),
			'schedules/moh.xlsx': 'PK',
		});
		expect(diagnostics.map((d) => [d.file, d.code])).toEqual([
			['schedules/moh.xlsx', 'file.location'],
			['schedules/mto.csv', 'file.encoding'],
		]);
	});
});
