/**
 * The project's compiled JSON Schema validators (ajv). The schema documents themselves are in
 * schema-documents.ts, which loads without ajv: a validate run whose files all come from its cache
 * uses the precompiled validators of validators.ts instead.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { HINT_KEYWORD } from './schema-errors.ts';
import { schemas, type SchemaKind } from './schema-documents.ts';

export { resolveRef, schemas, type SchemaKind, type SourceKind } from './schema-documents.ts';

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
	instance.addSchema([schemas.common, schemas.vocabularies, schemas.dictionary]);
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
	return kind === 'dictionary' ? compiler.getSchema(schemas.dictionary.$id)! : compiler.compile(schemas[kind]);
}

/** The validator of a feedback message (schemas/feedback.schema.json), compiled on first use. */
export function getFeedbackValidator(): ValidateFunction {
	feedbackValidator ??= getAjv().compile(schemas.feedback);
	return feedbackValidator;
}
