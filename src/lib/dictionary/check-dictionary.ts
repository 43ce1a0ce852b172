/**
 * The checks of a data dictionary that its JSON Schema cannot express: field names are unique, the
 * keys name fields that exist, formats and options suit the field's type, constraint values are
 * values of that type (an enum of dates must hold dates), minimum is not above maximum, and patterns
 * are valid regular expressions. Problems are located in the YAML file that holds the dictionary.
 */
import { describeValue, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';
import { diagnosticAt, type Finding } from '../diagnostics/located.ts';
import type { DataPath } from '../load/locate.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';
import type { FieldRecord, FieldType, TableSchemaRecord } from '../records.ts';
import { didYouMean } from '../validate/did-you-mean.ts';
import { constraintComparable } from './constraint-values.ts';
import { compileDatePattern, DATE_DIRECTIVES } from './date-pattern.ts';
import { compilePattern, MAX_PATTERN_LENGTH } from './pattern.ts';
import { fieldCaster } from './field-caster.ts';

/** The formats each type accepts besides `default`; date and time types also take strptime patterns. */
const FORMATS: Partial<Record<FieldType, readonly string[]>> = {
	string: ['email', 'uri', 'uuid', 'binary'],
	date: ['any'],
	time: ['any'],
	datetime: ['any'],
	geopoint: ['array', 'object'],
	geojson: ['topojson'],
};
const TEMPORAL = new Set<FieldType>(['date', 'time', 'datetime']);

/** Options that only some types use, and which. */
const TYPE_OPTIONS: Array<[keyof FieldRecord, readonly FieldType[]]> = [
	['trueValues', ['boolean']],
	['falseValues', ['boolean']],
	['decimalChar', ['number']],
	['groupChar', ['number', 'integer']],
	['bareNumber', ['number', 'integer']],
];

/** Checks a schema-valid dictionary found at `at` (an empty path for a dictionary file) in `parsed`. */
export function checkDictionary(parsed: ParsedYaml, at: DataPath, dictionary: TableSchemaRecord): Diagnostic[] {
	const out: Diagnostic[] = [];
	const error = (path: DataPath, finding: Finding, key = false) => out.push(diagnosticAt(parsed, 'error', [...at, ...path], finding, key));

	const names = dictionary.fields.map((field) => field.name);
	names.forEach((name, i) => {
		if (names.indexOf(name) !== i)
			error(['fields', i, 'name'], {
				code: 'dictionary.duplicate-field',
				message: 'is the name of two fields',
				got: describeValue(name),
				hint: hintOf('dictionary.duplicate-field'),
			});
	});
	const checkName = (path: DataPath, name: string) => {
		if (names.includes(name)) return;
		const guess = didYouMean(name, names);
		error(path, {
			code: 'dictionary.unknown-field',
			message: 'is not the name of a field',
			got: describeValue(name),
			hint: guess ? `did you mean "${guess}"?` : `the fields are: ${[...new Set(names)].join(', ').slice(0, 300)}`,
		});
	};
	const { primaryKey } = dictionary;
	if (typeof primaryKey === 'string') checkName(['primaryKey'], primaryKey);
	else primaryKey?.forEach((name, i) => checkName(['primaryKey', i], name));
	dictionary.uniqueKeys?.forEach((key, i) => key.forEach((name, j) => checkName(['uniqueKeys', i, j], name)));

	dictionary.fields.forEach((field, i) => checkField(field, (path, rest, key) => error(['fields', i, ...path], rest, key)));
	return out;
}

type Report = (path: DataPath, rest: Omit<Diagnostic, 'severity' | 'file' | 'line' | 'column' | 'field'>, key?: boolean) => void;

function checkField(field: FieldRecord, error: Report): void {
	const type = field.type ?? 'string';
	if (field.format !== undefined && field.format !== 'default') {
		const allowed = FORMATS[type] ?? [];
		if (TEMPORAL.has(type) && field.format.includes('%')) {
			const pattern = compileDatePattern(field.format);
			if (!pattern.ok)
				error(['format'], {
					code: 'dictionary.format',
					message: 'uses a directive the checker does not understand',
					got: pattern.unknown,
					expected: `a pattern made of ${DATE_DIRECTIVES.join(', ')} and other characters`,
					hint: 'month names vary with the language: write months as numbers (%m)',
				});
		} else if (!allowed.includes(field.format)) {
			error(['format'], {
				code: 'dictionary.format',
				message: `is not a format of ${type} fields`,
				expected: `one of ${['default', ...allowed].join(', ')}${TEMPORAL.has(type) ? ' or a pattern such as %d/%m/%Y' : ''}`,
				got: describeValue(field.format),
			});
		}
	}
	for (const [option, types] of TYPE_OPTIONS) {
		if (field[option] !== undefined && !types.includes(type))
			error(
				[option],
				{ code: 'dictionary.option', message: `only applies to ${types.join(' and ')} fields`, got: aField(type), hint: hintOf('dictionary.option') },
				true,
			);
	}

	const constraints = field.constraints ?? {};
	const caster = fieldCaster(field);
	const ordered = caster.ordered;
	const readable = (path: DataPath, value: string | number | boolean) => {
		if (constraintComparable(value, field, caster) !== undefined) return true;
		error(path, {
			code: 'dictionary.constraint-value',
			message: `is not a value of the field’s type (${type})`,
			expected: caster.expected,
			got: describeValue(value),
		});
		return false;
	};
	constraints.enum?.forEach((value, i) => readable(['constraints', 'enum', i], value));
	const bounds = (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const).filter((rule) => constraints[rule] !== undefined);
	for (const rule of bounds) {
		if (!ordered)
			error(
				['constraints', rule],
				{
					code: 'dictionary.constraint',
					message: `does not apply to ${type} fields`,
					hint: 'minimum and maximum apply to numbers, dates, times, years and durations',
				},
				true,
			);
		else readable(['constraints', rule], constraints[rule]!);
	}
	if (ordered && constraints.minimum !== undefined && constraints.maximum !== undefined) {
		const [min, max] = [constraintComparable(constraints.minimum, field, caster), constraintComparable(constraints.maximum, field, caster)];
		if (min !== undefined && max !== undefined && typeof min === typeof max && min > max)
			error(['constraints', 'maximum'], {
				code: 'dictionary.constraint',
				message: 'is smaller than the minimum',
				expected: `${constraints.minimum} or more`,
				got: describeValue(constraints.maximum),
			});
	}
	for (const rule of ['minLength', 'maxLength', 'pattern'] as const) {
		if (constraints[rule] !== undefined && type !== 'string')
			error(['constraints', rule], { code: 'dictionary.constraint', message: 'only applies to string fields', got: aField(type) }, true);
	}
	if (constraints.minLength !== undefined && constraints.maxLength !== undefined && constraints.minLength > constraints.maxLength) {
		error(['constraints', 'maxLength'], {
			code: 'dictionary.constraint',
			message: 'is smaller than minLength',
			expected: `${constraints.minLength} or more`,
			got: String(constraints.maxLength),
		});
	}
	const pattern = constraints.pattern === undefined ? undefined : compilePattern(constraints.pattern);
	if (pattern && !pattern.ok)
		error(['constraints', 'pattern'], { code: 'dictionary.pattern', got: describeValue(constraints.pattern), ...PATTERN_REFUSALS[pattern.reason] });
	if (constraints.unique && type === 'boolean')
		error(
			['constraints', 'unique'],
			{ code: 'dictionary.constraint', message: 'does not apply to boolean fields', hint: 'a boolean column has only two values' },
			true,
		);
}

const PATTERN_REFUSALS = {
	invalid: { message: 'is not a valid regular expression', hint: 'escape special characters such as ( [ + with a backslash' },
	unsupported: {
		message: 'uses a feature the pattern checker does not run (a backreference or a lookaround)',
		hint: 'Table Schema patterns have neither; the checker runs patterns in time proportional to the value, which these would prevent',
	},
	'too-long': {
		message: 'is too long for a pattern',
		expected: `at most ${MAX_PATTERN_LENGTH.toLocaleString('en')} characters`,
		hint: 'a pattern describes the form of a short value, such as a code',
	},
} satisfies Record<string, { message: string; hint: string; expected?: string }>;

/** "an integer field", "a date field". */
function aField(type: FieldType): string {
	return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} field`;
}
