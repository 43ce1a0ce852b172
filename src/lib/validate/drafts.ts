import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { draftCode } from '../diagnostics/registry.ts';
import { locate } from '../load/locate.ts';
import type { SourceFile } from '../load/discover.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';

/** The code of the one diagnostic every draft gets, which the validator's summary counts. */
export const DRAFT_CODE = 'draft.unpublished';

/** Why a file is a draft: its own `status: draft`, or (for a dataset) its publisher's. */
export type DraftReason = 'own' | 'publisher';

/** Whether a parsed dataset file says `status: draft`, whatever else is wrong with it. */
export function isDraft(data: unknown): boolean {
	return typeof data === 'object' && data !== null && (data as { status?: unknown }).status === 'draft';
}

/** Problems of a draft as the gaps they are: warnings, coded `draft.<code>`, saying they must be fixed before publishing. */
export function asDraftGaps(problems: readonly Diagnostic[]): Diagnostic[] {
	return problems.map((problem) => ({
		...problem,
		severity: 'warning' as const,
		code: draftCode(problem.code),
		hint: problem.hint ? `${problem.hint} (needed before the draft can be published)` : 'needed before the draft can be published',
	}));
}

/**
 * What a draft still lacks, as warnings: a draft is not published, so its gaps (a missing licence or
 * contact, a reference that does not resolve yet) cannot break the site, but the steward sees each of
 * them, and one line saying the file is a draft.
 */
export function draftDiagnostics(parsed: ParsedYaml, problems: readonly Diagnostic[], reason: DraftReason = 'own'): Diagnostic[] {
	const gaps = asDraftGaps(problems);
	const head: Diagnostic = {
		severity: 'warning',
		code: DRAFT_CODE,
		file: parsed.file,
		...(reason === 'own' ? locate(parsed, ['status']) : { line: 1, column: 1 }),
		field: reason === 'own' ? 'status' : '',
		message: `${reason === 'own' ? 'is draft' : 'is not published: its publisher is a draft'}: ${gaps.length === 0 ? 'the record is complete but not published' : `the record is not published and still lacks ${gaps.length} thing${gaps.length === 1 ? '' : 's'}`}`,
		hint:
			reason === 'own' ? 'set status: published (or remove status) once the record is complete' : 'complete the publisher’s file and set its status: published',
	};
	return [head, ...gaps];
}

/**
 * Why a dataset or publisher file is a draft: its own `status: draft`, or, for a dataset, its
 * publisher's (the datasets of a draft publisher are not published either); `undefined` otherwise.
 */
export function draftReason(source: SourceFile, parsed: ParsedYaml, draftPublishers: ReadonlySet<string>): DraftReason | undefined {
	if (source.kind !== 'dataset' && source.kind !== 'publisher') return undefined;
	if (isDraft(parsed.data)) return 'own';
	return source.kind === 'dataset' && draftPublishers.has(source.folder ?? '') ? 'publisher' : undefined;
}
