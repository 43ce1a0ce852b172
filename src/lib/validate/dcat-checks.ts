/**
 * The DCAT-AP checks as `npm run validate` reports them: the catalogue is exported, its graph is
 * validated with the project's SHACL shapes (as the build does, in pieces: dcat-dataset-results.ts), and every
 * result (violations are errors; recommended properties left out, such as a dataset without
 * keywords, are warnings) becomes a diagnostic on the file and line the node comes from. The
 * results of a dataset that has not changed since it was last validated are reused without
 * mapping it again (dcat-dataset-results.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { DcatApOptions } from '../export/dcat-ap/catalogue.ts';
import type { ShaclFinding } from '../export/dcat-ap/shacl.ts';
import { sourceMapOf, type NodeSource } from '../export/dcat-ap/source-map.ts';
import { formatPath, locate } from '../load/locate.ts';
import { fileKey } from '../load/file-cache.ts';
import { parsedFromKnownData, parseYaml, type ParsedYaml } from '../load/parse-yaml.ts';
import { NO_POSITIONS, withPositions, type PositionCache } from '../load/position-cache.ts';
import { readSourceText } from '../load/read-source.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { datasetShaclResults, lazyShapes, type ResultsCacheOptions } from './dcat-dataset-results.ts';
import { dcatFieldPath } from './dcat-fields.ts';

/**
 * Exports `catalogue` (read from `root`) to DCAT-AP, validates it with SHACL and returns each
 * result located in its YAML file. `options` give the site's address; default: `site` of
 * catalogue.yaml. Each dataset's results are kept in the cache (dcat-dataset-results.ts) unless
 * `cache.cache` is false.
 */
export async function checkDcatAp(
	root: string,
	catalogue: Catalogue,
	options: DcatApOptions = { siteUrl: catalogue.config.site.url, base: catalogue.config.site.base },
	cache: ResultsCacheOptions = {},
	positions: PositionCache = NO_POSITIONS,
): Promise<Diagnostic[]> {
	const results = await datasetShaclResults(root, catalogue, options, lazyShapes(), cache);
	// Most runs find nothing: then neither the nodes' sources nor the SHACL module (and the engine it loads) are needed.
	if (results.length === 0) return [];
	const { locateResults } = await import('../export/dcat-ap/shacl.ts');
	const sources = sourceMapOf(catalogue, options);
	const findings = locateResults(results, sources);
	const parse = sourceParser(root, { positions, datasetKeys: cache.datasetKeys });
	return findings.map((finding) => shaclDiagnostic(finding, sources.get(finding.focusNode), parse));
}

/**
 * Reads and parses the catalogue's YAML files on demand, each once; `undefined` for one that cannot
 * be read. A dataset file whose text is still the one loaded (its key in `datasetKeys`) is placed
 * from the positions an earlier run kept for that text (position-cache.ts), and parsed with
 * positions only for a path they do not hold.
 */
export function sourceParser(
	root: string,
	{ positions = NO_POSITIONS, datasetKeys }: { positions?: PositionCache; datasetKeys?: ReadonlyMap<string, string> } = {},
): (file: string) => ParsedYaml | undefined {
	const parsed = new Map<string, ParsedYaml | undefined>();
	return (file) => {
		if (!parsed.has(file)) parsed.set(file, readParsed(root, file, datasetKeys?.get(file), positions));
		return parsed.get(file);
	};
}

/** One SHACL result as a diagnostic, on the field its property is written in when the file can be read. */
export function shaclDiagnostic(finding: ShaclFinding, source: NodeSource | undefined, parse: (file: string) => ParsedYaml | undefined): Diagnostic {
	const file = source?.sourcePath ?? 'catalogue.yaml';
	const path = source ? dcatFieldPath(source.description, finding.path) : [];
	const document = parse(file);
	const sentence = source ? finding.message.slice(`${source.sourcePath}: `.length) : finding.message;
	return {
		severity: finding.severity,
		code: finding.severity === 'error' ? 'dcat-ap.violation' : 'dcat-ap.recommended',
		file,
		...(document ? locate(document, path) : { line: 1, column: 1 }),
		field: formatPath(path),
		message: `in the DCAT-AP export: ${sentence}`,
		...(finding.severity === 'warning' && sentence.includes(' has no ')
			? {
					hint: `add ${formatPath(path) || 'it'}: DCAT-AP recommends it, and portals that harvest the catalogue (data.europa.eu and others) use it to find and describe the data`,
				}
			: {}),
	};
}

// Read as loading reads it (repo-files.ts): a file that has become a link, or grown past the limit,
// since it was loaded is not followed or read; its findings are placed at its start.
function readParsed(root: string, file: string, loadedKey: string | undefined, positions: PositionCache): ParsedYaml | undefined {
	const { text } = readSourceText(root, file);
	if (text === undefined) return undefined;
	// Loaded sound with this very text: only its positions are needed, parsed when not kept.
	const known = loadedKey === undefined || fileKey('dataset', text) !== loadedKey ? undefined : positions.of(loadedKey);
	return known === undefined ? parseYaml(file, text).parsed : withPositions(parsedFromKnownData(file, text, undefined), known);
}
