// Types of the generated module beside it (scripts/types/dataset-validator.ts).
import type { ValidateFunction } from 'ajv';

/** schemas/schedule-row.schema.json, precompiled: no schema compiled at run time. */
declare const validate: ValidateFunction;
export default validate;

/** The SHA-256 of the schemas it was made from (schedule-row-validator.ts schemasDigest). */
export declare const schemasDigest: string;
