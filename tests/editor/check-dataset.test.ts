import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDatasetFile, type EditorLists } from '../../src/lib/editor/check-dataset.ts';
import validateDataset from '../../src/lib/editor/dataset-validator.generated.js';
import { datasetValidatorSource, DATASET_VALIDATOR_FILE } from '../../scripts/types/dataset-validator.ts';
import { getValidators } from '../../src/lib/validate/schemas.ts';
import { parse } from 'yaml';

const lists: EditorLists = {
	publishers: ['mto', 'moh'],
	licences: [
		{ id: 'ogl-belle-riviere', open: true },
		{ id: 'closed', open: false },
	],
	themes: ['TRAN', 'HEAL'],
	demo: false,
};
const good = `# yaml-language-server: $schema=../../schemas/dataset.schema.json
identifier: bridges
title:
  en: Bridge conditions
  fr: État des ponts
description:
  en: Condition ratings of provincial bridges.
  fr: Cotes d'état des ponts provinciaux.
publisher: mto
contact_point:
  email: data@mto.gov.on.ca
themes: [TRAN]
access_level: open
licence: ogl-belle-riviere
issued: 2026-01-05
modified: 2026-02-01
update_frequency: ANNUAL
landing_page: https://www.ontario.ca/bridges
`;
const fields = (text: string, file = 'datasets/mto/bridges.yaml') =>
	checkDatasetFile(file, text, lists).map((d) => `${d.field}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);

describe('checkDatasetFile', () => {
	it('finds nothing wrong with a complete dataset', () => {
		expect(fields(good)).toEqual([]);
	});

	it('reports schema, cross-file and placeholder problems together, with the CLI’s words', () => {
		const bad = good
			.replace('themes: [TRAN]', 'themes: [TRAM]')
			.replace('modified: 2026-02-01', 'modified: 2025-02-01')
			.replace('licence: ogl-belle-riviere', 'licence: OGL')
			.replace('Condition ratings of provincial bridges.', 'To be written.');
		const problems = fields(bad, 'datasets/moh/bridge.yaml');
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^themes\[0\]: is not one of/),
				expect.stringMatching(/^modified: is earlier than issued/),
				expect.stringMatching(/^licence: .*did you mean "ogl-belle-riviere"\?/),
				expect.stringMatching(/^description\.en: still says "To be written"/),
				expect.stringMatching(/^identifier: must equal the file name/),
				expect.stringMatching(/^publisher: must match the folder/),
			]),
		);
	});

	it('reports an unknown publisher and a licence that is not open', () => {
		const problems = fields(
			good.replace('publisher: mto', 'publisher: mtp').replace('licence: ogl-belle-riviere', 'licence: closed'),
			'datasets/mtp/bridges.yaml',
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^publisher: refers to a publisher that does not exist \(did you mean "mto"\?\)/),
				expect.stringMatching(/^licence: is a licence that is not open/),
			]),
		);
	});

	it('reports an identifier another file of the catalogue already has, at any path', () => {
		const problems = checkDatasetFile('datasets/mto/bridges.yaml', good, lists, 'datasets/moh/bridges.yaml');
		expect(problems.map((d) => `${d.field}: ${d.message} (${d.hint})`)).toEqual([
			'identifier: is already used by another dataset (datasets/moh/bridges.yaml has the same identifier; dataset identifiers must be unique across the whole catalogue because they are page addresses)',
		]);
		expect(checkDatasetFile('datasets/mto/bridges.yaml', good, lists, 'datasets/mto/bridges.yaml').map((d) => d.code)).toEqual(['id.duplicate']);
		expect(checkDatasetFile('datasets/mto/bridges.yaml', good, lists, undefined)).toEqual([]);
	});

	it('reports YAML that does not parse', () => {
		expect(checkDatasetFile('datasets/mto/bridges.yaml', 'title: [unclosed', lists)[0]?.severity).toBe('error');
	});
});

describe('the precompiled dataset validator', () => {
	it('is up to date with the schema (npm run generate:types)', () => {
		expect(readFileSync(DATASET_VALIDATOR_FILE, 'utf8') === datasetValidatorSource()).toBe(true);
	});

	it('gives the same verdict and errors as the CLI’s validator', () => {
		const runtime = getValidators().dataset;
		for (const text of [
			good,
			good.replace('themes: [TRAN]', 'themes: [tran, TRAN]').replace('issued: 2026-01-05', 'issued: 2026-02-30'),
			'identifier: 5\nextra: 1\n',
		]) {
			const data = parse(text, { schema: 'core' });
			expect(validateDataset(data)).toBe(runtime(data));
			const strip = (errors: typeof runtime.errors) =>
				(errors ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));
			expect(strip(validateDataset.errors)).toEqual(strip(runtime.errors));
		}
	});
});
