/**
 * The record types (src/lib/records.generated.ts) are what the JSON Schemas give, and the
 * generator writes the shapes our schemas use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordTypesSource, type SchemaFile } from '../../scripts/types/record-types.ts';
import { RECORD_TYPES_FILE, recordTypesFromSchemas } from '../../scripts/types/schema-files.ts';

describe('the generated record types', () => {
	it('are current: src/lib/records.generated.ts is what npm run generate:types writes from schemas/', () => {
		expect(readFileSync(RECORD_TYPES_FILE, 'utf8'), 'run npm run generate:types').toBe(recordTypesFromSchemas());
	});

	it('give a dataset its schema’s fields, codes and required fields', () => {
		const source = recordTypesFromSchemas();
		const dataset = source.slice(source.indexOf('export type DatasetRecord'), source.indexOf('export type DistributionRecord'));
		expect(dataset).toContain('\tidentifier: string;');
		expect(dataset).toContain("\taccess_level: 'open' | 'restricted' | 'under_review';");
		expect(dataset).toContain('\tthemes: ThemeCode[];');
		expect(dataset).toContain('\tdistributions?: DistributionRecord[];');
		expect(dataset).toContain('\t\tbbox?: [number, number, number, number];');
	});
});

describe('recordTypesSource', () => {
	const files: SchemaFile[] = [
		{
			file: 'thing.schema.json',
			schema: {
				description: 'A thing.',
				type: 'object',
				required: ['name'],
				properties: {
					name: { $ref: 'words.schema.json#/$defs/text', description: 'Its name.' },
					kind: { enum: ['a', "b'c"] },
					tags: { type: 'array', items: { type: 'string', maxLength: 5 } },
					spec: { type: ['string', 'object'], if: { type: 'string' }, then: { type: 'string' }, else: { $ref: '#/$defs/part' } },
					size: { type: ['integer', 'null'] },
				},
				allOf: [{ if: { required: ['kind'] }, then: { required: ['tags'] } }],
				$defs: { part: { type: 'object', properties: { id: { const: 'x' } } } },
			},
		},
		{ file: 'words.schema.json', schema: { $defs: { text: { type: 'object', additionalProperties: { type: 'string' } } } } },
	];

	it('writes objects, maps, enums, unions, conditions by kind and named references', () => {
		const source = recordTypesSource(files, [
			{ ref: 'thing.schema.json', name: 'Thing' },
			{ ref: 'words.schema.json#/$defs/text', name: 'Text' },
		]);
		expect(source).toContain(`/** A thing. */
export type Thing = {
	/** Its name. */
	name: Text;
	kind?: 'a' | "b'c";
	tags?: string[];
	spec?: string | {
		id?: 'x';
	};
	size?: number | null;
};`);
		expect(source).toContain('export type Text = Partial<Record<string, string>>;');
	});

	it('refuses a keyword it does not know rather than dropping it', () => {
		const strange: SchemaFile[] = [{ file: 'odd.schema.json', schema: { type: 'object', properties: { x: { oneOf: [{ type: 'string' }] } } } }];
		expect(() => recordTypesSource(strange, [{ ref: 'odd.schema.json', name: 'Odd' }])).toThrow(
			'odd.schema.json: the type generator does not know the keyword oneOf',
		);
	});
});
