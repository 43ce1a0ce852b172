/**
 * `node scripts/bench/history-timing.ts <catalogue-dir> <as-of>`: times, in this process, reading
 * the history from git (one git log, two git cat-file), the events, loading the catalogue (for the
 * scorecard's current values; not part of the history's cost) and the scorecard with its quarterly
 * trend. Prints one line of JSON: wall seconds and CPU seconds (this process; git's own CPU is in
 * `gitCpu`, from the children's rusage) of each step, and counts.
 */
import { readFileSync } from 'node:fs';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { catalogueEvents } from '../../src/lib/history/events.ts';
import { readHistory } from '../../src/lib/history/read-history.ts';
import { computeScorecard } from '../../src/lib/scorecard/compute.ts';

const [dir, asOf = '2026-06-30'] = process.argv.slice(2);
if (!dir) {
	console.error('usage: history-timing.ts <catalogue-dir> [as-of]');
	process.exit(2);
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; wall: number; cpu: number }> {
	const cpu = process.cpuUsage();
	const start = performance.now();
	const value = await work();
	const used = process.cpuUsage(cpu);
	return { value, wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const history = await timed(() => readHistory(dir));
const gitCpu = childCpu();
const events = await timed(() => catalogueEvents(history.value, asOf));
const loaded = await timed(() => loadCatalogue(dir, { asOf }));
if (!loaded.value.catalogue) {
	console.error(`the generated catalogue has errors: ${JSON.stringify(loaded.value.diagnostics.filter((d) => d.severity === 'error').slice(0, 5))}`);
	process.exit(1);
}
const scorecard = await timed(() => computeScorecard(loaded.value.catalogue!, history.value));
const versions = [...history.value.versions.values()].reduce((sum, list) => sum + list.length, 0);
console.log(
	JSON.stringify({
		history: { wall: history.wall, cpu: history.cpu },
		gitCpu,
		events: { wall: events.wall, cpu: events.cpu, count: events.value.length },
		load: { wall: loaded.wall, cpu: loaded.cpu },
		scorecard: { wall: scorecard.wall, cpu: scorecard.cpu, quarters: scorecard.value.quarters.length, indicators: scorecard.value.indicators.length },
		commits: history.value.commitCount,
		subjects: history.value.entries.size,
		versions,
		skipped: history.value.skipped.length,
	}),
);

/** CPU seconds of the git processes this process waited for (getrusage RUSAGE_CHILDREN is not exposed; read /proc). */
function childCpu(): number | undefined {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
		// cutime and cstime are fields 16 and 17 of stat (13 and 14 after the command name), in clock ticks (100 per second).
		return (Number(fields[13]) + Number(fields[14])) / 100;
	} catch {
		return undefined;
	}
}
