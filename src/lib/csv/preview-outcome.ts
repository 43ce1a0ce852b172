/** What came of an attempt to preview a file: its profile, or why there is none. */
import type { NotCsvReason } from './sniff.ts';
import type { TableProfile } from './table-profile.ts';

/**
 * Why a file could not be previewed: it is not CSV (`empty`, `binary`, `markup`, `json`), or a quote
 * is never closed, so that the rest of the file would be one endless cell.
 */
export type PreviewProblem = NotCsvReason | 'unclosed-quote';

/** A preview, or the reason there is none. */
export type PreviewOutcome = { ok: true; profile: TableProfile } | { ok: false; problem: PreviewProblem };
