import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/export/csv.ts';
import { inventoryRows, toInventoryCsv } from '../../src/lib/export/inventory.ts';
import { scheduleRows, toScheduleCsv, toScheduleJson } from '../../src/lib/export/schedule.ts';
import { catalogueIris } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

const AS_OF = '2026-11-23';

describe('toCsv', () => {
	it('starts with a byte-order mark, ends lines with CRLF and quotes what needs quoting', () => {
		const csv = toCsv(
			['a', 'b', 'c'],
			[
				{ a: 'plain', b: 'with, comma', c: 'say "hi"\nbye' },
				{ a: 1, b: true, c: undefined },
			],
		);
		expect(csv).toBe('\ufeffa,b,c\r\nplain,"with, comma","say ""hi""\nbye"\r\n1,yes,\r\n');
	});

	it('turns text a spreadsheet would run as a formula into plain text', () => {
		const csv = toCsv(['x'], [{ x: '=HYPERLINK("https://evil.example","click")' }, { x: '+1' }, { x: '-2' }, { x: '@SUM(A1)' }, { x: 'a=b' }]);
		const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
			.data.slice(1)
			.map((row) => row[0]);
		expect(cells).toEqual(['\'=HYPERLINK("https://evil.example","click")', "'+1", "'-2", "'@SUM(A1)", 'a=b']);
	});

	it('neutralises formulas behind white space, full-width signs and separators, and quotes every separator', () => {
		const hostile = [
			' =1+1',
			'\u00a0=1+1',
			'\u3000+1',
			'\u200b@SUM(A1)',
			'\t=1',
			'\r=1',
			'＝HYPERLINK("x")',
			'＋1',
			'－1',
			'＠A1',
			'﹦1',
			'−1',
			';=1+1',
			' ; =1',
			',=1',
			'|=1',
		];
		const csv = toCsv(
			['x'],
			hostile.map((x) => ({ x })),
		);
		const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true })
			.data.slice(1)
			.map((row) => row[0]);
		expect(cells).toEqual(hostile.map((x) => `'${x}`));
		// Read with ; as the separator (French spreadsheets), each row is still a single cell.
		expect(
			Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true })
				.data.slice(1)
				.every((row) => row.length === 1),
		).toBe(true);
		const plain = ['a=b', 'x ; y', 'e-mail', '2025-01-01', 'Plain text'];
		expect(
			Papa.parse<string[]>(
				toCsv(
					['x'],
					plain.map((x) => ({ x })),
				).slice(1),
				{ skipEmptyLines: true },
			)
				.data.slice(1)
				.map((row) => row[0]),
		).toEqual(plain);
	});
});

describe('the example catalogue’s schedule and inventory exports', async () => {
	const { catalogue } = await loadCatalogue(REPO_ROOT, { asOf: AS_OF });
	const iris = catalogueIris(catalogue!, { siteUrl: 'https://example.org', base: '/' });

	it('write one row per planned release, which parses back with the same values', () => {
		const parsed = Papa.parse<Record<string, string>>(toScheduleCsv(catalogue!, iris).slice(1), { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toHaveLength(catalogue!.schedule.releases.length);
		const bridges = parsed.data.find((row) => row.dataset_id === 'bridge-condition-ratings')!;
		expect(bridges).toMatchObject({
			publisher: 'mto',
			state: 'overdue',
			status: 'in_progress',
			due_by: '2026-09-30',
			in_catalogue: 'no',
			title_fr: 'Cotes d’état des ponts',
			high_value: 'yes',
			schedule_url: 'https://example.org/en/schedule/publishers/mto/#release-bridge-condition-ratings',
			dataset_url: '',
		});
		const ambulances = parsed.data.find((row) => row.dataset_id === 'ambulance-response-times')!;
		expect(ambulances).toMatchObject({ state: 'released', on_time: 'no', dataset_url: 'https://example.org/en/datasets/ambulance-response-times/' });
		expect(ambulances.notes_en).toBe('Released six weeks late:\nthe dispatch system was upgraded in March.');
	});

	it('give the plans and the releases in JSON, with the as-of date and without empty fields', () => {
		const json = JSON.parse(JSON.stringify(toScheduleJson(catalogue!, iris)));
		expect(json.as_of).toBe(AS_OF);
		expect(json.plans[0].commitments.map((c: { id: string }) => c.id)).toEqual(['open-data-charter', 'youth-engagement', 'open-government-training']);
		expect(json.plans[0].commitments[0].url).toBe('https://example.org/en/schedule/commitments/open-data-charter/');
		expect(json.releases).toHaveLength(scheduleRows(catalogue!, iris).length);
		expect(json.releases.find((r: { dataset_id: string }) => r.dataset_id === 'traffic-camera-locations')).not.toHaveProperty('actual_release');
	});

	it('list every dataset in the inventory whatever its access, then the datasets not described yet', () => {
		const rows = inventoryRows(catalogue!, iris);
		expect(rows.filter((row) => row.in_catalogue).map((row) => row.identifier)).toEqual(catalogue!.datasets.map((d) => d.identifier));
		const notDescribed = catalogue!.schedule.releases.filter((r) => !catalogue!.datasetById.has(r.datasetId)).map((r) => r.datasetId);
		expect(notDescribed.length).toBeGreaterThan(0);
		expect(rows.filter((row) => !row.in_catalogue).map((row) => row.identifier)).toEqual(notDescribed);
		const parsed = Papa.parse<Record<string, string>>(toInventoryCsv(catalogue!, iris).slice(1), { header: true, skipEmptyLines: true });
		expect(parsed.data.find((row) => row.identifier === 'physician-billing')).toMatchObject({ access_level: 'restricted', exemption: 'privacy' });
		expect(parsed.data.find((row) => row.identifier === 'service-centre-wait-times')).toMatchObject({
			access_level: 'under_review',
			planned_release: '2026-Q3',
			release_state: 'overdue',
		});
	});
});
