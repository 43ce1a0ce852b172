import { describe, expect, it } from 'vitest';
import { TABLE_SCHEMA_PROFILE, toTableSchemaDocument } from '../../src/lib/export/table-schema.ts';

describe('toTableSchemaDocument', () => {
	const dictionary = {
		$schema: '../../schemas/table-schema.schema.json',
		fields: [
			{
				name: 'station',
				title: { en: 'Station', fr: 'Station (fr)' },
				description: { en: 'Its **identifier**.' },
				type: 'string' as const,
				constraints: { required: true },
			},
			{ name: 'count', type: 'integer' as const },
		],
		primaryKey: 'station',
		missingValues: ['', 'NA'],
	};

	it('declares the Table Schema 2.0 profile instead of the editor schema, and keeps the standard properties', () => {
		const document = toTableSchemaDocument(dictionary, 'en', ['en', 'fr']);
		expect(document.$schema).toBe(TABLE_SCHEMA_PROFILE);
		expect(document.primaryKey).toBe('station');
		expect(document.missingValues).toEqual(['', 'NA']);
		expect(document.fields[0]).toEqual({
			name: 'station',
			title: 'Station',
			description: 'Its **identifier**.',
			type: 'string',
			constraints: { required: true },
		});
		expect(document.fields[1]).toEqual({ name: 'count', type: 'integer' });
	});

	it('writes the texts in the language asked, falling back to another language when one is missing', () => {
		const document = toTableSchemaDocument(dictionary, 'fr', ['en', 'fr']);
		expect(document.fields[0]!.title).toBe('Station (fr)');
		expect(document.fields[0]!.description).toBe('Its **identifier**.');
	});
});
