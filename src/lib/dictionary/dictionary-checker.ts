/**
 * Checks the rows of a CSV file against its data dictionary, as one more reader of the rows the
 * preview streams (so a large file is read once): the header against the fields, then each cell
 * against its column's type and constraints (required, unique, enum, minimum and maximum, length,
 * pattern) and each row against the primary and unique keys. Problems are located by line and
 * column. A column that breaks the same rule in many rows reports the first few and a count, so a
 * badly broken million-row file gives a readable report.
 */
import { HashSet53 } from '../csv/hash-set.ts';
import type { TableSink } from '../csv/row-feeder.ts';
import { describeValue, type Diagnostic, type Severity } from '../diagnostics/diagnostic.ts';
import type { DiagnosticCode } from '../diagnostics/registry.ts';
import type { FieldRecord, TableSchemaRecord } from '../records.ts';
import { comparableKey, constraintComparable } from './constraint-values.ts';
import { fieldCaster, type Comparable, type FieldCaster } from './field-caster.ts';
import { matchHeader } from './match-header.ts';
import { compilePattern, MAX_PATTERN_CELL_LENGTH } from './pattern.ts';

/** How many rows breaking the same rule in the same column are reported one by one. */
export const EXAMPLES_PER_PROBLEM = 5;

/** What the checker needs to know besides the rows. */
export interface DictionaryCheckOptions {
	/** The data file, relative to the catalogue root, e.g. `public/data/mto/counts.csv`. */
	dataFile: string;
	dictionary: TableSchemaRecord;
	/** Where the dictionary is written, for hints: a `.schema.yaml` file or the dataset's file. */
	dictionaryFile: string;
	severity: Severity;
}

/** One checked column: its position in the file, its dictionary entry and what its rules need. */
interface Column {
	index: number;
	field: FieldRecord;
	caster: FieldCaster;
	missing: ReadonlySet<string>;
	required: boolean;
	unique: HashSet53 | undefined;
	enumKeys: ReadonlySet<string> | undefined;
	bounds: Array<{ rule: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'; value: Comparable; written: string }>;
	/** The compiled pattern; an invalid one is reported with the dictionary, not here. */
	pattern: ((value: string) => boolean) | undefined;
}

/** A set of columns whose values together must not repeat. */
interface Key {
	columns: Column[];
	seen: HashSet53;
	code: 'dictionary.primary-key' | 'dictionary.unique-key';
	/** The primary key's columns must all have a value. */
	primary: boolean;
}

type Problem = Omit<Diagnostic, 'severity' | 'file'>;

/** Checks rows against a dictionary; read {@link diagnostics} once the file has been read. */
export class DictionaryChecker implements TableSink {
	readonly #options: DictionaryCheckOptions;
	readonly #diagnostics: Diagnostic[] = [];
	readonly #counts = new Map<string, { count: number; line: number; column: number; field: string; code: DiagnosticCode }>();
	#columns: Column[] = [];
	#keys: Key[] = [];

	constructor(options: DictionaryCheckOptions) {
		this.#options = options;
	}

	header(cells: string[], line: number): void {
		const { dictionary } = this.#options;
		const { positions, problems } = matchHeader(
			cells.map((cell) => cell.trim()),
			dictionary,
		);
		for (const problem of problems) this.#emit({ ...problem, line });
		const primaryKey = typeof dictionary.primaryKey === 'string' ? [dictionary.primaryKey] : (dictionary.primaryKey ?? []);
		this.#columns = dictionary.fields.flatMap((field) => {
			const index = positions.get(field.name);
			return index === undefined ? [] : [this.#column(field, index, primaryKey.includes(field.name))];
		});
		const byName = new Map(this.#columns.map((column) => [column.field.name, column]));
		const keyColumns = (names: readonly string[]) => names.map((name) => byName.get(name));
		const keys = [
			{ names: primaryKey, code: 'dictionary.primary-key' as const, primary: true },
			...(dictionary.uniqueKeys ?? []).map((names) => ({ names, code: 'dictionary.unique-key' as const, primary: false })),
		];
		// A key with a column missing from the file cannot be checked; the header problem says why.
		this.#keys = keys
			.filter((key) => key.names.length > 1 && keyColumns(key.names).every(Boolean))
			.map((key) => ({ columns: keyColumns(key.names) as Column[], seen: new HashSet53(), code: key.code, primary: key.primary }));
	}

	row(cells: string[], line: number): void {
		for (const column of this.#columns) this.#checkCell(column, cells[column.index] ?? '', line);
		for (const key of this.#keys) {
			const values = key.columns.map((column) => cells[column.index] ?? '');
			if (key.columns.some((column, i) => column.missing.has(values[i]!))) continue;
			if (!key.seen.add(values.join('\u0000'))) {
				const first = key.columns[0]!;
				this.#report({
					code: key.code,
					line,
					column: first.index + 1,
					field: key.columns.map((column) => column.field.name).join(' + '),
					message: key.primary ? 'repeats a primary key: another row has the same values' : 'repeats a combination of values that must be unique',
					got: describeValue(values.join(', ')),
				});
			}
		}
	}

	/** Every problem found, once the whole file has been read. */
	diagnostics(): Diagnostic[] {
		const summaries = [...this.#counts.values()]
			.filter((entry) => entry.count > EXAMPLES_PER_PROBLEM)
			.map((entry) =>
				this.#diagnostic({
					code: entry.code,
					line: entry.line,
					column: entry.column,
					field: entry.field,
					message: `has the same problem in ${entry.count - EXAMPLES_PER_PROBLEM} more row${entry.count - EXAMPLES_PER_PROBLEM === 1 ? '' : 's'}, from this line on`,
				}),
			);
		return [...this.#diagnostics, ...summaries];
	}

