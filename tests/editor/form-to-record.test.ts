import { describe, expect, it } from 'vitest';
import { datasetPath, datasetYaml, SCHEMA_COMMENT } from '../../src/lib/editor/dataset-yaml.ts';
import { recordFromValues } from '../../src/lib/editor/form-to-record.ts';
import { valuesFromRecord } from '../../src/lib/editor/record-to-values.ts';
import { schemaToForm } from '../../src/lib/editor/schema-to-form.ts';
import { resolveRef, schemas } from '../../src/lib/validate/schemas.ts';

const { fields } = schemaToForm(schemas.dataset, resolveRef, { publishers: ['mto'], licences: ['ogl'], themes: ['TRAN', 'REGI'] });
const values = (entries: Record<string, string | string[]>) => new Map(Object.entries(entries).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));

describe('recordFromValues', () => {
	it('reads a new dataset in the schema order, leaving empty values out', () => {
		const record = recordFromValues(
			fields,
			values({
				'title.en': ' Bridge conditions ',
				'title.fr': 'État des ponts',
				'description.en': 'Line one\r\n\r\nLine two  ',
				'description.fr': '',
				identifier: 'bridge-conditions',
				publisher: 'mto',
				themes: ['TRAN', 'REGI'],
				'keywords.en': 'bridges\n\n roads \nbridges',
				'keywords.fr': '',
				'contact_point.email': 'data@mto.example',
				'contact_point.name.en': '',
				issued: '2026-01-05',
				landing_page: '',
				'distributions.0.title.en': 'CSV',
				'distributions.0.format': 'CSV',
				'distributions.0.byte_size': '12',
				'distributions.3.title.en': '',
				'distributions.3.format': '',
			}),
			['en', 'fr'],
		);
		expect(record).toEqual({
			identifier: 'bridge-conditions',
			title: { en: 'Bridge conditions', fr: 'État des ponts' },
			description: { en: 'Line one\n\nLine two' },
			publisher: 'mto',
			contact_point: { email: 'data@mto.example' },
			keywords: { en: ['bridges', 'roads'] },
			themes: ['TRAN', 'REGI'],
			issued: '2026-01-05',
			distributions: [{ title: { en: 'CSV' }, format: 'CSV', byte_size: 12 }],
		});
		expect(Object.keys(record)).toEqual(['identifier', 'title', 'description', 'publisher', 'contact_point', 'keywords', 'themes', 'issued', 'distributions']);
	});

	it('turns line breaks in a one-line text into spaces and keeps a number that is not one as written', () => {
		const record = recordFromValues(fields, values({ 'title.en': 'Two\nlines', 'distributions.0.byte_size': '1.5' }), ['en']);
		expect(record.title).toEqual({ en: 'Two lines' });
		expect(record.distributions).toEqual([{ byte_size: '1.5' }]);
	});

	it('keeps what the form does not offer from the record being edited, with the right distribution', () => {
		const base = {
			identifier: 'x',
			origin: { system: 'ckan', id: 'abc' },
			title: { en: 'Old' },
			high_value: true,
			distributions: [
				{ title: { en: 'A' }, format: 'CSV', schema: 'a.schema.yaml' },
				{ title: { en: 'B' }, format: 'PDF' },
			],
		};
		const { values: read } = valuesFromRecord(fields, base, ['en', 'fr']);
		// The steward removes the first distribution and renames the record.
		for (const key of [...read.keys()]) if (key.startsWith('distributions.0.')) read.delete(key);
		read.set('title.en', ['New']);
		read.delete('high_value');
		const record = recordFromValues(fields, read, ['en', 'fr'], base);
		expect(record).toEqual({
			identifier: 'x',
			origin: { system: 'ckan', id: 'abc' },
			title: { en: 'New' },
			high_value: false,
			distributions: [{ title: { en: 'B' }, format: 'PDF' }],
		});
	});

	it('reads back exactly the record it was filled from', () => {
		const record = {
			identifier: 'traffic',
			title: { en: 'Traffic', fr: 'Circulation' },
			publisher: 'mto',
			themes: ['TRAN'],
			keywords: { en: ['a', 'b'], fr: ['c'] },
			contact_point: { name: { en: 'Team' }, email: 'a@b.ca' },
			high_value: true,
			high_value_reasons: { en: 'Because\n\n- one' },
			temporal_coverage: { start: '2020-01-01' },
			distributions: [{ title: { en: 'T' }, download_url: 'https://x.ca/a.csv', format: 'CSV', languages: ['en', 'fr'] }],
		};
		const { values: read, items } = valuesFromRecord(fields, record, ['en', 'fr']);
		expect(items.get('distributions')).toBe(1);
		expect(recordFromValues(fields, read, ['en', 'fr'], record)).toEqual(record);
	});
});

describe('datasetYaml', () => {
	it('starts with the schema line and writes the record without folding long lines', () => {
		const text = datasetYaml({ identifier: 'x', title: { en: 'A'.repeat(200) }, issued: '2026-01-05', description: { en: 'One\n\nTwo' } });
		expect(text.split('\n')[0]).toBe(SCHEMA_COMMENT);
		expect(text).toContain(`  en: ${'A'.repeat(200)}\n`);
		expect(text).toContain('issued: 2026-01-05\n');
		expect(text).toContain('description:\n  en: |-\n    One\n\n    Two\n');
	});

	it('places the file in its publisher’s folder, once both ids are well formed', () => {
		expect(datasetPath({ publisher: 'mto', identifier: 'bridge-conditions' })).toBe('datasets/mto/bridge-conditions.yaml');
		expect(datasetPath({ publisher: 'mto' })).toBeUndefined();
		expect(datasetPath({ publisher: '../x', identifier: 'a' })).toBeUndefined();
	});
});
