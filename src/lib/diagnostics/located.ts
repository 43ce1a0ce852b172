import { formatPath, locate, type DataPath } from '../load/locate.ts';
import type { ParsedYaml } from '../load/parse-yaml.ts';
import type { Diagnostic, Severity } from './diagnostic.ts';

/** What a check says about a problem; where it is comes from the file and the path. */
export type Finding = Omit<Diagnostic, 'severity' | 'file' | 'line' | 'column' | 'field'>;

/**
 * The one way to report a problem of a YAML file: `finding` located at `path` of `parsed` (at its
 * key with `key`: an unknown or misspelt field), the field named as reports print paths.
 */
export function diagnosticAt(parsed: ParsedYaml, severity: Severity, path: DataPath, finding: Finding, key = false): Diagnostic {
	return { severity, file: parsed.file, ...locate(parsed, path, { key }), field: formatPath(path), ...finding };
}
