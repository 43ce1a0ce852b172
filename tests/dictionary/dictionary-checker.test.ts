/**
 * Checking rows against a data dictionary: the header under each fieldsMatch rule, each constraint,
 * the keys, missing values, locations (line and column) and the bounded report of a badly broken file.
 */
import { describe, expect, it } from 'vitest';
import { profileText } from '../../src/lib/csv/profile-text.ts';
import { DictionaryChecker, EXAMPLES_PER_PROBLEM } from '../../src/lib/dictionary/dictionary-checker.ts';
import type { TableSchemaRecord } from '../../src/lib/records.ts';

function check(text: string, dictionary: TableSchemaRecord) {
	const checker = new DictionaryChecker({ dataFile: 'public/data/x.csv', dictionary, dictionaryFile: 'datasets/mto/x.schema.yaml', severity: 'error' });
	const outcome = profileText(text, { encoding: 'utf-8', bom: false }, [checker]);
	expect(outcome.ok).toBe(true);
	return checker.diagnostics();
}

const brief = (diagnostics: ReturnType<typeof check>) => diagnostics.map((d) => `${d.line}:${d.column} ${d.field} ${d.code}${d.got ? ` ${d.got}` : ''}`);

const stations: TableSchemaRecord = {
	fields: [
		{ name: 'id', type: 'string', constraints: { required: true, unique: true, pattern: 'S-\\d{3}' } },
		{ name: 'kind', type: 'string', constraints: { enum: ['road', 'bridge'] } },
		{ name: 'aadt', type: 'integer', constraints: { minimum: 0, maximum: 200000 } },
		{ name: 'opened', type: 'date', format: '%d/%m/%Y', constraints: { minimum: '2000-01-01' } },
		{ name: 'share', type: 'number', decimalChar: ',', constraints: { exclusiveMaximum: 100 } },
		{ name: 'note', type: 'string', constraints: { maxLength: 10 } },
	],
	missingValues: ['', 'NA'],
};

