/**
 * The validator of a release schedule's rows for loadCatalogue. It is precompiled
 * (schedule-row-validator.generated.js, written by `npm run generate:types` with the same ajv,
 * options and schemas as schemas.ts): compiling the row schema, and loading ajv to do it, was ~0.2 s
 * of a `npm run validate` whose metadata files all came from its cache. The generated module names
 * the digest of the schemas it was made from; when they have changed since (a schema edited without
 * running `npm run generate:types`), the row schema is compiled as before, so rows are never judged
 * by an old schema. `tests/schedules/schedule-row-validator.test.ts` checks that the file is current.
 */
import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import { schemas } from '../validate/schema-documents.ts';

/** The SHA-256 (hex) of every schema document, as the generated validator records it. */
export function schemasDigest(): string {
	return createHash('sha256').update(JSON.stringify(schemas)).digest('hex');
}

/** The schedule rows' validator: the precompiled one when it was made from these schemas, else compiled now. */
export async function scheduleRowValidator(): Promise<ValidateFunction> {
	const generated = (await import('./schedule-row-validator.generated.js')) as { default: ValidateFunction; schemasDigest?: string };
	if (generated.schemasDigest === schemasDigest()) return generated.default;
	const { getValidator } = await import('../validate/schemas.ts');
	return getValidator('scheduleRow');
}
