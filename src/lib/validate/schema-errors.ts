import type { ErrorObject } from 'ajv';
import { describeValue, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { type DiagnosticCode, hintOf, isRegisteredCode } from '../diagnostics/registry.ts';
import { formatPath, locate, pointerToPath, type DataPath } from '../load/locate.ts';
import { PLAIN_EMAIL_PATTERN } from '../mailto.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';
import { slugify } from '../text/slugify.ts';
import { formatCodeFor } from '../vocabularies/format-names.ts';
import { impossibleDateHint } from './date-hint.ts';
import { didYouMean } from './did-you-mean.ts';

/**
 * The schema keyword that carries a rule's hint: `"x-hint": "…"` on the subschema whose keyword fails,
 * or `"x-hint": {"required": "…", "anyOf": "…"}` when its keywords need different hints. A hint
 * travels with its rule, so reordering a schema's `allOf` cannot attach it to another rule.
 */
export const HINT_KEYWORD = 'x-hint';

/** The hint the schema gives for `keyword` failing in `parentSchema`, if any. */
export function schemaHint(parentSchema: unknown, keyword: string): string | undefined {
	const hint = (parentSchema as Record<string, unknown> | undefined)?.[HINT_KEYWORD];
	if (typeof hint === 'string') return hint;
	if (hint && typeof hint === 'object') {
		const forKeyword = (hint as Record<string, unknown>)[keyword];
		return typeof forKeyword === 'string' ? forKeyword : undefined;
	}
	return undefined;
}

/** Where a part of a file is: its line and column, and its name as reports print it. */
export interface SchemaLocator {
	/** The position of the value at `path` (or of its key, with `key`). */
	at(path: DataPath, key?: boolean): { line: number; column: number };
	/** How reports name the field at `path`: `distributions[1].format`, `row 14:status`. */
	name(path: DataPath): string;
}

/** Turns ajv's errors for one YAML file into located, readable diagnostics (one per real problem). */
export function schemaDiagnostics(parsed: ParsedYaml, errors: readonly ErrorObject[]): Diagnostic[] {
	return describeSchemaErrors(parsed.file, errors, { at: (path, key = false) => locate(parsed, path, { key }), name: formatPath });
}

/**
 * Turns ajv's errors into readable diagnostics for `file`, located by `locator`: the one wording of
 * schema problems, for YAML files and for the rows of a CSV schedule alike.
 */
export function describeSchemaErrors(file: string, errors: readonly ErrorObject[], locator: SchemaLocator): Diagnostic[] {
	// `if`, `anyOf` and `not` wrap the errors that say what is wrong; the wrappers themselves add nothing
	// except for anyOf, whose branches are reported as one message.
	const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
	const insideAnyOf = (e: ErrorObject) => anyOfs.some((a) => e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath));
	// An e-mail address has a format and the stricter plain-address pattern: one message is enough.
	const patternPaths = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
	const seen = new Set<string>();
	const out: Diagnostic[] = [];
	for (const error of errors) {
		if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
		if (insideAnyOf(error)) continue;
		if (error.keyword === 'format' && patternPaths.has(error.instancePath)) continue;
		const diagnostic = toDiagnostic(file, locator, error);
		const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.field}:${diagnostic.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(diagnostic);
	}
	return out;
}

