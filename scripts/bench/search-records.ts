/**
 * `node --experimental-strip-types scripts/bench/search-records.ts CATALOGUE_DIR [--as-of YYYY-MM-DD]`:
 * the search index of a catalogue built the way the build builds it (src/integrations/pagefind.ts),
 * alone and timed by phase: loading the catalogue, making every dataset's search records (Node's
 * CPU), handing them to Pagefind (its process's CPU, from /proc), writing the bundle, and the facet
 * tables from the records and, for comparison, from Pagefind's fragments. Writes into a temporary
 * folder, removed at the end.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFacetTables } from '../../src/integrations/facet-tables.ts';
import { catalogueSearchRecords, startSearchIndex } from '../../src/integrations/pagefind.ts';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import type { SearchRecord } from '../../src/lib/search/search-record.ts';

/** CPU seconds (user + system) of the process `pid` so far, from /proc; undefined when it cannot be read. */
function processCpuSeconds(pid: number): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return undefined;
	}
}

/** The resident set of the process `pid` in MB, from /proc; undefined when it cannot be read. */
function processRssMB(pid: number): number | undefined {
	const match = /VmRSS:\s+(\d+) kB/.exec(readFileSyncOrEmpty(`/proc/${pid}/status`));
	return match ? Number(match[1]) / 1024 : undefined;
}

function readFileSyncOrEmpty(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}

/** The pids of this process's children named like Pagefind's binary. */
function pagefindPids(): number[] {
	try {
		const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
		return children.filter((pid) => /pagefind/.test(readFileSync(`/proc/${pid}/comm`, 'utf8')));
	} catch {
		return [];
	}
}

const { values, positionals } = parseArgs({ options: { 'as-of': { type: 'string', default: '2026-12-01' } }, allowPositionals: true });
const root = resolve(positionals[0] ?? '.');
const cpu = () => {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1e6;
};
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);

let started = performance.now();
const { catalogue } = await loadCatalogue(root, { asOf: values['as-of'] });
if (!catalogue) throw new Error(`${root}: the catalogue has errors`);
console.log(`loadCatalogue: ${seconds(started)} s wall`);

let cpuFrom = cpu();
started = performance.now();
const records: SearchRecord[] = [...catalogueSearchRecords(catalogue)];
console.log(`${records.length} search records made: ${seconds(started)} s wall, ${(cpu() - cpuFrom).toFixed(2)} s CPU (Node)`);

const out = mkdtempSync(join(tmpdir(), 'odc-search-records-'));
try {
	cpuFrom = cpu();
	started = performance.now();
	let pagefindCpu = 0;
	let pagefindPeak = 0;
	const poll = setInterval(() => {
		for (const pid of pagefindPids()) {
			pagefindCpu = Math.max(pagefindCpu, processCpuSeconds(pid) ?? 0);
			pagefindPeak = Math.max(pagefindPeak, processRssMB(pid) ?? 0);
		}
	}, 100);
	const indexing = startSearchIndex(records);
	const summary = await indexing.finish(out);
	clearInterval(poll);
	console.log(
		`indexed and written (${JSON.stringify(summary.pagesByLanguage)}): ${seconds(started)} s wall, Node ${(cpu() - cpuFrom).toFixed(2)} s CPU, Pagefind ≥ ${pagefindCpu.toFixed(2)} s CPU and ${pagefindPeak.toFixed(0)} MB peak resident (polled every 0.1 s)`,
	);
	started = performance.now();
	const byLanguage = new Map<string, SearchRecord[]>();
	for (const record of records) {
		const list = byLanguage.get(record.lang);
		if (list) list.push(record);
		else byLanguage.set(record.lang, [record]);
	}
	const fromRecords = await writeFacetTables(summary.outputPath, byLanguage);
	console.log(`facet tables from the records: ${seconds(started)} s wall (${JSON.stringify(Object.values(fromRecords).map((t) => t.madeFrom))})`);
	started = performance.now();
	await writeFacetTables(summary.outputPath);
	console.log(`facet tables from the fragments: ${seconds(started)} s wall`);
} finally {
	rmSync(out, { recursive: true, force: true });
}
