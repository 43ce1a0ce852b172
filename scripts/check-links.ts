/**
 * `npm run check-links [-- --root DIR] [--concurrency N] [--per-host N] [--timeout SECONDS] [--retries N]`:
 * checks every landing page, documentation, download, access and data dictionary link of the
 * catalogue (ftp addresses are listed as not checked: the checker cannot ask them) and writes
 * `link-report.json` at its root, which the build reads (it never checks links itself). Prints the
 * links that did not answer. Exits 0 whatever the links' state, 1 when the catalogue has errors, 2
 * on a bad option. Run weekly by .github/workflows/check-links.yml.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/lib/catalogue.ts';
import { formatText } from '../src/lib/diagnostics/format.ts';
import { localizedString } from '../src/lib/i18n/localize.ts';
import { catalogueLinks } from '../src/lib/links/catalogue-links.ts';
import { linkPlace } from '../src/lib/links/dataset-links.ts';
import { checkLinks, userAgent } from '../src/lib/links/check-links.ts';
import { LINK_REPORT_FILE } from '../src/lib/links/link-report.ts';
import { isBroken } from '../src/lib/links/link-result.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: process.env.CATALOGUE_DIR ?? process.cwd() },
		concurrency: { type: 'string', default: '16' },
		'per-host': { type: 'string', default: '2' },
		timeout: { type: 'string', default: '20' },
		retries: { type: 'string', default: '2' },
	},
});
const number = (name: keyof typeof values, min: number): number => {
	const value = Number(values[name]);
	if (!Number.isInteger(value) || value < min) {
		console.error(`--${name} must be a whole number of at least ${min} (got "${values[name]}")`);
		process.exit(2);
	}
	return value;
};
const options = {
	concurrency: number('concurrency', 1),
	perHost: number('per-host', 1),
	timeoutMs: number('timeout', 1) * 1000,
	retries: number('retries', 0),
};

const root = resolve(values.root!);
const { catalogue, diagnostics } = await loadCatalogue(root);
if (!catalogue) {
	console.error(`The catalogue has errors; fix them first (npm run validate).\n${formatText(diagnostics.filter((d) => d.severity === 'error'))}`);
	process.exit(1);
}
const links = catalogueLinks(catalogue);
const name = localizedString(catalogue.config.title, 'en', catalogue.languages, 'Open Data Catalogue');
console.log(`Checking ${links.size} links (${options.concurrency} at once, ${options.perHost} per host)…`);
const started = performance.now();
const report = await checkLinks(links.keys(), {
	...options,
	backoffMs: 1000,
	userAgent: userAgent(name, catalogue.config.site.url),
	onResult: (_url, _result, done, total) => {
		if (done % 100 === 0 || done === total) process.stderr.write(`\r${done} / ${total}`);
	},
});
process.stderr.write('\n');
writeFileSync(join(root, LINK_REPORT_FILE), `${JSON.stringify(report, null, 1)}\n`);
const where = (url: string) =>
	links
		.get(url)!
		.map((use) => `${use.dataset} (${linkPlace(use)})`)
		.join(', ');
const broken = Object.entries(report.links).filter(([, result]) => isBroken(result.outcome));
for (const [url, result] of broken)
	console.log(`${result.outcome}${result.status ? ` ${result.status}` : ''}${result.error ? ` ${result.error}` : ''}: ${url}\n  in ${where(url)}`);
const unchecked = Object.entries(report.links).filter(([, result]) => result.outcome === 'not-checked');
for (const [url, result] of unchecked) console.log(`not checked (${result.error}): ${url}\n  in ${where(url)}`);
console.log(
	`${broken.length} of ${links.size} links did not answer${unchecked.length > 0 ? `, ${unchecked.length} not checked (ftp)` : ''}; ${LINK_REPORT_FILE} written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
