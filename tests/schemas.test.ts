import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import dataThemes from '../src/lib/vocabularies/data-themes.json' with { type: 'json' };
import fileTypes from '../src/lib/vocabularies/file-types.json' with { type: 'json' };
import frequencies from '../src/lib/vocabularies/frequencies.json' with { type: 'json' };
import languages from '../src/lib/vocabularies/languages.json' with { type: 'json' };
import { PLAIN_EMAIL_PATTERN } from '../src/lib/mailto.ts';
import { schemas } from '../src/lib/validate/schemas.ts';

/** Every sub-schema that describes a property, with its path, for checks that must hold for all. */
function* properties(node: any, path: string): Generator<[string, any]> {
	if (!node || typeof node !== 'object') return;
	for (const [name, child] of Object.entries<any>(node.properties ?? {})) {
		yield [`${path}.${name}`, child];
		yield* properties(child, `${path}.${name}`);
	}
	for (const [name, child] of Object.entries<any>(node.$defs ?? {})) yield* properties(child, `${path}#${name}`);
	if (node.items && typeof node.items === 'object') yield* properties(node.items, `${path}[]`);
}

describe('the JSON Schemas', () => {
	const all = Object.entries(schemas);

	it('describe every property, since the description becomes editor help and the field reference', () => {
		const undocumented = all.flatMap(([name, schema]) => [...properties(schema, name)].filter(([, p]) => !p.description).map(([path]) => path));
		expect(undocumented).toEqual([]);
	});

	it('give examples that are themselves valid', () => {
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats.default(ajv);
		ajv.addSchema([schemas.common, schemas.vocabularies]);
		const invalid: string[] = [];
		for (const [name, schema] of all) {
			for (const [path, property] of properties(schema, name)) {
				if (!property.examples) continue;
				const { examples, description, ...rules } = property;
				const check = ajv.compile({ ...rules, $id: `${schema.$id}?${encodeURIComponent(path)}`, $defs: (schema as any).$defs });
				for (const example of examples) if (!check(example)) invalid.push(`${path}: ${JSON.stringify(example)} ${ajv.errorsText(check.errors)}`);
			}
		}
		expect(invalid).toEqual([]);
	});

	it('allow exactly the codes of the vocabulary tables the pages and exports use', () => {
		const defs = schemas.vocabularies.$defs;
		expect(defs.themeCode.enum).toEqual(dataThemes.entries.map((e) => e.code));
		expect(defs.frequencyCode.enum).toEqual(frequencies.entries.map((e) => e.code));
		expect(defs.fileTypeCode.enum).toEqual(fileTypes.entries.map((e) => e.code));
		expect(defs.dataLanguageCode.enum).toEqual(languages.entries.map((e) => e.code));
	});

	it('label every vocabulary entry in English and French and give it an EU IRI', () => {
		for (const table of [dataThemes, fileTypes, frequencies, languages]) {
			for (const entry of table.entries) {
				expect(entry.label.en, entry.code).toBeTruthy();
				expect(entry.label.fr, entry.code).toBeTruthy();
				expect(entry.iri.startsWith(`${table.scheme}/`), entry.iri).toBe(true);
			}
		}
	});
});

describe('the e-mail address pattern', () => {
	it('is the one mailto links are built with', () => {
		expect(schemas.common.$defs.email.pattern).toBe(PLAIN_EMAIL_PATTERN);
	});
});
