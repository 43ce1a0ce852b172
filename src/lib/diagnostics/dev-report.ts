/**
 * What `npm run dev` prints after loading the catalogue. A steward saves one file and looks at the
 * terminal for what that save broke: a real catalogue can carry thousands of warnings (3,152 for
 * the real records in ../shared/realdata), which, printed again on every save, would bury it. So
 * every error is printed, since an error stops the pages; warnings are printed in full only for
 * the files just saved, or when there are few; the rest are counted by kind.
 */
import type { Diagnostic } from './diagnostic.ts';
import { formatText, formatWarningGroups } from './format.ts';

/** Up to this many warnings in all are printed in full. */
export const FULL_WARNINGS = 20;

/**
 * The report of one load: errors in full, then the warnings of `saved` (files relative to the
 * catalogue root; undefined at start-up) or all of them when there are at most
 * {@link FULL_WARNINGS}, then the others grouped by kind. Empty when there is nothing to say.
 */
export function devServerReport(diagnostics: readonly Diagnostic[], saved?: readonly string[]): string {
	const warnings = diagnostics.filter((d) => d.severity === 'warning');
	const savedFiles = new Set(saved);
	const inFull = new Set(warnings.length <= FULL_WARNINGS ? warnings : warnings.filter((d) => savedFiles.has(d.file)));
	const shown = diagnostics.filter((d) => d.severity === 'error' || inFull.has(d));
	const others = warnings.filter((d) => !inFull.has(d));
	const parts: string[] = [];
	if (shown.length > 0) parts.push(formatText(shown));
	if (others.length > 0) {
		const where = saved === undefined ? '' : ' in files not saved now';
		parts.push(`${formatWarningGroups(others).replace(/^Warnings by kind:/, `Warnings${where}, by kind:`)}\nnpm run validate lists every one.`);
	}
	return parts.join('\n\n');
}
