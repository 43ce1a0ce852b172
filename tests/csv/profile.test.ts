/**
 * The profile of a table: delimiters, quoted line breaks (and the lines rows start on), ragged rows,
 * repeated headers, column types, empty cells, ranges and distinct counts (capped), the 100-row
 * preview, and the streaming reader's guard against a quote that never closes.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellKinds, columnType, DATE, DATETIME, INTEGER, NUMBER } from '../../src/lib/csv/cell-types.ts';
import { DISTINCT_LIMIT } from '../../src/lib/csv/column-stats.ts';
import { guessDelimiter } from '../../src/lib/csv/delimiter.ts';
import { HashSet53 } from '../../src/lib/csv/hash-set.ts';
import { DEFAULT_FILE_LIMITS, MAX_ROW_BYTES, profileCsvFile } from '../../src/lib/csv/profile-file.ts';
import { profileText } from '../../src/lib/csv/profile-text.ts';
import type { TableSink } from '../../src/lib/csv/row-feeder.ts';
import { MAX_CELL_CHARACTERS, PREVIEW_ROWS, type TableProfile } from '../../src/lib/csv/table-profile.ts';

const dir = mkdtempSync(join(tmpdir(), 'odc-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const reading = { encoding: 'utf-8' as const, bom: false };

function profile(text: string, sinks: TableSink[] = []): TableProfile {
	const outcome = profileText(text, reading, sinks);
	if (!outcome.ok) throw new Error(outcome.problem);
	return outcome.profile;
}

/** Records the line each row starts on. */
class LineRecorder implements TableSink {
	lines: number[] = [];
	header(_cells: string[], line: number) {
		this.lines.push(line);
	}
	row(_cells: string[], line: number) {
		this.lines.push(line);
	}
}

describe('delimiters', () => {
	it.each([
		[',', 'a,b,c\n1,2,3\n4,5,6\n'],
		[';', 'a;b;c\n1,5;2;3\n4;5,25;6\n'],
		['\t', 'name\tnote\nx\tone, two, three\ny\tfour, five\n'],
		['|', 'a|b|c\n1|2|3\n'],
	])('finds %j', (delimiter, text) => {
		expect(guessDelimiter(text)).toBe(delimiter);
		expect(profile(text).delimiter).toBe(delimiter);
	});

	it('ignores delimiters inside quotes when it guesses', () => {
		expect(guessDelimiter('title;note\n"a, b, c";"d, e"\n"f, g";h\n')).toBe(';');
	});

	it('falls back to a comma for a single column', () => {
		expect(guessDelimiter('name\nAlice\nBob\n')).toBe(',');
		expect(profile('name\nAlice\nBob\n')).toMatchObject({ columnCount: 1, rowCount: 2 });
	});
});

