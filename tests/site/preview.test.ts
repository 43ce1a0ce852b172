/**
 * What a dataset page says about previews and dictionaries: which distributions get which kind of
 * block, the facts, notes, captions and column summaries in both languages, the dictionary's rules,
 * and the link to a data file kept with the site.
 */
import { describe, expect, it } from 'vitest';
import type { TableProfile } from '../../src/lib/csv/table-profile.ts';
import { dictionaryNotes, fieldRules, fieldTypeLabel } from '../../src/lib/preview/describe-dictionary.ts';
import { columnHeading, columnValues, emptyShare, profileFacts, profileNotes, rowsCaption } from '../../src/lib/preview/describe-profile.ts';
import { previewPlans } from '../../src/lib/site/data-previews.ts';
import { describeDistribution } from '../../src/lib/site/distribution.ts';
import { clientPreviewStrings, previewWords } from '../../src/lib/site/preview-words.ts';
import { makeCatalogue, makeDataset } from './fixtures.ts';

const en = previewWords('en');
const fr = previewWords('fr');

const profile: TableProfile = {
	encoding: 'windows-1252',
	bom: false,
	delimiter: ';',
	header: ['Région', 'Taux', ''],
	rows: [['Nord', '1,5', 'x']],
	rowCount: 1200,
	columnCount: 3,
	columns: [
		{ name: 'Région', type: 'text', empty: 0, distinct: 3, distinctCapped: false },
		{ name: 'Taux', type: 'number', empty: 150, min: '0,5', max: '12,25', distinct: 400, distinctCapped: false },
		{ name: '', type: 'text', empty: 1200, distinct: 1000, distinctCapped: true },
	],
	raggedRows: 2,
	firstRaggedLine: 57,
	repeatedHeaders: 1,
	quoteProblems: 0,
};

describe('describing a preview', () => {
	it('gives the facts of the file in the page language', () => {
		expect(profileFacts(profile, en)).toEqual([
			{ term: 'Rows', value: '1,200' },
			{ term: 'Columns', value: '3' },
			{ term: 'Separator', value: 'semicolon' },
			{ term: 'Encoding', value: 'Windows-1252' },
		]);
		expect(profileFacts({ ...profile, encoding: 'utf-8', bom: true, delimiter: '\t' }, fr).map((f) => f.value)).toEqual([
			'1\u202f200',
			'3',
			'tabulation',
			'UTF-8 avec indicateur d’ordre des octets',
		]);
	});

	it('notes ragged rows and repeated headers, with plural forms', () => {
		expect(profileNotes(profile, en)).toEqual([
			'2 rows have a different number of cells than the header’s 3 (the first on line 57); missing cells are shown empty and extra cells are not shown.',
			'The header row is repeated 1 time further down; the column summary leaves it out.',
		]);
		expect(profileNotes({ ...profile, raggedRows: 1, repeatedHeaders: 0, quoteProblems: 2, firstQuoteProblemLine: 9 }, fr)).toEqual([
			'1 ligne n’a pas le même nombre de cellules que les 3 de l’en-tête (ligne 57); les cellules manquantes sont affichées vides et les cellules en trop ne sont pas affichées.',
			'2 guillemets sont mal placés (le premier à la ligne 9) : certaines cellules peuvent être mal découpées.',
		]);
		expect(profileNotes({ ...profile, raggedRows: 0, repeatedHeaders: 0, rowCount: 0 }, en)).toEqual(['The file has a header but no rows.']);
	});

	it('captions the rows with how many are shown', () => {
		expect(rowsCaption(profile, 'Rates', en)).toBe('First 1 of 1,200 rows of “Rates”');
		expect(rowsCaption({ ...profile, rowCount: 1 }, 'Rates', en)).toBe('The only row of “Rates”');
		expect(rowsCaption({ ...profile, rowCount: 1 }, 'Taux', fr)).toBe('L’unique ligne de « Taux »');
	});

	it('summarises columns: an unnamed heading, the empty share, the range or the distinct values', () => {
		expect(columnHeading('', 2, en)).toBe('(column 3)');
		expect(emptyShare(profile.columns[1]!, profile.rowCount, en)).toBe('12.5%');
		expect(emptyShare(profile.columns[1]!, profile.rowCount, fr)).toBe('12,5\u00a0%');
		expect(columnValues(profile.columns[1]!, en)).toBe('0,5 to 12,25');
		expect(columnValues(profile.columns[1]!, fr)).toBe('de 0,5 à 12,25');
		expect(columnValues(profile.columns[0]!, en)).toBe('3 distinct values');
		expect(columnValues(profile.columns[2]!, fr)).toBe('plus de 1\u202f000 valeurs distinctes');
		expect(columnValues({ ...profile.columns[1]!, max: '0,5' }, en)).toBe('0,5');
	});

	it('hands the browser exactly the preview strings', () => {
		const strings = clientPreviewStrings('fr');
		expect(Object.keys(strings).every((key) => key.startsWith('preview.'))).toBe(true);
		expect(strings['preview.failure.network']).toMatch(/CORS/);
	});
});

