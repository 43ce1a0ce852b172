/**
 * The precompiled validators loadCatalogue uses (validate/validators.ts) are the ones ajv compiles
 * from the schemas now: their file is what `npm run generate:types` writes, they are used while they
 * were made from these schemas, and they judge files exactly as the compiled ones do, errors included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PRECOMPILED_KINDS, VALIDATORS_FILE, validatorsSource } from '../../scripts/types/dataset-validator.ts';
import * as generated from '../../src/lib/validate/validators.generated.js';
import { getValidator } from '../../src/lib/validate/schemas.ts';
import { schemasDigest, validatorFor } from '../../src/lib/validate/validators.ts';

const root = join(import.meta.dirname, '..', '..');
const firstYaml = (folder: string) => {
	const name = readdirSync(join(root, folder), { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.yaml') && !file.endsWith('.schema.yaml'))
		.sort()[0]!;
	return parse(readFileSync(join(root, folder, name), 'utf8')) as Record<string, unknown>;
};

describe('the precompiled validators', () => {
	it('are what npm run generate:types writes from the schemas as they are', () => {
		expect(readFileSync(VALIDATORS_FILE, 'utf8')).toBe(validatorsSource());
		expect(generated.schemasDigest).toBe(schemasDigest());
	});

	it('are the validators loadCatalogue uses', async () => {
		for (const kind of PRECOMPILED_KINDS) expect(await validatorFor(kind)).toBe(generated[kind as keyof typeof generated]);
	});

	it('judge files as the compiled validators do, errors included', () => {
		const dataset = firstYaml('datasets');
		const publisher = firstYaml('publishers');
		const inputs = [
			{},
			null,
			'text',
			{ unknown: 1 },
			dataset,
			{ ...dataset, issued: '2020-02-30', title: { en: '' }, colour: 'red' },
			publisher,
			{ ...publisher, homepage: 'ftp://x' },
			{ dataset_id: 'Not An Id', planned_release: 'soon', status: 'someday' },
			{ dataset_id: 'road-salt-use', planned_release: '2026-09-30', status: 'planned' },
		];
		let failures = 0;
		for (const kind of PRECOMPILED_KINDS) {
			const compiled = getValidator(kind);
			const precompiled = generated[kind as keyof typeof generated] as typeof compiled;
			for (const input of inputs) {
				const valid = compiled(input);
				if (!valid) failures++;
				expect(precompiled(input), kind).toBe(valid);
				expect(JSON.stringify(precompiled.errors ?? null), kind).toBe(JSON.stringify(compiled.errors ?? null));
			}
		}
		expect(failures).toBeGreaterThan(PRECOMPILED_KINDS.length);
		expect(getValidator('dataset')(dataset)).toBe(true);
	});
});
