import { describe, expect, it } from 'vitest';
import { guessDelimiter, readCsv } from '../../src/lib/schedules/read-csv.ts';

const values = (text: string) => readCsv('s.csv', text).table!.rows.map((row) => row.cells.map((cell) => cell.value));

describe('readCsv', () => {
	it('reads commas and LF, semicolons and CRLF alike', () => {
		const expected = [
			['a', '1'],
			['b', '2'],
		];
		expect(values('id,n\na,1\nb,2\n')).toEqual(expected);
		expect(values('id;n\r\na;1\r\nb;2\r\n')).toEqual(expected);
		expect(values('id;n\r\na;1\r\nb;2')).toEqual(expected);
		expect(readCsv('s.csv', 'id;n\na;1\n').table!.delimiter).toBe(';');
	});

	it('keeps quoted delimiters, doubled quotes and line breaks inside a cell', () => {
		expect(values('id,note\na,"one, two; ""three""\nfour"\n')).toEqual([['a', 'one, two; "three"\nfour']]);
	});

	it('gives each record its spreadsheet row and the physical line and column of each cell', () => {
		const { table } = readCsv('s.csv', 'id,note,n\na,"line one\nline two",1\nb,x,2\n');
		expect(table!.header.number).toBe(1);
		const [first, second] = table!.rows;
		expect(first).toMatchObject({ number: 2, line: 2 });
		expect(first!.cells.map((c) => [c.line, c.column])).toEqual([
			[2, 1],
			[2, 3],
			[3, 11],
		]);
		expect(second).toMatchObject({ number: 3, line: 4 });
		expect(second!.cells[2]).toEqual({ value: '2', line: 4, column: 5 });
	});

	it('skips blank records, such as the empty rows spreadsheets leave, but keeps counting them', () => {
		const { table } = readCsv('s.csv', 'id;n\n;\n\na;1\n;;\n');
		expect(table!.rows.map((row) => [row.number, row.cells[0]!.value])).toEqual([[4, 'a']]);
	});

	it('trims spaces around cells', () => {
		expect(values('id, n\n a , 1\n')).toEqual([['a', '1']]);
	});

	it('reports a quote that is never closed, where it starts', () => {
		const { diagnostics } = readCsv('s.csv', 'id,note\na,ok\nb,"open\nc,d\n');
		expect(diagnostics).toEqual([expect.objectContaining({ code: 'csv.quotes', line: 3, field: 'row 3', message: 'has a quoted cell that is never closed' })]);
	});

	it('guesses the delimiter from the header, ignoring quoted text', () => {
		expect(guessDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
		expect(guessDelimiter('a,b\n')).toBe(',');
		expect(guessDelimiter('"a;b;c",d\n')).toBe(',');
		expect(guessDelimiter('single\n')).toBe(',');
	});

	it('has nothing to return for an empty text', () => {
		expect(readCsv('s.csv', '').table).toBeUndefined();
	});
});