describe('describing a dictionary', () => {
	it('gives a field’s type with its format, and its rules', () => {
		expect(fieldTypeLabel({ name: 'd', type: 'date', format: '%d/%m/%Y' }, en)).toBe('Date, written %d/%m/%Y');
		expect(fieldTypeLabel({ name: 's' }, fr)).toBe('Texte');
		expect(
			fieldRules(
				{ name: 'n', type: 'number', decimalChar: ',', constraints: { unique: true, enum: [1, 2], minimum: 0, maxLength: 3, pattern: '\\d+' } },
				true,
				en,
			),
		).toEqual(['Always given', 'No value repeats', 'One of: 1, 2', 'At least 0', 'At most 3 characters', 'Matches \\d+', 'Decimals after “,”']);
	});

	it('notes the primary key and how missing values are written', () => {
		expect(dictionaryNotes({ fields: [{ name: 'a' }, { name: 'b' }], primaryKey: ['a', 'b'], missingValues: ['', 'NA'] }, en)).toEqual([
			'Each row is identified by: a, b.',
			'A missing value is written as: an empty cell, “NA”.',
		]);
		expect(dictionaryNotes({ fields: [{ name: 'a' }] }, en)).toEqual([]);
	});
});

describe('previewPlans', () => {
	const ok = { ok: true as const, profile };
	const dataset = makeDataset({
		identifier: 'x',
		distributions: [
			{ title: { en: 'Built' }, format: 'CSV', download_url: 'https://example.org/data/x.csv', siteFile: 'public/data/x.csv', preview: ok },
			{ title: { en: 'Remote' }, format: 'TSV', download_url: 'https://other.example/x.tsv', byte_size: 2_000_000 },
			{ title: { en: 'Huge' }, format: 'CSV', download_url: 'https://other.example/huge.csv', byte_size: 60_000_000 },
			{
				title: { en: 'API' },
				format: 'REST',
				access_url: 'https://api.example/',
				dictionary: { schema: { fields: [{ name: 'a' }] }, sourcePath: 'datasets/mto/x.yaml' },
			},
			{ title: { en: 'Spreadsheet' }, format: 'XLSX', download_url: 'https://other.example/x.xlsx' },
			{ title: { en: 'Unsafe' }, format: 'CSV', download_url: 'javascript:alert(1)' },
		],
	});

	it('gives build-time previews, remote previews within the limits, and dictionaries alone', () => {
		const plans = previewPlans(dataset, { remote_size_limit_mb: 50, remote_timeout_seconds: 5 });
		expect(plans.map((p) => [p.number, p.kind, 'tooLarge' in p ? p.tooLarge : undefined])).toEqual([
			[1, 'built', undefined],
			[2, 'remote', false],
			[3, 'remote', true],
			[4, 'dictionary', undefined],
		]);
		expect(plans[1]).toMatchObject({ url: 'https://other.example/x.tsv', limitBytes: 50_000_000, timeoutSeconds: 5 });
	});

	it('uses 10 MB and 20 seconds when the catalogue sets nothing', () => {
		expect(previewPlans(dataset, undefined)[1]).toMatchObject({ limitBytes: 10_000_000, timeoutSeconds: 20 });
	});
});

describe('the link to a file kept with the site', () => {
	it('points to the file on the site being built, base path included', () => {
		const { licenceById } = makeCatalogue([]);
		const view = describeDistribution(
			{ title: { en: 'x' }, format: 'CSV', download_url: 'https://example.org/data/a%20b.csv', siteFile: 'public/data/a b.csv' },
			{},
			licenceById,
			'/catalogue/',
		);
		expect(view.link).toEqual({ kind: 'download', href: '/catalogue/data/a%20b.csv' });
	});
});
