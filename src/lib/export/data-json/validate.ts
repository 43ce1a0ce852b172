/**
 * Checks data.json against the Project Open Data v1.1 schema the project ships
 * (`schemas/data-json/project-open-data-v1.1.schema.json`, an adaptation of the official draft-04
 * files for JSON Schema 2020-12) and reports each problem against the file it comes from:
 * `datasets/mto/traffic-volumes.yaml: data.json contactPoint.hasEmail "mailto:a%b@example.org"
 * must match pattern "^mailto:…"`. The catalogue's own schemas let through a few values this
 * older schema refuses (an e-mail address with `%`, a media type with two `+`), so the check runs
 * at every build.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import podSchema from '../../../../schemas/data-json/project-open-data-v1.1.schema.json' with { type: 'json' };
import type { Catalogue } from '../../model/catalogue.ts';
import type { PodCatalog } from './types.ts';

/** One problem of data.json, located. */
export interface DataJsonProblem {
	/** The file the value comes from, relative to the catalogue root. */
	sourcePath: string;
	/** The field in data.json, e.g. `distribution[1].mediaType`. */
	field: string;
	/** The whole sentence, file first. */
	message: string;
}

let validator: ValidateFunction | undefined;

/**
 * The compiled schema (also used by the data.json importer to name what a source breaks). Its regular expressions are the published ones, written for engines
 * without Unicode mode (`\_`, `\!` are not valid escapes in it), hence `unicodeRegExp: false`;
 * `strict: false` because the published schema keeps keywords that do nothing where they stand
 * (`minItems` on an object), which strict mode refuses.
 */
export function getValidator(): ValidateFunction {
	if (validator) return validator;
	const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
	addFormats.default(ajv, ['uri']);
	validator = ajv.compile(podSchema);
	return validator;
}

/** Every problem of `document` (empty when it is valid), located with `catalogue`. */
export function dataJsonProblems(document: PodCatalog, catalogue: Catalogue): DataJsonProblem[] {
	const validate = getValidator();
	if (validate(document)) return [];
	const byPath = new Map<string, ErrorObject[]>();
	for (const error of validate.errors ?? []) byPath.set(error.instancePath, [...(byPath.get(error.instancePath) ?? []), error]);
	const pointers = [...byPath.keys()];
	return [...byPath]
		.filter(([pointer, errors]) => errors.some((error) => !isBranchNoise(error)) || !pointers.some((other) => other.startsWith(`${pointer}/`)))
		.map(([pointer, errors]) => locate(pointer, errors, document, catalogue));
}

/**
 * What a field that may be a value or null reports when the value is wrong: the branch "must be
 * null" and the summary "must match a schema in anyOf". Useless beside the real error, which is
 * reported at the same place or deeper.
 */
function isBranchNoise(error: ErrorObject): boolean {
	return error.keyword === 'anyOf' || (error.keyword === 'type' && error.params['type'] === 'null');
}

function locate(pointer: string, errors: ErrorObject[], document: PodCatalog, catalogue: Catalogue): DataJsonProblem {
	const parts = pointer
		.split('/')
		.slice(1)
		.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
	const inDataset = parts[0] === 'dataset' && parts.length > 1;
	const dataset = inDataset ? catalogue.datasets[Number(parts[1])] : undefined;
	const sourcePath = dataset?.sourcePath ?? 'catalogue.yaml';
	const field = formatField(inDataset ? parts.slice(2) : parts);
	const value = parts.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
	const shown = typeof value === 'string' ? ` "${value.length > 80 ? `${value.slice(0, 79)}…` : value}"` : '';
	const message = `${sourcePath}: data.json ${field || 'document'}${shown} ${explain(errors)} (Project Open Data v1.1)`;
	return { sourcePath, field, message };
}

/** `['distribution', '1', 'mediaType']` → `distribution[1].mediaType`. */
function formatField(parts: readonly string[]): string {
	return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** The errors at one place, in words, without the branch noise when there is more to say. */
function explain(errors: readonly ErrorObject[]): string {
	const useful = errors.filter((error) => !isBranchNoise(error));
	const messages = [
		...new Set(
			(useful.length > 0 ? useful : errors).map((error) =>
				error.keyword === 'required' ? `has no ${error.params['missingProperty']}` : (error.message ?? error.keyword),
			),
		),
	];
	return messages.join('; ');
}
