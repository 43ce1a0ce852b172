/**
 * `npm run validate [-- --format text|github|json] [--root DIR] [--as-of YYYY-MM-DD] [--quiet]
 * [--max-warnings N] [--no-dcat] [--no-cache] [--json-report FILE]`: checks every metadata file of the catalogue
 * and its DCAT-AP export and prints all problems at once, then the warnings grouped by kind.
 * `--quiet` prints the errors only (and the grouped warnings). `--json-report` also writes the JSON
 * report to FILE (for the pull-request summary, so the check validates once). Exits 1 when there is
 * an error, or more than N warnings with `--max-warnings N`; 0 otherwise. `--as-of` (or AS_OF) is
 * the date release schedules are judged on; default today (UTC). `--no-dcat` leaves out the DCAT-AP
 * (SHACL) checks. `--no-cache` checks every file and dataset afresh rather than reusing the results
 * an earlier run kept for those unchanged since (the report is the same either way). `--quality [--publisher ID] [--limit N]` then prints each publisher's (or one's)
 * lowest-scoring datasets with what to do to earn the points they miss.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { hasErrors } from '../src/lib/diagnostics/diagnostic.ts';
import { formatGithub, formatJson, formatSummary, formatText, formatWarningGroups } from '../src/lib/diagnostics/format.ts';
import { readLinkReport } from '../src/lib/links/link-report.ts';
import { catalogueQuality } from '../src/lib/quality/catalogue-quality.ts';
import { lowestScoringReport } from '../src/lib/quality/lowest-report.ts';
import { resolveAsOf } from '../src/lib/schedules/as-of.ts';
import { validateCatalogue } from '../src/lib/validate/validate-catalogue.ts';

const { values } = parseArgs({
	options: {
		format: { type: 'string', default: 'text' },
		root: { type: 'string', default: process.env.CATALOGUE_DIR ?? process.cwd() },
		'as-of': { type: 'string' },
		quality: { type: 'boolean', default: false },
		publisher: { type: 'string' },
		limit: { type: 'string', default: '5' },
		quiet: { type: 'boolean', default: false },
		'max-warnings': { type: 'string' },
		dcat: { type: 'boolean', default: true },
		cache: { type: 'boolean', default: true },
		'json-report': { type: 'string' },
	},
	allowNegative: true,
});
const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
	console.error(`--max-warnings must be a whole number, 0 or more (got "${values['max-warnings']}")`);
	process.exit(2);
}
const format = values.format!;
if (!['text', 'github', 'json'].includes(format)) {
	console.error(`--format must be text, github or json (got "${format}")`);
	process.exit(2);
}

let asOf: string;
try {
	asOf = resolveAsOf(values['as-of']);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}

const started = performance.now();
const { catalogue, diagnostics, fileCount } = await validateCatalogue(resolve(values.root!), {
	asOf,
	dcat: values.dcat,
	cache: values.cache,
	parseAhead: true,
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const shown = values.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
const warningCount = diagnostics.filter((d) => d.severity === 'warning').length;
const tooManyWarnings = maxWarnings !== undefined && warningCount > maxWarnings;

if (values['json-report']) writeFileSync(values['json-report'], `${formatJson(diagnostics, fileCount)}\n`);
if (format === 'json') {
	console.log(formatJson(diagnostics, fileCount));
} else if (format === 'github') {
	if (shown.length > 0) console.log(formatGithub(shown));
	console.log(formatSummary(diagnostics, fileCount));
} else {
	if (shown.length > 0) console.log(`${formatText(shown)}\n`);
	const groups = formatWarningGroups(diagnostics);
	if (groups) console.log(`${groups}\n`);
	console.log(`${formatSummary(diagnostics, fileCount)} in ${seconds} s`);
}
if (tooManyWarnings) console.error(`${warningCount} warnings is more than --max-warnings ${maxWarnings} allows`);
process.exitCode = hasErrors(diagnostics) || tooManyWarnings ? 1 : 0;

if (values.quality && catalogue) {
	const limit = Number(values.limit);
	try {
		if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a whole number of at least 1 (got "${values.limit}")`);
		console.log(
			`\nMetadata quality (EU MQA, 405 points; freshness judged on ${asOf}):\n\n${lowestScoringReport(catalogueQuality(catalogue, readLinkReport(resolve(values.root!))), { publisher: values.publisher, limit })}`,
		);
	} catch (error) {
		console.error((error as Error).message);
		process.exitCode = 2;
	}
}
