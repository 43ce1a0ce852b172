// Types of the generated module beside it (scripts/types/dataset-validator.ts).
import type { ValidateFunction } from 'ajv';

/** schemas/dataset.schema.json, precompiled: no `new Function` at run time. */
declare const validate: ValidateFunction;
export default validate;