describe('rows and lines', () => {
	it('keeps quoted line breaks in their cell and counts the lines rows start on', () => {
		const lines = new LineRecorder();
		const p = profile('id,comment\r\n1,"first\r\nsecond"\r\n\r\n2,plain\r\n3,"x"\r\n', [lines]);
		expect(p.rowCount).toBe(3);
		expect(p.rows[0]).toEqual(['1', 'first\r\nsecond']);
		// Header on 1, row 1 on 2 (two lines), a blank line 4, row 2 on 5, row 3 on 6.
		expect(lines.lines).toEqual([1, 2, 5, 6]);
	});

	it('reports ragged rows, pads short ones and leaves extra cells out of the preview', () => {
		const p = profile('a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
		expect(p).toMatchObject({ rowCount: 3, columnCount: 3, raggedRows: 2, firstRaggedLine: 3 });
		expect(p.rows).toEqual([
			['1', '2', '3'],
			['4', '5', ''],
			['6', '7', '8'],
		]);
		expect(p.columns[2]!.empty).toBe(1);
	});

	it('counts a repeated header as a row but not as data in the column summary', () => {
		const p = profile('n,x\n1,a\nn,x\n2,b\n');
		expect(p).toMatchObject({ rowCount: 3, repeatedHeaders: 1 });
		expect(p.columns[0]!.type).toBe('integer');
	});

	it('reports a misplaced quote with its line, once per row', () => {
		// A closing quote followed by more text: the parser reads on to the end of the file.
		const p = profile('a,b\n0,fine\n1,"x"y\n2,ok\n');
		expect(p).toMatchObject({ quoteProblems: 1, firstQuoteProblemLine: 3, rowCount: 2 });
	});

	it('keeps the first 100 rows and cuts long cells, while counting every row', () => {
		const long = 'x'.repeat(500);
		const text = `n,text\n${Array.from({ length: 250 }, (_, i) => `${i},${long}`).join('\n')}\n`;
		const p = profile(text);
		expect(p.rowCount).toBe(250);
		expect(p.rows).toHaveLength(PREVIEW_ROWS);
		expect(p.rows[99]![0]).toBe('99');
		expect(p.rows[0]![1]).toHaveLength(MAX_CELL_CHARACTERS);
		expect(p.rows[0]![1]!.endsWith('…')).toBe(true);
		expect(p.columns[0]).toMatchObject({ min: '0', max: '249', distinct: 250 });
	});

	it('previews a file with a header and no rows, and refuses one with no header', () => {
		expect(profile('a,b\n')).toMatchObject({ rowCount: 0, columnCount: 2, rows: [] });
		expect(profileText('\n\n', reading)).toEqual({ ok: false, problem: 'empty' });
	});
});

describe('column summaries', () => {
	it('infers each column’s type from all its cells', () => {
		const p = profile(
			[
				'int,num,code,flag,day,stamp,mixed,blank',
				'1,1.5,007,true,2024-01-31,2024-01-31T10:00:00Z,1,',
				'-20,2,010,FALSE,2024-02-29,2024-02-01 08:30,x,',
				'300,1e3,123,false,2023-12-01,2024-03-01T00:00,2024-01-01,',
			].join('\n'),
		);
		expect(p.columns.map((c) => c.type)).toEqual(['integer', 'number', 'text', 'boolean', 'date', 'datetime', 'text', 'empty']);
		expect(p.columns.map((c) => [c.min, c.max])).toEqual([
			['-20', '300'],
			['1.5', '1e3'],
			[undefined, undefined],
			[undefined, undefined],
			['2023-12-01', '2024-02-29'],
			['2024-01-31T10:00:00Z', '2024-03-01T00:00'],
			[undefined, undefined],
			[undefined, undefined],
		]);
		expect(p.columns[3]!.distinct).toBe(3);
	});

	it('does not take an impossible date for a date', () => {
		expect(cellKinds('2023-02-29', false)).toBe(0);
		expect(cellKinds('2024-02-29', false)).toBe(DATE | DATETIME);
		expect(cellKinds('2024-02-29 25:00', false)).toBe(0);
	});

	it('reads decimal commas only in files that do not use the comma as delimiter', () => {
		expect(cellKinds('3,5', true)).toBe(NUMBER);
		expect(cellKinds('3,5', false)).toBe(0);
		expect(cellKinds('35', false)).toBe(INTEGER | NUMBER);
		expect(columnType(INTEGER | NUMBER, 0)).toBe('empty');
	});

	it('counts distinct values up to the limit, then says “more than”', () => {
		const text = `id\n${Array.from({ length: DISTINCT_LIMIT + 500 }, (_, i) => `v${i}`).join('\n')}\n`;
		expect(profile(text).columns[0]).toMatchObject({ distinct: DISTINCT_LIMIT, distinctCapped: true });
		const few = `id\n${Array.from({ length: DISTINCT_LIMIT }, (_, i) => `v${i}`).join('\n')}\n`;
		expect(profile(few).columns[0]).toMatchObject({ distinct: DISTINCT_LIMIT, distinctCapped: false });
	});

	it('counts blank cells and the cells short rows leave out as empty', () => {
		const p = profile('a,b\n1, \n2\n3,x\n');
		expect(p.columns[1]!.empty).toBe(2);
	});
});

describe('the streaming reader', () => {
	it('gives up on a quote that never closes instead of holding the rest of the file in one cell', async () => {
		const path = join(dir, 'unclosed.csv');
		const filler = `${'x'.repeat(1023)}\n`;
		writeFileSync(path, `a,b\n1,"never closed\n${filler.repeat(Math.ceil(MAX_ROW_BYTES / 1024) + 2048)}`);
		expect((await profileCsvFile(path)).outcome).toEqual({ ok: false, problem: 'unclosed-quote' });
	});

	it('tells a line that is too long from a quote left open, with a small row limit', async () => {
		const limits = { ...DEFAULT_FILE_LIMITS, rowBytes: 256 * 1024 };
		const path = join(dir, 'one-line.csv');
		writeFileSync(path, `a,b\n${'1,'.repeat(1024 * 1024)}`);
		expect((await profileCsvFile(path, undefined, limits)).outcome).toEqual({ ok: false, problem: 'line-too-long' });
		const quoted = join(dir, 'open-quote.csv');
		writeFileSync(quoted, `a,b\n1,"never closed\n${`${'x'.repeat(1023)}\n`.repeat(1024)}`);
		expect((await profileCsvFile(quoted, undefined, limits)).outcome).toEqual({ ok: false, problem: 'unclosed-quote' });
	});

	it('refuses a file larger than the limit from its size, and a wide one from its header', async () => {
		const path = join(dir, 'wide.csv');
		writeFileSync(path, 'a,b,c,d\n1,2,3,4\n');
		expect((await profileCsvFile(path, undefined, { ...DEFAULT_FILE_LIMITS, fileBytes: 10 })).outcome).toEqual({ ok: false, problem: 'too-large' });
		expect((await profileCsvFile(path, undefined, { ...DEFAULT_FILE_LIMITS, columns: 3 })).outcome).toEqual({ ok: false, problem: 'too-many-columns' });
		expect((await profileCsvFile(path, undefined, { ...DEFAULT_FILE_LIMITS, columns: 4 })).outcome).toMatchObject({ ok: true });
	});

	it('never follows a link', async () => {
		const link = join(dir, 'link.csv');
		symlinkSync('/etc/passwd', link);
		await expect(profileCsvFile(link)).rejects.toThrow(/ELOOP/);
	});

	it('rejects a file it cannot read', async () => {
		await expect(profileCsvFile(join(dir, 'missing.csv'))).rejects.toThrow(/ENOENT/);
	});
});

describe('HashSet53', () => {
	it('remembers values across growth and tells a repeat', () => {
		const set = new HashSet53();
		for (let i = 0; i < 5000; i++) expect(set.add(`value ${i}`)).toBe(true);
		expect(set.size).toBe(5000);
		expect(set.add('value 42')).toBe(false);
		expect(set.add('value 4999')).toBe(false);
		expect(set.size).toBe(5000);
	});
});
