import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeSchemaErrors, HINT_KEYWORD } from '../../src/lib/validate/schema-errors.ts';
import { schemas } from '../../src/lib/validate/schemas.ts';
import { minimalDataset } from './support.ts';

/** Compiles `dataset` the way the validator does, beside the shared schemas. */
function compile(dataset: object) {
	const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, strictRequired: false });
	addFormats.default(ajv, ['date', 'email', 'uri']);
	ajv.addKeyword({ keyword: HINT_KEYWORD, schemaType: ['string', 'object'] });
	ajv.addSchema([schemas.common, schemas.vocabularies, schemas.dictionary]);
	return ajv.compile(dataset);
}

/** The hint of each problem, by field, for `data` checked against `dataset`. */
function hintsByField(dataset: object, data: unknown): Record<string, string | undefined> {
	const validate = compile(dataset);
	expect(validate(data)).toBe(false);
	const diagnostics = describeSchemaErrors('datasets/mto/x.yaml', validate.errors ?? [], {
		at: () => ({ line: 1, column: 1 }),
		name: (path) => path.join('.'),
	});
	return Object.fromEntries(diagnostics.map((d) => [`${d.field} ${d.message}`, d.hint]));
}

const RESTRICTED_HINT = /which exemption applies/;
const DOWNLOAD_HINT = /cannot offer downloads/;
const HIGH_VALUE_HINT = /why the dataset is of high value/;
const LICENCE_HINT = /open licence from catalogue.yaml/;

describe('hints of conditional schema rules', () => {
	const base = parse(minimalDataset()) as Record<string, unknown>;
	const restricted: Record<string, unknown> = {
		...base,
		access_level: 'restricted',
		high_value: true,
		licence: undefined,
		distributions: [{ title: { en: 'Counts', fr: 'Comptes' }, download_url: 'https://example.ca/a.csv', format: 'CSV' }],
	};
	delete restricted.licence;
	const open: Record<string, unknown> = { ...base, access_level: 'open' };
	delete open.licence;

	it('follow their rule when the allOf is reversed or a rule is moved', () => {
		const reversed = structuredClone(schemas.dataset) as { allOf: unknown[] };
		reversed.allOf.reverse();
		const shuffled = structuredClone(schemas.dataset) as { allOf: unknown[] };
		shuffled.allOf = [shuffled.allOf[2], shuffled.allOf[0], shuffled.allOf[3], shuffled.allOf[1]];
		const expected = hintsByField(schemas.dataset, restricted);
		expect(expected['exemption is required']).toMatch(RESTRICTED_HINT);
		expect(expected['rationale is required']).toMatch(RESTRICTED_HINT);
		expect(expected['high_value_reasons is required']).toMatch(HIGH_VALUE_HINT);
		expect(expected['distributions.0.download_url is not allowed on a dataset that is not open']).toMatch(DOWNLOAD_HINT);
		expect(hintsByField(reversed, restricted)).toEqual(expected);
		expect(hintsByField(shuffled, restricted)).toEqual(expected);
		const openHints = hintsByField(schemas.dataset, open);
		expect(openHints['licence is required']).toMatch(LICENCE_HINT);
		expect(hintsByField(reversed, open)).toEqual(openHints);
	});

	it('come from the rule’s own annotation: a rule without one has no conditional hint', () => {
		const changed = structuredClone(schemas.dataset) as { allOf: Array<{ then: Record<string, unknown> }> };
		delete changed.allOf[3]!.then[HINT_KEYWORD];
		changed.allOf[0]!.then[HINT_KEYWORD] = 'a new hint for the restricted rule';
		const hints = hintsByField(changed, restricted);
		expect(hints['exemption is required']).toBe('a new hint for the restricted rule');
		expect(hints['high_value_reasons is required']).toBeUndefined();
	});
});