describe('DictionaryChecker', () => {
	it('finds nothing wrong with a file that follows its dictionary', () => {
		expect(check('id,kind,aadt,opened,share,note\nS-001,road,1200,01/02/2003,"12,5",\nS-002,bridge,NA,NA,NA,short\n', stations)).toEqual([]);
	});

	it('reports each broken rule at its line and column, with the value', () => {
		const text = [
			'id,kind,aadt,opened,share,note',
			'S-001,road,12a,01/02/2003,1,',
			'S-001,ferry,-5,31/12/1999,100,far too long a note',
			',road,300000,30/02/2005,"5,5",',
			'X-9,road,1,01/01/2001,2,',
		].join('\n');
		expect(brief(check(text, stations))).toEqual([
			'2:3 aadt dictionary.type "12a"',
			'3:1 id dictionary.unique "S-001"',
			'3:2 kind dictionary.enum "ferry"',
			'3:3 aadt dictionary.minimum "-5"',
			'3:4 opened dictionary.minimum "31/12/1999"',
			'3:5 share dictionary.exclusiveMaximum "100"',
			'3:6 note dictionary.max-length 19 characters',
			'4:1 id dictionary.required',
			'4:3 aadt dictionary.maximum "300000"',
			'4:4 opened dictionary.type "30/02/2005"',
			'5:1 id dictionary.pattern "X-9"',
		]);
	});

	it('says what was expected and where the dictionary is', () => {
		const [problem] = check('id,kind,aadt,opened,share,note\nS-001,road,1.5,,,\n', stations);
		expect(problem).toMatchObject({
			severity: 'error',
			file: 'public/data/x.csv',
			field: 'aadt',
			message: 'has a value of the wrong type',
			expected: 'a whole number',
			got: '"1.5"',
			hint: 'checked against the data dictionary in datasets/mto/x.schema.yaml: fix the data or the dictionary',
		});
	});

	it('reports the first few rows of a repeated problem, then how many more', () => {
		const rows = Array.from({ length: 40 }, (_, i) => `S-${String(i).padStart(3, '0')},road,bad,,,`);
		const diagnostics = check(`id,kind,aadt,opened,share,note\n${rows.join('\n')}\n`, stations);
		expect(diagnostics).toHaveLength(EXAMPLES_PER_PROBLEM + 1);
		expect(diagnostics.at(-1)).toMatchObject({
			line: EXAMPLES_PER_PROBLEM + 2,
			field: 'aadt',
			code: 'dictionary.type',
			message: `has the same problem in ${40 - EXAMPLES_PER_PROBLEM} more rows, from this line on`,
		});
	});

	it('checks a primary key of several columns and unique keys, leaving rows with missing values out of unique keys', () => {
		const dictionary: TableSchemaRecord = {
			fields: [{ name: 'site' }, { name: 'year', type: 'year' }, { name: 'code' }, { name: 'alt' }],
			primaryKey: ['site', 'year'],
			uniqueKeys: [['code', 'alt']],
		};
		const text = 'site,year,code,alt\nA,2020,x,1\nA,2021,x,2\nA,2020,y,1\nB,,x,2\nC,2022,,\nD,2022,,\n';
		expect(brief(check(text, dictionary))).toEqual([
			'4:1 site + year dictionary.primary-key "A, 2020"',
			'5:2 year dictionary.required',
			'5:3 code + alt dictionary.unique-key "x, 2"',
		]);
	});

	it('lines up columns by name, and reports the header by the fieldsMatch rule', () => {
		const fields = [{ name: 'a' }, { name: 'b', type: 'integer' as const }, { name: 'c' }];
		expect(brief(check('a,c,b\n1,2,x\n', { fields }))).toEqual([
			'1:3 b dictionary.column-order column 3',
			'1:2 c dictionary.column-order column 2',
			'2:3 b dictionary.type "x"',
		]);
		expect(brief(check('a,c,b\n1,2,3\n', { fields, fieldsMatch: 'equal' }))).toEqual([]);
		expect(brief(check('a,bb,c,d\n1,2,3,4\n', { fields }))).toEqual([
			'1:1 b dictionary.missing-column',
			'1:2 bb dictionary.extra-column',
			'1:4 d dictionary.extra-column',
		]);
		expect(check('a,bb,c,d\n1,2,3,4\n', { fields })[0]!.hint).toBe('the file has a column "bb": did the name change?');
		expect(brief(check('a,b,c,d\n1,2,3,4\n', { fields, fieldsMatch: 'subset' }))).toEqual([]);
		expect(brief(check('a,b\n1,2\n', { fields, fieldsMatch: 'superset' }))).toEqual([]);
		expect(brief(check('x,y\n1,2\n', { fields, fieldsMatch: 'partial' }))).toEqual(['1:1 a, b, c dictionary.missing-column']);
	});

	it('treats a missing cell of a short row as a missing value', () => {
		expect(brief(check('id,kind,aadt,opened,share,note\nS-001,road\n', stations))).toEqual([]);
		expect(brief(check('id,kind\nS-001\n', { fields: [{ name: 'id' }, { name: 'kind', constraints: { required: true } }] }))).toEqual([
			'2:2 kind dictionary.required',
		]);
	});
});

describe('patterns from a hostile dictionary', () => {
	const nested: TableSchemaRecord = { fields: [{ name: 'code', type: 'string', constraints: { pattern: '(a+)+' } }] };

	it('runs (a+)+ against a cell that backtracking takes minutes over in linear time', () => {
		const started = performance.now();
		const diagnostics = check(`code\n${'a'.repeat(41)}b\n${'a'.repeat(5000)}!\naaa\n`, nested);
		const seconds = (performance.now() - started) / 1000;
		expect(brief(diagnostics)).toEqual([`2:1 code dictionary.pattern "${'a'.repeat(41)}b"`, expect.stringMatching(/^3:1 code dictionary.pattern "a{70}/)]);
		expect(seconds).toBeLessThan(2);
	});

	it('reports a cell too long to match instead of matching it', () => {
		expect(brief(check(`code\n${'a'.repeat(20_000)}\n`, nested))).toEqual(['2:1 code dictionary.pattern 20,000 characters']);
	});
});
