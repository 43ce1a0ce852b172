/**
 * `npm run validate [-- --format text|github|json] [--root DIR] [--as-of YYYY-MM-DD] [--no-dcat]
 * [--json-report FILE]`: checks every metadata file of the catalogue and its DCAT-AP export, and
 * prints all problems at once; `--json-report` also writes the JSON report to FILE (for the
 * pull-request summary, so the check validates once). Exits 1 when there is an error, 0 otherwise. `--as-of` (or AS_OF) is the date release
 * schedules are judged on; default today (UTC). `--no-dcat` leaves out the DCAT-AP (SHACL) checks.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { hasErrors } from '../src/lib/diagnostics/diagnostic.ts';
import { formatGithub, formatJson, formatSummary, formatText } from '../src/lib/diagnostics/format.ts';
import { resolveAsOf } from '../src/lib/schedules/as-of.ts';
import { validateCatalogue } from '../src/lib/validate/validate-catalogue.ts';

const { values } = parseArgs({
	options: {
		format: { type: 'string', default: 'text' },
		root: { type: 'string', default: process.env.CATALOGUE_DIR ?? process.cwd() },
		'as-of': { type: 'string' },
		dcat: { type: 'boolean', default: true },
		'json-report': { type: 'string' },
	},
	allowNegative: true,
});
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
const { diagnostics, fileCount } = await validateCatalogue(resolve(values.root!), { asOf, dcat: values.dcat });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (values['json-report']) writeFileSync(values['json-report'], `${formatJson(diagnostics, fileCount)}\n`);
if (format === 'json') {
	console.log(formatJson(diagnostics, fileCount));
} else if (format === 'github') {
	if (diagnostics.length > 0) console.log(formatGithub(diagnostics));
	console.log(formatSummary(diagnostics, fileCount));
} else {
	if (diagnostics.length > 0) console.log(`${formatText(diagnostics)}\n`);
	console.log(`${formatSummary(diagnostics, fileCount)} in ${seconds} s`);
}
process.exitCode = hasErrors(diagnostics) ? 1 : 0;
