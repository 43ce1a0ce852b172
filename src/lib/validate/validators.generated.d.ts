// Types of the generated module beside it (scripts/types/dataset-validator.ts).
import type { ValidateFunction } from 'ajv';

/** Each kind's schema (schemas/), precompiled: no schema compiled at run time. */
export declare const catalogue: ValidateFunction;
export declare const publisher: ValidateFunction;
export declare const dataset: ValidateFunction;
export declare const dictionary: ValidateFunction;
export declare const request: ValidateFunction;
export declare const plan: ValidateFunction;
export declare const scheduleRow: ValidateFunction;
export declare const scorecard: ValidateFunction;

/** The SHA-256 of the schemas they were made from (validators.ts schemasDigest). */
export declare const schemasDigest: string;
