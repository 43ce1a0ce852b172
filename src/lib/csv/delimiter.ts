/**
 * Which character separates the columns: a comma, a semicolon (where the comma is the decimal
 * mark), a tab or a pipe. papaparse's own guess prefers whichever delimiter it tries first when
 * another gives more regular rows, so each candidate is parsed (quotes respected) and the one whose
 * rows most often have as many fields as the header wins; more columns break a tie.
 */
import Papa from 'papaparse';

/** The delimiters a preview recognises. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** How many rows of the sample are compared with the header. */
const SAMPLE_ROWS = 30;

/** The delimiter of a file that starts with `sample` (the first few kilobytes of its text). */
export function guessDelimiter(sample: string): string {
	// A sample cut mid-row would count its last, partial row as irregular.
	const lastNewline = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
	const text = lastNewline > 0 ? sample.slice(0, lastNewline) : sample;
	let best = { delimiter: ',', regularity: -1, width: 0 };
	for (const delimiter of DELIMITERS) {
		const { data } = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS + 1, skipEmptyLines: true });
		const width = data[0]?.length ?? 0;
		if (width < 2) continue;
		const rows = data.slice(1);
		const regularity = rows.length === 0 ? 1 : rows.filter((row) => row.length === width).length / rows.length;
		if (regularity > best.regularity || (regularity === best.regularity && width > best.width)) best = { delimiter, regularity, width };
	}
	return best.delimiter;
}

/** How many cells the first line of `text` has with `delimiter`, quotes respected: a width known before parsing. */
export function firstLineCells(text: string, delimiter: string): number {
	let cells = 1;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && c === delimiter) cells++;
	}
	return cells;
}