function toDiagnostic(file: string, locator: SchemaLocator, error: ErrorObject): Diagnostic {
	const path = pointerToPath(error.instancePath);
	const base = { severity: 'error' as const, code: schemaCode(error.keyword), file };
	const at = (p: DataPath, key = false) => ({ ...locator.at(p, key), field: locator.name(p) });
	const conditionalHint = schemaHint(error.parentSchema, error.keyword);
	const parent = error.parentSchema as { description?: string; enum?: string[]; properties?: object; anyOf?: Array<{ required?: string[] }> } | undefined;
	const params = error.params as Record<string, unknown>;

	if (error.propertyName !== undefined) {
		return {
			...base,
			code: 'schema.language-key',
			...at([...path, error.propertyName], true),
			message: 'is not a language code',
			expected: 'a two-letter code such as en or fr',
			got: describeValue(error.propertyName),
			hint: hintOf('schema.language-key'),
		};
	}
	switch (error.keyword) {
		case 'required': {
			const missing = params.missingProperty as string;
			return {
				...base,
				...at(path),
				field: locator.name([...path, missing]),
				message: 'is required',
				hint: conditionalHint ?? fieldHelp(parent, missing),
			};
		}
		case 'additionalProperties': {
			const unknown = params.additionalProperty as string;
			const known = Object.keys(parent?.properties ?? {});
			const guess = didYouMean(unknown, known);
			return {
				...base,
				code: 'schema.unknown-field',
				...at([...path, unknown], true),
				message: 'is not a known field',
				hint: guess ? `did you mean "${guess}"?` : `the fields allowed here are: ${known.join(', ')}`,
			};
		}
		case 'enum': {
			const allowed = (params.allowedValues as unknown[]).map(String);
			const guess = typeof error.data === 'string' ? suggestValue(error.data, allowed) : undefined;
			return {
				...base,
				...at(path),
				message: 'is not one of the allowed values',
				expected: describeAllowed(allowed, error.schemaPath),
				got: describeValue(error.data),
				hint: guess ? `did you mean "${guess}"?` : (parent?.description ?? undefined),
			};
		}
		case 'type':
			return {
				...base,
				...at(path),
				message: 'has the wrong type',
				expected: describeType(params.type as string),
				got: describeValue(error.data),
				hint:
					path.length === 0
						? 'a metadata file is a list of "field: value" lines; start from an existing file of the same kind'
						: typeHint(params.type as string, error.data),
			};
		case 'format':
			return { ...base, ...at(path), ...formatMessage(params.format as string, error.data) };
		case 'pattern':
			return { ...base, ...at(path), ...patternMessage(params.pattern as string, error.data) };
		case 'anyOf':
			// An open dataset's "distributions or landing_page" rule, known by its branches, not by its place in the schema.
			if (parent?.anyOf?.some((branch) => branch.required?.includes('landing_page'))) {
				return {
					...base,
					...at([...path, 'distributions'], true),
					field: locator.name([...path, 'distributions']),
					message: 'is empty: an open dataset needs a distribution or a landing_page',
					hint: conditionalHint,
				};
			}
			return {
				...base,
				...at(path),
				message: 'needs a download_url or an access_url',
				hint: 'use download_url for a file people can download and access_url for a service or web page',
			};
		case 'not':
			return {
				...base,
				...at([...path, 'download_url'], true),
				field: locator.name([...path, 'download_url']),
				message: 'is not allowed on a dataset that is not open',
				hint: conditionalHint,
			};
		case 'minItems':
		case 'minProperties':
			return {
				...base,
				...at(path),
				message: 'is empty',
				expected: `at least ${params.limit} ${error.keyword === 'minItems' ? 'item' : 'entry'}${params.limit === 1 ? '' : 's'}`,
				got: describeValue(error.data),
				hint: conditionalHint ?? parent?.description,
			};
		case 'minLength':
			return { ...base, ...at(path), message: 'is empty', expected: 'some text', got: describeValue(error.data) };
		case 'maxLength':
		case 'maxItems':
			return { ...base, ...at(path), message: 'is too long', expected: `at most ${params.limit}`, got: `${(error.data as string | unknown[]).length}` };
		case 'uniqueItems':
			return {
				...base,
				...at([...path, params.i as number]),
				message: 'is listed twice',
				got: describeValue((error.data as unknown[])[params.i as number]),
				hint: hintOf('schema.uniqueItems'),
			};
		case 'minimum':
		case 'maximum':
		case 'exclusiveMinimum':
		case 'exclusiveMaximum':
			return { ...base, ...at(path), message: 'is out of range', expected: `${BOUND_WORDS[error.keyword]} ${params.limit}`, got: describeValue(error.data) };
		case 'false schema':
			return { ...base, ...at(path), message: 'is one item too many' };
		default:
			return { ...base, ...at(path), message: error.message ?? 'is not valid', got: describeValue(error.data) };
	}
}

/** `schema.<keyword>`, or `schema.other` for a keyword the registry does not list. */
function schemaCode(keyword: string): DiagnosticCode {
	const code = `schema.${keyword}`;
	return isRegisteredCode(code) ? code : 'schema.other';
}

/** Lists longer than this are not spelled out in a message: it says where the whole list is instead. */
const LONGEST_LISTED = 30;

/** Every allowed value, or, for a long list (the EU file types), how many there are and where they are listed. */
function describeAllowed(allowed: readonly string[], schemaPath: string): string {
	if (allowed.length <= LONGEST_LISTED) return `one of ${allowed.join(', ')}`;
	const where = /([a-z-]+\.schema\.json)#\/\$defs\/([A-Za-z]+)/.exec(schemaPath);
	const list = where ? `schemas/${where[1]}, under $defs/${where[2]}` : 'the field reference';
	return `one of the ${allowed.length} codes listed in ${list} (also on the site's field reference page)`;
}

/** A file-type name people use (Shapefile, Excel, WMS) first, then a likely typo. */
function suggestValue(value: string, allowed: readonly string[]): string | undefined {
	const code = formatCodeFor(value);
	if (code && allowed.includes(code)) return code;
	return didYouMean(value, allowed);
}

const BOUND_WORDS: Record<string, string> = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' };

function fieldHelp(parent: { properties?: object } | undefined, field: string): string | undefined {
	const property = (parent?.properties as Record<string, { description?: string }> | undefined)?.[field];
	return property?.description;
}

