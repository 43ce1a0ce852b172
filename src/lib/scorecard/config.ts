/**
 * The scorecard's indicators: `scorecard.yaml` at the catalogue's root (schemas/scorecard.schema.json),
 * read and validated with the other files, or the default set below when the file is absent.
 */
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Finding } from '../diagnostics/located.ts';
import { hintOf } from '../diagnostics/registry.ts';
import { formatPath, locate } from '../load/locate.ts';
import { parseYaml } from '../load/parse-yaml.ts';
import { readSourceText } from '../load/read-source.ts';
import { entryKind } from '../load/repo-files.ts';
import { checkStructure } from '../load/structure-limits.ts';
import { unsafeCharacters } from '../validate/unsafe-characters.ts';
import type { LocalizedText } from '../records.ts';
import { schemaDiagnostics } from '../validate/schema-errors.ts';
import { validatorFor } from '../validate/validators.ts';
import type { MeasureName } from './measures.ts';

/** One indicator of the scorecard. */
export interface IndicatorConfig {
	measure: MeasureName;
	/** A share from 0 to 1, or days for request_median_days. */
	target?: number;
	note?: LocalizedText;
}

/** `scorecard.yaml`. */
export interface ScorecardConfig {
	principles: Array<{ principle: 1 | 2 | 3 | 4 | 5 | 6; indicators: IndicatorConfig[] }>;
}

/** The indicators used when a catalogue has no scorecard.yaml (the same as the example catalogue's). */
export const DEFAULT_SCORECARD: ScorecardConfig = {
	principles: [
		{
			principle: 1,
			indicators: [
				{ measure: 'open_share', target: 0.8 },
				{ measure: 'restricted_justified_share', target: 1 },
				{ measure: 'under_review_scheduled_share', target: 0.9 },
			],
		},
		{
			principle: 2,
			indicators: [
				{ measure: 'releases_on_time_share', target: 0.9 },
				{ measure: 'updated_on_schedule_share', target: 0.9 },
			],
		},
		{
			principle: 3,
			indicators: [
				{ measure: 'open_format_licence_share', target: 0.95 },
				{ measure: 'bilingual_share', target: 1 },
			],
		},
		{ principle: 4, indicators: [{ measure: 'documented_share', target: 0.75 }] },
		{
			principle: 5,
			indicators: [
				{ measure: 'requests_answered_share', target: 0.9 },
				{ measure: 'request_median_days', target: 30 },
			],
		},
		{ principle: 6, indicators: [{ measure: 'high_value_open_share', target: 0.9 }] },
	],
};

/** The file's place, relative to the catalogue root. */
export const SCORECARD_FILE = 'scorecard.yaml';

/**
 * Reads and validates `scorecard.yaml` in `root`; the default when it is absent, `undefined` when it
 * has errors (reported). Asynchronous: the validator may have to be compiled (validate/validators.ts).
 */
export async function readScorecardConfig(root: string): Promise<{ config: ScorecardConfig | undefined; diagnostics: Diagnostic[] }> {
	// Read as every metadata file is: never through a link, bounded before parsing, no invisible characters.
	if (entryKind(join(root, SCORECARD_FILE)) === 'missing') return { config: DEFAULT_SCORECARD, diagnostics: [] };
	const decoded = readSourceText(root, SCORECARD_FILE);
	if (decoded.text === undefined) return { config: undefined, diagnostics: decoded.diagnostics };
	const { parsed, diagnostics } = parseYaml(SCORECARD_FILE, decoded.text);
	const all = [...decoded.diagnostics, ...diagnostics];
	if (!parsed) return { config: undefined, diagnostics: all };
	const shapeProblems = checkStructure(parsed);
	if (shapeProblems.length > 0) return { config: undefined, diagnostics: [...all, ...shapeProblems] };
	const unsafe = unsafeCharacters(parsed);
	if (unsafe.length > 0) return { config: undefined, diagnostics: [...all, ...unsafe] };
	const validate = await validatorFor('scorecard');
	if (!validate(parsed.data)) return { config: undefined, diagnostics: [...all, ...schemaDiagnostics(parsed, validate.errors ?? [])] };
	const config = parsed.data as ScorecardConfig;
	const seen = new Set<string>();
	// Key order as the JSON report prints it: code before the place.
	const indicatorError = (p: number, i: number, key: 'measure' | 'target', { code, ...finding }: Finding): Diagnostic => {
		const path = ['principles', p, 'indicators', i, key];
		return { severity: 'error', code, file: SCORECARD_FILE, ...locate(parsed, path), field: formatPath(path), ...finding };
	};
	config.principles.forEach((principle, p) => {
		principle.indicators.forEach((indicator, i) => {
			if (seen.has(indicator.measure))
				all.push(
					indicatorError(p, i, 'measure', {
						code: 'scorecard.duplicate',
						message: `repeats the measure ${indicator.measure}`,
						hint: hintOf('scorecard.duplicate'),
					}),
				);
			seen.add(indicator.measure);
			if (indicator.target !== undefined && indicator.measure.endsWith('_share') && indicator.target > 1)
				all.push(
					indicatorError(p, i, 'target', {
						code: 'scorecard.target',
						message: 'is more than 1',
						expected: 'a share between 0 and 1 (0.8 is 80 %)',
						got: String(indicator.target),
						hint: hintOf('scorecard.target'),
					}),
				);
		});
	});
	return { config: all.some((d) => d.severity === 'error') ? undefined : config, diagnostics: all };
}
