import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import catalogueSchema from '../../../schemas/catalogue.schema.json' with { type: 'json' };
import commonSchema from '../../../schemas/common.schema.json' with { type: 'json' };
import datasetSchema from '../../../schemas/dataset.schema.json' with { type: 'json' };
import planSchema from '../../../schemas/plan.schema.json' with { type: 'json' };
import publisherSchema from '../../../schemas/publisher.schema.json' with { type: 'json' };
import scheduleRowSchema from '../../../schemas/schedule-row.schema.json' with { type: 'json' };
import vocabulariesSchema from '../../../schemas/vocabularies.schema.json' with { type: 'json' };

/** The kinds of YAML file a catalogue is made of, each with its schema. */
export type SourceKind = 'catalogue' | 'publisher' | 'dataset' | 'plan';

/** What a schema validates: a kind of YAML file, or one row of a release schedule (CSV). */
export type SchemaKind = SourceKind | 'scheduleRow';

/** The raw JSON Schemas, by the kind of file they describe, plus the shared definitions. */
export const schemas = {
	catalogue: catalogueSchema,
	publisher: publisherSchema,
	dataset: datasetSchema,
	plan: planSchema,
	scheduleRow: scheduleRowSchema,
	common: commonSchema,
	vocabularies: vocabulariesSchema,
} as const;

let validators: Record<SchemaKind, ValidateFunction> | undefined;

/** The compiled validators, built once per process (compiling is the slow part). */
export function getValidators(): Record<SchemaKind, ValidateFunction> {
	if (validators) return validators;
	const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, strictRequired: false });
	addFormats.default(ajv, ['date', 'email', 'uri']);
	ajv.addSchema([commonSchema, vocabulariesSchema]);
	validators = {
		catalogue: ajv.compile(catalogueSchema),
		publisher: ajv.compile(publisherSchema),
		dataset: ajv.compile(datasetSchema),
		plan: ajv.compile(planSchema),
		scheduleRow: ajv.compile(scheduleRowSchema),
	};
	return validators;
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
		.reduce<any>((node, part) => node[part], document);
	return { target, document };
}
