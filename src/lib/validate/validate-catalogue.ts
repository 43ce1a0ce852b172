/**
 * Everything `npm run validate` checks, in one pass: the files, their cross-references and data
 * files (loadCatalogue), then the DCAT-AP export of the files without errors, SHACL-validated
 * (dcat-checks.ts). The CLI and the dev server both report this.
 */
import { loadCatalogue, type LoadResult } from '../catalogue.ts';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { checkDcatAp } from './dcat-checks.ts';

/** How to validate. */
export interface ValidateOptions {
	/** The date schedules are judged on, `YYYY-MM-DD`. */
	asOf?: string;
	/** Whether to check the DCAT-AP export with SHACL (default: yes). */
	dcat?: boolean;
}

/** Loads and checks the catalogue at `root`; every problem is in `diagnostics`, sorted by file and line. */
export async function validateCatalogue(root: string, { asOf, dcat = true }: ValidateOptions = {}): Promise<LoadResult> {
	const result = await loadCatalogue(root, asOf === undefined ? {} : { asOf });
	if (!dcat || !result.soundPart) return result;
	const dcatProblems = await checkDcatAp(root, result.soundPart);
	return { ...result, diagnostics: sortDiagnostics([...result.diagnostics, ...dcatProblems]) };
}
