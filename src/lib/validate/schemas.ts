import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import catalogueSchema from '../../../schemas/catalogue.schema.json' with { type: 'json' };
import commonSchema from '../../../schemas/common.schema.json' with { type: 'json' };
import datasetSchema from '../../../schemas/dataset.schema.json' with { type: 'json' };
import feedbackSchema from '../../../schemas/feedback.schema.json' with { type: 'json' };
import planSchema from '../../../schemas/plan.schema.json' with { type: 'json' };
import publisherSchema from '../../../schemas/publisher.schema.json' with { type: 'json' };
import requestSchema from '../../../schemas/request.schema.json' with { type: 'json' };
import scheduleRowSchema from '../../../schemas/schedule-row.schema.json' with { type: 'json' };
import scorecardSchema from '../../../schemas/scorecard.schema.json' with { type: 'json' };
import tableSchemaSchema from '../../../schemas/table-schema.schema.json' with { type: 'json' };
import vocabulariesSchema from '../../../schemas/vocabularies.schema.json' with { type: 'json' };
import { HINT_KEYWORD } from './schema-errors.ts';

/**
 * The kinds of YAML file a catalogue is made of, each with its schema; `dictionary` is a data
 * dictionary file beside a dataset, `request` an entry of the public request log, `plan` an
 * implementation plan in `schedules/`.
 */
export type SourceKind = 'catalogue' | 'publisher' | 'dataset' | 'dictionary' | 'request' | 'plan';

/** What a schema validates: a kind of YAML file, or one row of a release schedule (CSV). */
export type SchemaKind = SourceKind | 'scheduleRow' | 'scorecard';

/**
 * The raw JSON Schemas, by the kind of file they describe, plus the shared definitions and the
 * feedback form's message (what the endpoint channel receives; not a file of the catalogue).
 */
export const schemas = {
	catalogue: catalogueSchema,
	publisher: publisherSchema,
	dataset: datasetSchema,
	request: requestSchema,
	dictionary: tableSchemaSchema,
	plan: planSchema,
	scheduleRow: scheduleRowSchema,
	scorecard: scorecardSchema,
	feedback: feedbackSchema,
	common: commonSchema,
	vocabularies: vocabulariesSchema,
} as const;

let ajv: Ajv2020 | undefined;
let validators: Record<SchemaKind, ValidateFunction> | undefined;
let feedbackValidator: ValidateFunction | undefined;

/**
 * A new ajv with the options and formats every validator of the project uses; `code` is for the
 * editor's precompiled validator (scripts/types/dataset-validator.ts).
 */
export function createAjv(code?: { source: true; esm: true }): Ajv2020 {
	const instance = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, strictRequired: false, ...(code ? { code } : {}) });
	addFormats.default(instance, ['date', 'email', 'uri']);
	// An annotation: the hint a rule's error carries (read by schema-errors.ts), nothing to validate.
	instance.addKeyword({ keyword: HINT_KEYWORD, schemaType: ['string', 'object'] });
	instance.addSchema([commonSchema, vocabulariesSchema, tableSchemaSchema]);
	return instance;
}

function getAjv(): Ajv2020 {
	ajv ??= createAjv();
	return ajv;
}

const compiled = new Map<SchemaKind, ValidateFunction>();

/**
 * The compiled validator of one kind of file, built on first use and kept for the process
 * (compiling is the slow part; a load whose files all come from the cache compiles only those it needs).
 */
export function getValidator(kind: SchemaKind): ValidateFunction {
	let validator = compiled.get(kind);
	if (validator === undefined) {
		validator = compileValidator(getAjv(), kind);
		compiled.set(kind, validator);
	}
	return validator;
}

/** The compiled validators, built once per process (compiling is the slow part). */
export function getValidators(): Record<SchemaKind, ValidateFunction> {
	validators ??= {
		catalogue: getValidator('catalogue'),
		publisher: getValidator('publisher'),
		dataset: getValidator('dataset'),
		dictionary: getValidator('dictionary'),
		request: getValidator('request'),
		plan: getValidator('plan'),
		scheduleRow: getValidator('scheduleRow'),
		scorecard: getValidator('scorecard'),
	};
	return validators;
}

// The data dictionary's schema is already in every ajv (createAjv adds it for the others' references).
function compileValidator(compiler: Ajv2020, kind: SchemaKind): ValidateFunction {
	return kind === 'dictionary' ? compiler.getSchema(tableSchemaSchema.$id)! : compiler.compile(schemas[kind]);
}

/** The validator of a feedback message (schemas/feedback.schema.json), compiled on first use. */
export function getFeedbackValidator(): ValidateFunction {
	feedbackValidator ??= getAjv().compile(feedbackSchema);
	return feedbackValidator;
}

/**
 * Resolves a `$ref` between the project's schemas, e.g. `common.schema.json#/$defs/date`, from the
 * schema document `from`. Returns the target and the document it is in (the base for its own refs).
 */
export function resolveRef(ref: string, from: object): { target: object; document: object } {
	const [file, pointer = ''] = ref.split('#');
	const document = file ? Object.values(schemas).find((s) => s.$id.endsWith(`/${file}`)) : from;
	if (!document) throw new Error(`unknown schema ${file}`);
	const target = pointer
		.split('/')
		.filter(Boolean)
		.reduce<object>((node, part) => (node as Record<string, object>)[part]!, document);
	return { target, document };
}
