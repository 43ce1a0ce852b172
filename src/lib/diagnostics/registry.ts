import { CATALOGUE_CODES, DCAT_AP_CODES, DRAFT_CODES, SCORECARD_CODES, TEXT_CODES } from './registry/catalogue.ts';
import { DATA_CODES } from './registry/data.ts';
import { FILE_CODES, STRUCTURE_CODES } from './registry/files.ts';
import { SCHEDULE_CODES } from './registry/schedules.ts';
import { SCHEMA_CODES } from './registry/schema.ts';
import type { CodeInfo } from './registry/types.ts';
import { YAML_CODES } from './registry/yaml.ts';

export type { CodeInfo } from './registry/types.ts';
export { YAML_ERROR_CODES } from './registry/yaml.ts';

/** Every diagnostic code, by area (the order of the docs' table), with its message and fixed hint. */
export const DIAGNOSTIC_AREAS = {
	'Files of the repository': { ...FILE_CODES, ...STRUCTURE_CODES },
	'YAML syntax': YAML_CODES,
	'Schema rules': SCHEMA_CODES,
	'References, identifiers and dates': CATALOGUE_CODES,
	Texts: TEXT_CODES,
	Drafts: DRAFT_CODES,
	'Implementation schedules': SCHEDULE_CODES,
	'Data files and data dictionaries': DATA_CODES,
	'The DCAT-AP export': DCAT_AP_CODES,
	'Charter scorecard': SCORECARD_CODES,
} as const;

type Areas = typeof DIAGNOSTIC_AREAS;
type RegisteredCode = { [A in keyof Areas]: keyof Areas[A] }[keyof Areas] & string;

/**
 * A code a diagnostic may carry: a registered one, or `draft.<registered>` (a draft's problem, as a
 * warning). A code that is not registered does not compile.
 */
export type DiagnosticCode = RegisteredCode | `draft.${RegisteredCode}`;

/** The code of a draft's problem: the problem's own code under `draft.`. */
export function draftCode(code: DiagnosticCode): DiagnosticCode {
	return `draft.${code as RegisteredCode}`;
}

/** Every registered code, flat. */
export const DIAGNOSTIC_CODES: Readonly<Record<RegisteredCode, CodeInfo>> = Object.assign({}, ...Object.values(DIAGNOSTIC_AREAS));

/** The fixed hint of `code`, if the registry gives one. */
export function registeredHint(code: DiagnosticCode): string | undefined {
	return DIAGNOSTIC_CODES[code as RegisteredCode]?.hint;
}

/** The codes whose registry entry gives a fixed hint. */
export type HintedCode = { [A in keyof Areas]: { [C in keyof Areas[A]]: Areas[A][C] extends { hint: string } ? C : never }[keyof Areas[A]] }[keyof Areas] &
	string;

/** The fixed hint of `code`, which the registry gives (a code without one does not compile). */
export function hintOf(code: HintedCode): string {
	return DIAGNOSTIC_CODES[code].hint!;
}

/** Whether `code` is a registered code (for codes built from a parser's or a schema's own names). */
export function isRegisteredCode(code: string): code is RegisteredCode {
	return Object.hasOwn(DIAGNOSTIC_CODES, code);
}
