import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { locate } from '../load/locate.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';

/** The code of the one diagnostic every draft gets, which the validator's summary counts. */
export const DRAFT_CODE = 'draft.unpublished';

/** Whether a parsed dataset file says `status: draft`, whatever else is wrong with it. */
export function isDraft(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as { status?: unknown }).status === 'draft';
}

/**
 * What a draft still lacks, as warnings: a draft is not published, so its gaps (a missing licence or
 * contact, a reference that does not resolve yet) cannot break the site, but the steward sees each of
 * them, and one line saying the file is a draft.
 */
export function draftDiagnostics(parsed: ParsedYaml, problems: readonly Diagnostic[]): Diagnostic[] {
	const gaps = problems.map((problem) => ({
		...problem,
		severity: 'warning' as const,
		code: `draft.${problem.code}`,
		hint: problem.hint ? `${problem.hint} (needed before the draft can be published)` : 'needed before the draft can be published',
	}));
	const head: Diagnostic = {
		severity: 'warning',
		code: DRAFT_CODE,
		file: parsed.file,
		...locate(parsed, ['status']),
		field: 'status',
		message: gaps.length === 0 ? 'is draft: the dataset is complete but not published' : `is draft: the dataset is not published; it still lacks ${gaps.length} thing${gaps.length === 1 ? '' : 's'}, listed below`,
		hint: 'set status: published (or remove status) once the record is complete',
	};
	return [head, ...gaps];
}
