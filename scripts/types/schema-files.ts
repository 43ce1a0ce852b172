/** The project's schema files and the types written from them (scripts/generate-types.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recordTypesSource, type NamedType, type SchemaNode } from './record-types.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where the generated types are committed. */
export const RECORD_TYPES_FILE = join(ROOT, 'src/lib/records.generated.ts');

/** The types declared, by schema file or definition, in the order they are written. */
export const RECORD_TYPES: readonly NamedType[] = [
	{ ref: 'catalogue.schema.json', name: 'CatalogueRecord' },
	{ ref: 'publisher.schema.json', name: 'PublisherRecord' },
	{ ref: 'dataset.schema.json', name: 'DatasetRecord' },
	{ ref: 'dataset.schema.json#/$defs/distribution', name: 'DistributionRecord' },
	{ ref: 'table-schema.schema.json', name: 'TableSchemaRecord' },
	{ ref: 'table-schema.schema.json#/$defs/field', name: 'FieldRecord' },
	{ ref: 'table-schema.schema.json#/$defs/constraintValue', name: 'ConstraintValue' },
	{ ref: 'request.schema.json', name: 'RequestRecord' },
	{ ref: 'plan.schema.json', name: 'PlanRecord' },
	{ ref: 'plan.schema.json#/$defs/commitment', name: 'CommitmentRecord' },
	{ ref: 'plan.schema.json#/$defs/milestone', name: 'MilestoneRecord' },
	{ ref: 'schedule-row.schema.json', name: 'ScheduleRowRecord' },
	{ ref: 'common.schema.json#/$defs/contact', name: 'ContactRecord' },
	{ ref: 'common.schema.json#/$defs/localizedText', name: 'LocalizedText' },
	{ ref: 'common.schema.json#/$defs/localizedShortText', name: 'LocalizedShortText' },
	{ ref: 'common.schema.json#/$defs/localizedMarkdown', name: 'LocalizedMarkdown' },
	{ ref: 'common.schema.json#/$defs/localizedKeywords', name: 'LocalizedKeywords' },
	{ ref: 'vocabularies.schema.json#/$defs/themeCode', name: 'ThemeCode' },
	{ ref: 'vocabularies.schema.json#/$defs/frequencyCode', name: 'FrequencyCode' },
	{ ref: 'vocabularies.schema.json#/$defs/fileTypeCode', name: 'FileTypeCode' },
	{ ref: 'vocabularies.schema.json#/$defs/dataLanguageCode', name: 'DataLanguageCode' },
];

/** The source of src/lib/records.generated.ts, from the schemas as they are on disk. */
export function recordTypesFromSchemas(): string {
	const dir = join(ROOT, 'schemas');
	const files = readdirSync(dir)
		.filter((file) => file.endsWith('.schema.json'))
		.map((file) => ({ file, schema: JSON.parse(readFileSync(join(dir, file), 'utf8')) as SchemaNode }));
	return recordTypesSource(files, RECORD_TYPES);
}
