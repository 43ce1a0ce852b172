/**
 * JSON and JSON lines as records, with bad input named, not fatal: a file that is not valid JSON
 * (a truncated download) is reported with the place the parser stopped; in JSON lines each bad
 * line is reported and the others are read.
 */
import type { SourceProblem } from './types.ts';

/** The parsed value of a JSON file, or every line of a JSON-lines file, with the line of each. */
export function parseJsonOrLines(text: string, file: string, problems: SourceProblem[]): Array<{ value: unknown; position: string }> {
	const trimmed = text.trim();
	if (trimmed === '') {
		problems.push({ file, message: 'is empty' });
		return [];
	}
	try {
		return [{ value: JSON.parse(trimmed), position: 'file' }];
	} catch (whole) {
		const lines = text.split('\n');
		const firstLine = lines.find((line) => line.trim() !== '') ?? '';
		// One JSON document per line, or a single (broken) document?
		if (lines.filter((l) => l.trim()).length < 2 || !isJson(firstLine)) {
			problems.push({ file, message: `is not valid JSON: ${(whole as Error).message} (a truncated or damaged file?)` });
			return [];
		}
		const out: Array<{ value: unknown; position: string }> = [];
		lines.forEach((line, index) => {
			if (!line.trim()) return;
			try {
				out.push({ value: JSON.parse(line), position: `line ${index + 1}` });
			} catch (error) {
				problems.push({ file, position: `line ${index + 1}`, message: `is not valid JSON: ${(error as Error).message}` });
			}
		});
		return out;
	}
}

function isJson(line: string): boolean {
	try {
		JSON.parse(line);
		return true;
	} catch {
		return false;
	}
}
