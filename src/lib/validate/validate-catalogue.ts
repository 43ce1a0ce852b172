/**
 * Everything `npm run validate` checks, in one pass: the files, their cross-references and data
 * files (loadCatalogue), then the DCAT-AP export of the files without errors, SHACL-validated
 * (dcat-checks.ts). The CLI and the dev server both report this.
 */
import { loadCatalogue, type LoadResult } from '../catalogue.ts';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { NO_POSITIONS, openPositionCache } from '../load/position-cache.ts';
import { checkDcatAp } from './dcat-checks.ts';

/** How to validate. */
export interface ValidateOptions {
	/** The date schedules are judged on, `YYYY-MM-DD`. */
	asOf?: string;
	/** Whether to check the DCAT-AP export with SHACL (default: yes). */
	dcat?: boolean;
	/**
	 * Whether results kept from an earlier run are reused (load/file-cache.ts for the files,
	 * dcat-dataset-results.ts for the SHACL results); the report is the same either way. Default: yes.
	 */
	cache?: boolean;
	/** The cache folder (default: cacheDir()). */
	cacheFolder?: string;
	/** Whether files are parsed partly on a second thread (loadCatalogue's option). Default: no. */
	parseAhead?: boolean;
}

/** Loads and checks the catalogue at `root`; every problem is in `diagnostics`, sorted by file and line. */
export async function validateCatalogue(
	root: string,
	{ asOf, dcat = true, cache = true, cacheFolder, parseAhead = false }: ValidateOptions = {},
): Promise<LoadResult> {
	// One for the load and the DCAT-AP checks: each run keeps only the entries it used (generation-cache.ts).
	const positions = cache ? openPositionCache(root, cacheFolder) : NO_POSITIONS;
	const result = await loadCatalogue(root, { ...(asOf === undefined ? {} : { asOf }), cache, cacheFolder, positions, parseAhead });
	if (!dcat || !result.soundPart) {
		positions.save();
		return result;
	}
	const { url, base } = result.soundPart.config.site;
	const dcatProblems = await checkDcatAp(root, result.soundPart, { siteUrl: url, base }, { cache, cacheFolder, datasetKeys: result.datasetKeys }, positions);
	positions.save();
	return { ...result, diagnostics: sortDiagnostics([...result.diagnostics, ...dcatProblems]) };
}
