/**
 * `node scripts/bench/link-check-child.ts URLS CONCURRENCY PER_HOST` (origins as JSON on stdin):
 * checks URLS addresses spread over the origins with the link checker and prints its wall time,
 * CPU time, requests made, outcomes and peak memory (max RSS) as JSON.
 */
import { checkLinks } from '../../src/lib/links/check-links.ts';

const [count, concurrency, perHost] = process.argv.slice(2, 5).map(Number) as [number, number, number];
let input = '';
for await (const chunk of process.stdin) input += chunk;
const origins = JSON.parse(input) as string[];
const kinds = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'moved', 'missing', 'no-head'];
const urls = Array.from({ length: count }, (_, i) => `${origins[i % origins.length]}/${kinds[i % kinds.length]}-${i}.csv`);
const cpu = process.cpuUsage();
const started = performance.now();
const report = await checkLinks(urls, {
	concurrency,
	perHost,
	timeoutMs: 10_000,
	retries: 1,
	backoffMs: 500,
	userAgent: 'OpenDataCatalogue-LinkChecker/1.0 (+bench)',
});
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const results = Object.values(report.links);
const outcomes: Record<string, number> = {};
for (const result of results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;
const requests = results.reduce((sum, result) => sum + result.attempts, 0);
console.log(
	JSON.stringify({ urls: count, requests, seconds, cpuSeconds: (used.user + used.system) / 1e6, outcomes, maxRssMB: process.resourceUsage().maxRSS / 1024 }),
);
