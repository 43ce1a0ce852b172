/**
 * src/lib/build/validation-process.ts as scripts/build.ts gets it under held-validation.mjs: the
 * same, but the validation's result is given only once the file ODC_TEST_VALIDATION_GATE names exists.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCatalogueApart as load } from '../../../src/lib/build/validation-process.ts';

export * from '../../../src/lib/build/validation-process.ts';

/** loadCatalogueApart, its result held until the gate file exists. */
export async function loadCatalogueApart(...args: Parameters<typeof load>): ReturnType<typeof load> {
	const result = await load(...args);
	const gate = process.env.ODC_TEST_VALIDATION_GATE;
	while (gate && !existsSync(gate)) await sleep(20);
	return result;
}
