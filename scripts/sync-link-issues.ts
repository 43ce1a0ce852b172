/**
 * `node scripts/sync-link-issues.ts [--root DIR] [--dry-run]`: after `npm run check-links`, opens or
 * updates one GitHub issue per publisher listing its broken links, and closes the issue of a
 * publisher whose links all answer. Needs GITHUB_TOKEN and GITHUB_REPOSITORY (set in GitHub
 * Actions); GITHUB_API_URL defaults to https://api.github.com. `--dry-run` prints the actions.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/lib/catalogue.ts';
import { applyIssueActions, listOpenIssues } from '../src/lib/links/github-issues.ts';
import { readLinkReport } from '../src/lib/links/link-report.ts';
import { planIssueActions } from '../src/lib/links/publisher-issues.ts';
import { computeQuality } from '../src/lib/quality/catalogue-quality.ts';

const { values } = parseArgs({
	options: { root: { type: 'string', default: process.env.CATALOGUE_DIR ?? process.cwd() }, 'dry-run': { type: 'boolean', default: false } },
});
const root = resolve(values.root!);
const { GITHUB_TOKEN: token, GITHUB_REPOSITORY: repository, GITHUB_API_URL: apiUrl = 'https://api.github.com' } = process.env;
if (!token || !repository) {
	console.error('GITHUB_TOKEN and GITHUB_REPOSITORY must be set (GitHub Actions sets them).');
	process.exit(2);
}
const { catalogue } = await loadCatalogue(root);
if (!catalogue) {
	console.error('The catalogue has errors; run npm run validate.');
	process.exit(1);
}
const report = readLinkReport(root);
if (!report.finishedAt) {
	console.error('There is no link-report.json yet; run npm run check-links first.');
	process.exit(1);
}
const quality = computeQuality(catalogue, report);
const broken = new Map(quality.publishers.map((p) => [p.publisher, p.links]));
const target = { apiUrl, repository, token };
const actions = planIssueActions(broken, await listOpenIssues(target), report.finishedAt);
for (const action of actions) console.log(`${action.kind} ${action.publisher}${'number' in action ? ` #${action.number}` : ''}`);
if (!values['dry-run']) await applyIssueActions(target, actions);
console.log(`${actions.length} issue action(s)${values['dry-run'] ? ' planned (dry run)' : ''}`);
