/**
 * Matches a file's header to the fields of its data dictionary, by name, and says how they differ
 * under the dictionary's `fieldsMatch` rule: `exact` (the default) wants the same columns in the same
 * order, `equal` the same columns in any order, `subset` every field (other columns allowed),
 * `superset` no column that is not a field, `partial` at least one field.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { TableSchemaRecord } from '../records.ts';
import { didYouMean } from '../validate/did-you-mean.ts';

/** A header problem, located by column (the line is the header's). */
export type HeaderProblem = Omit<Diagnostic, 'severity' | 'file' | 'line' | 'hint'> & { hint?: string };

/** Where each field is in the file (by name), and what is wrong with the header. */
export function matchHeader(header: readonly string[], dictionary: TableSchemaRecord): { positions: Map<string, number>; problems: HeaderProblem[] } {
	const rule = dictionary.fieldsMatch ?? 'exact';
	const positions = new Map<string, number>();
	header.forEach((name, index) => {
		if (!positions.has(name)) positions.set(name, index);
	});
	const fieldNames = dictionary.fields.map((field) => field.name);
	const known = new Set(fieldNames);
	const found = new Map(fieldNames.filter((name) => positions.has(name)).map((name) => [name, positions.get(name)!]));
	const problems: HeaderProblem[] = [];

	if (rule === 'exact' || rule === 'equal' || rule === 'subset') {
		for (const name of fieldNames) {
			if (found.has(name)) continue;
			const guess = didYouMean(
				name,
				header.filter((column) => !known.has(column)),
			);
			problems.push({
				code: 'dictionary.missing-column',
				column: 1,
				field: name,
				message: 'is in the data dictionary but not in the file’s header',
				hint: guess ? `the file has a column "${guess}": did the name change?` : 'add the column to the file, or remove the field from the data dictionary',
			});
		}
	}
	if (rule === 'exact' || rule === 'equal' || rule === 'superset') {
		header.forEach((name, index) => {
			if (known.has(name)) return;
			problems.push({
				code: 'dictionary.extra-column',
				column: index + 1,
				field: name || `(column ${index + 1})`,
				message: 'is a column of the file that the data dictionary does not describe',
				hint: 'describe it in the data dictionary, or set fieldsMatch: subset if the dictionary describes only some columns',
			});
		});
	}
	if (rule === 'exact' && problems.length === 0) {
		fieldNames.forEach((name, index) => {
			if (positions.get(name) === index) return;
			problems.push({
				code: 'dictionary.column-order',
				column: positions.get(name)! + 1,
				field: name,
				message: 'is not where the data dictionary puts it',
				expected: `column ${index + 1}`,
				got: `column ${positions.get(name)! + 1}`,
				hint: 'list the fields in the order of the file’s columns, or set fieldsMatch: equal',
			});
		});
	}
	if (rule === 'partial' && found.size === 0) {
		problems.push({
			code: 'dictionary.missing-column',
			column: 1,
			field: fieldNames.join(', ').slice(0, 200),
			message: 'none of the data dictionary’s fields is a column of the file',
			hint: 'check that the dictionary belongs to this file',
		});
	}
	return { positions: found, problems };
}
