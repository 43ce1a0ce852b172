/**
 * The schedule rows' precompiled validator (schedules/schedule-row-validator.ts) is the one ajv
 * compiles from the schemas now: its file is what `npm run generate:types` writes, it is used while
 * it was made from these schemas, and it reports a bad row exactly as the compiled one does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEDULE_ROW_VALIDATOR_FILE, scheduleRowValidatorSource } from '../../scripts/types/dataset-validator.ts';
import generated, { schemasDigest as generatedDigest } from '../../src/lib/schedules/schedule-row-validator.generated.js';
import { scheduleRowValidator, schemasDigest } from '../../src/lib/schedules/schedule-row-validator.ts';
import { getValidator } from '../../src/lib/validate/schemas.ts';

describe('the precompiled schedule row validator', () => {
	it('is what npm run generate:types writes from the schemas as they are', () => {
		expect(readFileSync(SCHEDULE_ROW_VALIDATOR_FILE, 'utf8')).toBe(scheduleRowValidatorSource());
		expect(generatedDigest).toBe(schemasDigest());
	});

	it('is the validator loadCatalogue uses', async () => {
		expect(await scheduleRowValidator()).toBe(generated);
	});

	it('judges rows as the compiled validator does, errors included', () => {
		const compiled = getValidator('scheduleRow');
		const rows = [
			{},
			{ dataset_id: 'Not An Id', planned_release: 'soon', status: 'someday', colour: 'red' },
			{ dataset_id: 'road-salt-use', planned_release: '2026-09-30', status: 'planned' },
		];
		for (const row of rows) {
			expect(generated(row)).toBe(compiled(row));
			expect(JSON.stringify(generated.errors ?? null)).toBe(JSON.stringify(compiled.errors ?? null));
		}
		expect(rows.filter((row) => !compiled(row)).length).toBeGreaterThan(0);
	});
});
