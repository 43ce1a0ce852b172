/**
 * `npm run import -- --from ckan|dcat|datajson|jkan SOURCE --out DIR [--force] [--lang en]
 * [--themes map.yaml] [--format text|json] [--max-records N] [--timeout S] [--summary]`: brings records from
 * another catalogue into the catalogue folder DIR (see src/lib/import/). SOURCE is a file, a folder
 * or an http(s) address. Prints the mapping report (--summary adds a one-line total on stderr). Exits 0 when the import ran (drafts and bad
 * records included: the report says what they are), 2 when it could not start.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { formatImportReport } from '../src/lib/import/format-report.ts';
import { isHttpSource } from '../src/lib/import/http.ts';
import { IMPORTERS } from '../src/lib/import/importers.ts';
import { runImport } from '../src/lib/import/run.ts';
import type { SourceSystem } from '../src/lib/import/types.ts';
import { themeMapping } from '../src/lib/import/vocabularies.ts';

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			from: { type: 'string' },
			out: { type: 'string' },
			force: { type: 'boolean', default: false },
			lang: { type: 'string' },
			themes: { type: 'string' },
			format: { type: 'string', default: 'text' },
			'max-records': { type: 'string' },
			timeout: { type: 'string' },
			summary: { type: 'boolean', default: false },
		},
	});
} catch (error) {
	fail((error as Error).message);
}
const { values, positionals } = parsed;
const from = values.from as SourceSystem | undefined;
const importer = from ? IMPORTERS[from] : undefined;
if (!importer) fail(`--from must be one of ${Object.keys(IMPORTERS).join(', ')} (got "${values.from ?? ''}")`);
if (positionals.length !== 1) fail('give one SOURCE: a file, a folder or an http(s) address');
if (!values.out) fail('--out DIR is required: the catalogue folder to write into');
if (!['text', 'json'].includes(values.format!)) fail(`--format must be text or json (got "${values.format}")`);
const source = positionals[0]!;
if (!isHttpSource(source) && !existsSync(source)) fail(`${source}: no such file or folder`);
const out = resolve(values.out);
if (existsSync(out) && !statSync(out).isDirectory()) fail(`--out ${values.out} is not a folder`);
if (values.lang !== undefined && !/^[a-z]{2}$/.test(values.lang)) fail(`--lang must be a two-letter language code (got "${values.lang}")`);
const whole = (name: string, value: string | undefined) => {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isInteger(n) || n <= 0) fail(`--${name} must be a whole number above 0 (got "${value}")`);
	return n;
};
const maxRecords = whole('max-records', values['max-records']);
const timeout = whole('timeout', values.timeout);

let themes;
if (values.themes) {
	try {
		themes = themeMapping((parse(readFileSync(values.themes, 'utf8')) ?? {}) as Record<string, unknown>);
	} catch (error) {
		fail(`--themes ${values.themes}: ${(error as Error).message}`);
	}
}

const report = await runImport(importer, {
	source: isHttpSource(source) ? source : resolve(source),
	out,
	force: values.force,
	textLanguage: values.lang,
	themes,
	read: { ...(maxRecords ? { maxRecords } : {}), ...(timeout ? { timeoutMs: timeout * 1000 } : {}) },
});
console.log(values.format === 'json' ? JSON.stringify(report, null, 2) : formatImportReport(report));
// One line on stderr, beside a JSON report on stdout, for scripts that only want the totals.
if (values.summary)
	console.error(
		`records read: ${report.read}, datasets written: ${report.datasets.created + report.datasets.updated}, drafted: ${report.datasets.drafted}, skipped: ${report.skipped.length}, bad input: ${report.problems.length}, import seconds: ${report.seconds.toFixed(3)}`,
	);
