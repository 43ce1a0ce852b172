/**
 * The project's JSON Schemas as documents (schemas/, the single source of truth), without ajv: what
 * the text checks, the schedule columns, the field reference and the editor read of them. The
 * compiled validators are in schemas.ts.
 */
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
