/**
 * The validator of each kind of file for loadCatalogue, precompiled (validators.generated.js,
 * written by `npm run generate:types` with the same ajv, options and schemas as schemas.ts):
 * loading ajv and compiling the schemas was ~0.2 s of CPU of a `npm run validate` whose files all
 * came from its cache, and more of one after a change. The generated module names the digest of
 * the schemas it was made from; when they have changed since (a schema edited without running
 * `npm run generate:types`), the schema is compiled as before, so no file is judged by an old
 * schema. `tests/validate/validators.test.ts` checks that the file is current.
 */
import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import { schemas, type SchemaKind } from './schema-documents.ts';
import * as generated from './validators.generated.js';

/** The kinds that have a precompiled validator. */
export type PrecompiledKind = SchemaKind;

let current: boolean | undefined;

/** The SHA-256 (hex) of every schema document, as the generated module records it. */
export function schemasDigest(): string {
	return createHash('sha256').update(JSON.stringify(schemas)).digest('hex');
}

/** The validator of `kind`: the precompiled one when it was made from these schemas, else compiled now (schemas.ts). */
export async function validatorFor(kind: PrecompiledKind): Promise<ValidateFunction> {
	current ??= generated.schemasDigest === schemasDigest();
	if (current) return generated[kind];
	const { getValidator } = await import('./schemas.ts');
	return getValidator(kind);
}
