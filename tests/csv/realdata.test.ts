/**
 * Every real government CSV in ../shared/realdata/csv/ previews without an error, streamed from disk
 * as at build time and from its bytes as in the browser's worker, with the row and column counts
 * read off each file by hand (data rows: the header and blank lines not counted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { PreviewOutcome } from '../../src/lib/csv/preview-outcome.ts';
import { profileCsvFile, type FileOutcome } from '../../src/lib/csv/profile-file.ts';
import { profileBytes } from '../../src/lib/csv/profile-text.ts';
import type { TableProfile } from '../../src/lib/csv/table-profile.ts';
import { describeWithShared, sharedPath } from '../support/shared-folder.ts';

const REALDATA = sharedPath('realdata/csv');

interface Expected {
	rows: number;
	columns: number;
	delimiter: string;
	bom: boolean;
	/** Rows whose cell count differs from the header's. */
	ragged?: number;
	repeatedHeaders?: number;
	/** A few column types, to show the values were read, not just counted. */
	types?: Record<string, string>;
}

const FILES: Record<string, Expected> = {
	// Header line repeated twice more under the first; CRLF; JSON in quoted cells.
	'fr-datagouv-csv-detective-a_test_file.semicolon.csv': {
		rows: 406,
		columns: 11,
		delimiter: ';',
		bom: false,
		repeatedHeaders: 2,
		types: { TXCOUVGLO_DEP_2014: 'number' },
	},
	'fr-datagouv-irve.csv': { rows: 100, columns: 52, delimiter: ',', bom: false, types: { nbre_pdc: 'integer' } },
	// Station numbers with a leading zero stay text.
	'fr-meteofrance-MN_07_latest-2025-2026.semicolon.csv': {
		rows: 100,
		columns: 8,
		delimiter: ';',
		bom: false,
		types: { NUM_POSTE: 'text', LAT: 'number', ALTI: 'integer' },
	},
	'gc-contracts-viz-over-10k.csv': {
		rows: 4215,
		columns: 9,
		delimiter: ',',
		bom: false,
		types: { year: 'integer', original_value: 'number', department_fr: 'text' },
	},
	'gc-open-canada-datastore-resources.csv': { rows: 3757, columns: 12, delimiter: ',', bom: false, types: { metadata_modified: 'datetime' } },
	'gc-open-canada-deleted-datasets-report.csv': {
		rows: 4008,
		columns: 5,
		delimiter: ',',
		bom: true,
		types: { 'Date and Time Deleted/ Date et heure de suppression': 'datetime' },
	},
	'gc-statcan-23100274.csv': { rows: 1448, columns: 16, delimiter: ',', bom: true, types: { REF_DATE: 'date', VALUE: 'number', SYMBOL: 'empty' } },
	// Several tables one after the other: 69 rows under a 12-column header, 68 of them ragged, blank lines between.
	'gc-statcan-23100274_MetaData.csv': { rows: 69, columns: 12, delimiter: ',', bom: true, ragged: 68 },
	'ontario-Hospitalizations by vaccination status.csv': { rows: 128, columns: 7, delimiter: ',', bom: false, types: { date: 'date', icu_unvac: 'integer' } },
	'ontario-vital_events_data_by_month_1994-2021_q2.csv': {
		rows: 330,
		columns: 6,
		delimiter: ',',
		bom: true,
		types: { 'Year/Année': 'integer', 'Month/Mois': 'text' },
	},
	'toronto-catalogue-quality-scores.sample4000.csv': {
		rows: 4000,
		columns: 13,
		delimiter: ',',
		bom: false,
		types: { _id: 'integer', score: 'number', recorded_at: 'datetime' },
	},
};

function profileOf(outcome: PreviewOutcome | FileOutcome): TableProfile {
	if (!outcome.ok) throw new Error(`no preview: ${outcome.problem}`);
	return outcome.profile;
}

describeWithShared('real government CSV files', () => {
	it.each(Object.entries(FILES))('%s previews with the right counts', async (name, expected) => {
		const path = join(REALDATA, name);
		const streamed = profileOf((await profileCsvFile(path)).outcome);
		const inMemory = profileOf(profileBytes(readFileSync(path)));
		// The build (streaming) and the browser (whole bytes) must see the same file.
		expect(inMemory).toEqual(streamed);

		expect(streamed.rowCount).toBe(expected.rows);
		expect(streamed.columnCount).toBe(expected.columns);
		expect(streamed.delimiter).toBe(expected.delimiter);
		expect(streamed.encoding).toBe('utf-8');
		expect(streamed.bom).toBe(expected.bom);
		expect(streamed.raggedRows).toBe(expected.ragged ?? 0);
		expect(streamed.repeatedHeaders).toBe(expected.repeatedHeaders ?? 0);
		expect(streamed.quoteProblems).toBe(0);
		expect(streamed.rows).toHaveLength(Math.min(100, expected.rows));
		for (const row of streamed.rows) expect(row).toHaveLength(expected.columns);
		// A byte-order mark never leaks into the first heading.
		expect(streamed.header[0]!.charCodeAt(0)).not.toBe(0xfeff);
		const types = Object.fromEntries(streamed.columns.map((c) => [c.name, c.type]));
		expect(types).toMatchObject(expected.types ?? {});
	});

	it('keeps quoted line breaks, commas and doubled quotes inside their cells', async () => {
		const profile = profileOf((await profileCsvFile(join(REALDATA, 'fr-datagouv-csv-detective-a_test_file.semicolon.csv'))).outcome);
		const json = profile.rows.find((row) => row[0] !== 'NUMCOM')![9]!;
		// STRUCTURED_INFO holds JSON written with doubled quotes in the file.
		expect(() => JSON.parse(json)).not.toThrow();
	});

	it('reads bilingual headers and accented text as written', async () => {
		const profile = profileOf((await profileCsvFile(join(REALDATA, 'ontario-vital_events_data_by_month_1994-2021_q2.csv'))).outcome);
		expect(profile.header).toEqual([
			'Month/Mois',
			'Year/Année',
			'Live Births/Naissances vivantes',
			'Marriages/Mariages',
			'Deaths/Dècés',
			'Stillbirths/Mortinaissances',
		]);
		expect(profile.rows[1]![0]).toBe('February/février');
	});
});