function describeType(type: string): string {
	const names: Record<string, string> = {
		string: 'text',
		object: 'a mapping (key: value pairs)',
		array: 'a list (lines starting with "- ")',
		integer: 'a whole number',
		number: 'a number',
		boolean: 'true or false',
	};
	return type
		.split(',')
		.map((t) => names[t] ?? t)
		.join(' or ');
}

function typeHint(type: string, data: unknown): string | undefined {
	if (type === 'object' && typeof data === 'string') return 'write one value per language on its own line, e.g. en: ... and fr: ... indented below the field';
	if (type === 'array' && typeof data === 'string') return 'write a list, one item per line starting with "- ", or [a, b]';
	if (type === 'string' && typeof data === 'number') return 'put the value in quotes';
	if (type === 'boolean') return 'write true or false without quotes';
	return undefined;
}

function formatMessage(format: string, data: unknown): Pick<Diagnostic, 'message' | 'expected' | 'got' | 'hint'> {
	const got = describeValue(data);
	if (format === 'date') {
		const looksLikeDate = typeof data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data);
		return looksLikeDate
			? { message: 'is not a real date', expected: 'a date that exists, written YYYY-MM-DD', got, hint: impossibleDateHint(data as string) }
			: { message: 'is not a date', expected: 'a date written YYYY-MM-DD', got, hint: 'for example 2024-03-31' };
	}
	if (format === 'email') return { message: 'is not an e-mail address', expected: 'an address such as opendata@example.ca', got };
	return {
		message: 'is not a valid web address',
		expected: 'an address starting with https://',
		got,
		hint: 'spaces and some characters must be percent-encoded (a space is %20)',
	};
}

function patternMessage(pattern: string, data: unknown): Pick<Diagnostic, 'message' | 'expected' | 'got' | 'hint'> {
	const got = describeValue(data);
	if (pattern.startsWith('^(https?|ftps?|sftp)://')) {
		return {
			message: 'is not an allowed address',
			expected: 'an address starting with https://, http://, ftp://, ftps:// or sftp://',
			got,
			hint: 'javascript:, data:, file: and other schemes are refused',
		};
	}
	if (pattern.startsWith('^https?://')) {
		return {
			message: 'is not an allowed web address',
			expected: 'an address starting with https:// or http://',
			got,
			hint: 'only web links are allowed; javascript:, data:, file: and other schemes are refused',
		};
	}
	if (pattern.includes('\\.schema\\.')) {
		return {
			message: 'is not a data dictionary file name',
			expected: 'the name of a file beside the dataset, ending in .schema.yaml or .schema.json',
			got,
			hint: 'for example traffic-counts.schema.yaml; or write the dictionary itself here',
		};
	}
	if (pattern.startsWith('^[a-z0-9][a-z0-9-]')) {
		return {
			message: 'is not a valid identifier',
			expected: 'lower-case letters, digits and hyphens',
			got,
			hint: typeof data === 'string' ? `for example "${slugify(data)}"` : undefined,
		};
	}
	if (pattern === PLAIN_EMAIL_PATTERN)
		return {
			message: 'is not a plain e-mail address',
			expected: 'an address such as opendata@example.ca',
			got,
			hint: 'write the address alone: no ?, %, &, spaces or quotes, which would add recipients or headers to the links made from it',
		};
	if (pattern === '^[^\\n\\r]*$') return { message: 'must fit on one line', got, hint: 'titles, names and keywords cannot contain line breaks' };
	if (pattern.startsWith('^[a-z]+/')) return { message: 'is not a media type', expected: 'a type such as text/csv', got };
	if (pattern.startsWith('^/')) return { message: 'is not a base path', expected: 'a path that starts and ends with /, such as /catalogue/', got };
	if (pattern.startsWith('^[0-9]{4}-(?:0[1-9]')) {
		return {
			message: 'is not a date, a month or a quarter',
			expected: 'a day (2027-03-31), a month (2027-03) or a quarter (2027-Q1)',
			got,
			hint: 'write a day as YYYY-MM-DD, a month as YYYY-MM and a quarter as YYYY-Q1 to YYYY-Q4',
		};
	}
	if (pattern === '^[1-6][a-h]?$')
		return { message: 'is not a Charter principle', expected: 'a principle number from 1 to 6, optionally followed by a letter, such as 1 or 2a', got };
	if (pattern === '^[a-z]{2}$') return { message: 'is not a language code', expected: 'a two-letter code such as en or fr', got };
	if (pattern.startsWith('^[A-Za-z0-9][A-Za-z0-9-]{0,38}/')) {
		return {
			message: 'is not a GitHub repository',
			expected: 'owner/name, as in the repository’s address github.com/owner/name',
			got,
			hint: 'for example open-data-catalogue/open-data-catalogue',
		};
	}
	return { message: 'does not have the expected form', expected: `text matching ${pattern}`, got };
}