	#column(field: FieldRecord, index: number, inPrimaryKey: boolean): Column {
		const { dictionary } = this.#options;
		const caster = fieldCaster(field);
		const constraints = field.constraints ?? {};
		const keys = constraints.enum?.map((value) => constraintComparable(value, field, caster)).filter((value) => value !== undefined);
		const bounds = (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const).flatMap((rule) => {
			const written = constraints[rule];
			const value = written === undefined ? undefined : constraintComparable(written, field, caster);
			return value === undefined ? [] : [{ rule, value, written: String(written) }];
		});
		return {
			index,
			field,
			caster,
			missing: new Set(field.missingValues ?? dictionary.missingValues ?? ['']),
			required: constraints.required === true || inPrimaryKey,
			unique: constraints.unique || (inPrimaryKey && primaryKeySize(dictionary) === 1) ? new HashSet53() : undefined,
			enumKeys: keys ? new Set(keys.map(comparableKey)) : undefined,
			bounds: caster.ordered ? bounds : [],
			pattern: patternTest(constraints.pattern),
		};
	}

	#checkCell(column: Column, cell: string, line: number): void {
		const at = { line, column: column.index + 1, field: column.field.name };
		if (column.missing.has(cell)) {
			if (column.required) this.#report({ ...at, code: 'dictionary.required', message: 'is empty, but the data dictionary requires a value in every row' });
			return;
		}
		const value = column.caster.cast(cell);
		// Described only when a rule is broken: most cells of a large file break none.
		const got = () => describeValue(cell);
		if (value === undefined) {
			this.#report({ ...at, code: 'dictionary.type', message: 'has a value of the wrong type', expected: column.caster.expected, got: got() });
			return;
		}
		const constraints = column.field.constraints ?? {};
		if (column.enumKeys && !column.enumKeys.has(comparableKey(value))) {
			const allowed = (constraints.enum ?? []).map(String);
			this.#report({ ...at, code: 'dictionary.enum', message: 'is not one of the allowed values', expected: `one of ${allowed.join(', ')}`, got: got() });
		}
		for (const bound of column.bounds) {
			if (breaks(bound.rule, value, bound.value))
				this.#report({
					...at,
					code: `dictionary.${bound.rule}`,
					message: 'is out of range',
					expected: `${RULE_WORDS[bound.rule]} ${bound.written}`,
					got: got(),
				});
		}
		const length = constraints.minLength !== undefined || constraints.maxLength !== undefined ? [...cell].length : 0;
		if (constraints.minLength !== undefined && length < constraints.minLength)
			this.#report({ ...at, code: 'dictionary.min-length', message: 'is too short', expected: `at least ${constraints.minLength} characters`, got: got() });
		if (constraints.maxLength !== undefined && length > constraints.maxLength)
			this.#report({
				...at,
				code: 'dictionary.max-length',
				message: 'is too long',
				expected: `at most ${constraints.maxLength} characters`,
				got: `${length} characters`,
			});
		if (column.pattern && cell.length > MAX_PATTERN_CELL_LENGTH)
			this.#report({
				...at,
				code: 'dictionary.pattern',
				message: 'is too long to be checked against the pattern',
				expected: `at most ${MAX_PATTERN_CELL_LENGTH.toLocaleString('en')} characters matching ${constraints.pattern}`,
				got: `${cell.length.toLocaleString('en')} characters`,
			});
		else if (column.pattern && !column.pattern(cell))
			this.#report({
				...at,
				code: 'dictionary.pattern',
				message: 'does not have the form the data dictionary gives',
				expected: `text matching ${constraints.pattern}`,
				got: got(),
			});
		if (column.unique && !column.unique.add(comparableKey(value)))
			this.#report({ ...at, code: 'dictionary.unique', message: 'repeats a value that must be unique in the column', got: got() });
	}

	/** Reports a problem in full for its first occurrences in a column, then only counts it. */
	#report(problem: Problem): void {
		const key = `${problem.code}\u0000${problem.field}`;
		let entry = this.#counts.get(key);
		if (!entry) {
			entry = { count: 0, line: 0, column: problem.column, field: problem.field, code: problem.code };
			this.#counts.set(key, entry);
		}
		entry.count++;
		if (entry.count <= EXAMPLES_PER_PROBLEM) this.#emit(problem);
		else if (entry.count === EXAMPLES_PER_PROBLEM + 1) entry.line = problem.line;
	}

	#emit(problem: Problem): void {
		this.#diagnostics.push(this.#diagnostic(problem));
	}

	#diagnostic(problem: Problem): Diagnostic {
		const { dataFile, dictionaryFile, severity } = this.#options;
		return {
			severity,
			file: dataFile,
			...problem,
			hint: problem.hint ?? `checked against the data dictionary in ${dictionaryFile}: fix the data or the dictionary`,
		};
	}
}

const RULE_WORDS = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' } as const;

function breaks(rule: keyof typeof RULE_WORDS, value: Comparable, bound: Comparable): boolean {
	if (typeof value !== typeof bound) return false;
	switch (rule) {
		case 'minimum':
			return value < bound;
		case 'maximum':
			return value > bound;
		case 'exclusiveMinimum':
			return value <= bound;
		case 'exclusiveMaximum':
			return value >= bound;
	}
}

function primaryKeySize(dictionary: TableSchemaRecord): number {
	return typeof dictionary.primaryKey === 'string' ? 1 : (dictionary.primaryKey?.length ?? 0);
}

function patternTest(pattern: string | undefined): ((value: string) => boolean) | undefined {
	if (pattern === undefined) return undefined;
	const compiled = compilePattern(pattern);
	return compiled.ok ? compiled.matches : undefined;
}
