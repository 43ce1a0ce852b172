/**
 * `npm run bench:quality [-- --datasets 10000] [--urls 10000] [--hosts 50] [--concurrency 64] [--per-host 4] [--runs 5] [--seed 1]`
 *
 * - Quality: generates a synthetic catalogue of --datasets datasets (scripts/bench/generate-catalogue.ts),
 *   loads it, then times computeQuality in this process (every score, the sums per publisher and the
 *   gaps) --runs times, with a link report that marks a tenth of the links broken: median and
 *   fastest wall time, CPU time, and the heap the result holds. Target: under 2 s at 10,000.
 * - Link checker: serves --hosts loopback addresses (127.0.0.1…) from a child process and checks
 *   --urls addresses spread over them from another (7 in 10 answer 200, 1 redirects, 1 is 404, 1
 *   refuses HEAD): requests per second, CPU time and the checker's peak memory (max RSS).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue } from '../src/lib/catalogue.ts';
import { catalogueLinks } from '../src/lib/links/catalogue-links.ts';
import type { LinkReport } from '../src/lib/links/link-report.ts';
import { computeQuality } from '../src/lib/quality/catalogue-quality.ts';
import { generateCatalogue } from './bench/generate-catalogue.ts';

const { values } = parseArgs({
	options: {
		datasets: { type: 'string', default: '10000' },
		urls: { type: 'string', default: '10000' },
		hosts: { type: 'string', default: '50' },
		concurrency: { type: 'string', default: '64' },
		'per-host': { type: 'string', default: '4' },
		runs: { type: 'string', default: '5' },
		seed: { type: 'string', default: '1' },
	},
});
const int = (name: keyof typeof values, min: number) => {
	const value = Number(values[name]);
	if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min} (got "${values[name]}")`);
	return value;
};
const [datasets, urls, hosts, concurrency, perHost, runs, seed] = [
	int('datasets', 1),
	int('urls', 1),
	int('hosts', 1),
	int('concurrency', 1),
	int('per-host', 1),
	int('runs', 1),
	int('seed', 0),
];
if (hosts > 254) throw new Error('--hosts must be at most 254 (one loopback address each)');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const work = mkdtempSync(join(tmpdir(), 'odc-bench-quality-'));
try {
	generateCatalogue(work, { datasets, seed });
	const { catalogue, diagnostics } = await loadCatalogue(work, { asOf: '2026-11-23' });
	if (!catalogue) throw new Error(`The synthetic catalogue has errors: ${diagnostics.find((d) => d.severity === 'error')?.message}`);
	const links = [...catalogueLinks(catalogue).keys()];
	const report: LinkReport = {
		startedAt: '2026-11-20T10:00:00Z',
		finishedAt: '2026-11-20T10:30:00Z',
		links: Object.fromEntries(
			links.filter((_, i) => i % 10 === 0).map((url) => [url, { outcome: 'not-found' as const, status: 404, attempts: 1, checkedAt: '2026-11-20T10:10:00Z' }]),
		),
	};
	const walls: number[] = [];
	const cpus: number[] = [];
	let heapMB = 0;
	for (let run = 0; run < runs; run++) {
		globalThis.gc?.();
		const heapBefore = process.memoryUsage().heapUsed;
		const cpu = process.cpuUsage();
		const started = performance.now();
		const quality = computeQuality(catalogue, report);
		walls.push(performance.now() - started);
		const used = process.cpuUsage(cpu);
		cpus.push((used.user + used.system) / 1000);
		heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024);
		if (quality.byDataset.size !== catalogue.datasets.length) throw new Error('not every dataset was scored');
	}
	console.log(`Quality of ${datasets} datasets (${links.length} links, ${Object.keys(report.links).length} broken), ${runs} runs in-process:`);
	console.log(
		`  median ${median(walls).toFixed(0)} ms, fastest ${Math.min(...walls).toFixed(0)} ms, CPU median ${median(cpus).toFixed(0)} ms, heap held by the result ~${heapMB.toFixed(0)} MB`,
	);
} finally {
	rmSync(work, { recursive: true, force: true });
}

const root = resolve(import.meta.dirname, '..');
const servers = spawn(process.execPath, [join(root, 'scripts/bench/link-servers.ts'), String(hosts)], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
	const origins = await new Promise<string>((resolvePromise, reject) => {
		let text = '';
		servers.stdout.on('data', (chunk) => {
			text += chunk;
			if (text.includes('\n')) resolvePromise(text.split('\n')[0]!);
		});
		servers.on('exit', (code) => reject(new Error(`the servers stopped (${code})`)));
	});
	const runsOut = Array.from({ length: Math.min(runs, 3) }, () =>
		JSON.parse(
			execFileSync(process.execPath, [join(root, 'scripts/bench/link-check-child.ts'), String(urls), String(concurrency), String(perHost)], {
				input: origins,
				encoding: 'utf8',
			}),
		),
	);
	const rates = runsOut.map((r) => r.requests / r.seconds);
	const best = runsOut[rates.indexOf(median(rates))]!;
	console.log(`\nLink checker: ${urls} addresses over ${hosts} loopback hosts, ${concurrency} at once, ${perHost} per host, median of ${runsOut.length} runs:`);
	console.log(
		`  ${best.requests} requests in ${best.seconds.toFixed(2)} s = ${(best.requests / best.seconds).toFixed(0)} requests/s (${(urls / best.seconds).toFixed(0)} addresses/s), CPU ${best.cpuSeconds.toFixed(2)} s, peak memory ${best.maxRssMB.toFixed(0)} MB; outcomes ${JSON.stringify(best.outcomes)}`,
	);
} finally {
	servers.kill();
}
