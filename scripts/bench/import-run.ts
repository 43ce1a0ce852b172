/**
 * The importers' speed on real data: each importer on the largest file of its kind in
 * ../shared/realdata, run as `npm run import` would (scripts/import.ts in a child process, into a
 * fresh folder with a catalogue.yaml), three times; the median wall time of the command and of the
 * import itself (read, map, write), records per second of the import, and the child's peak memory. Skipped, saying why, without ../shared.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkChild, toMB } from './children.ts';
import { measure } from './measure.ts';

/** One importer's figures. */
export interface ImportFigures {
	importer: string;
	source: string;
	sourceMB: number;
	records: number;
	/** Wall time of the whole command, Node start-up and module loading included (median of three). */
	seconds: number;
	/** The import itself, read, map, write, as the importer times it (median of three). */
	importSeconds: number;
	recordsPerSecond: number;
	peakMB: number | undefined;
}

const REPO = resolve(import.meta.dirname, '../..');
export const REALDATA = resolve(REPO, '../shared/realdata');

/** The largest source of each kind (a JKAN site is a folder: the larger site). */
const CANDIDATES: Array<[string, string[]]> = [
	[
		'ckan',
		[
			'ckan-gc/analytics-corporate-reporting_FreshCheck_freshness_tree_municipal_user.json',
			'ckan-gc/ckanext-canada_data_nrcan-test_2013.jl',
			'ckan-gc/ckanext-canada_data_sample_2014.jl',
		],
	],
	[
		'dcat',
		[
			'dcat/dcat-ap-de-govdata-real-catalogues/rostock-catalog-original-input.rdf',
			'dcat/dcat-ap-de-govdata-real-catalogues/brandenburg-catalog-original-input.rdf',
		],
	],
	['datajson', ['dcat/us-data-json/gsa.json', 'dcat/us-data-json/fda.json']],
	['jkan', ['jkan/opendatascotland', 'jkan/rvca']],
];

/** Runs each importer three times on its largest source; `undefined` when ../shared is absent. */
export async function benchImports(work: string): Promise<ImportFigures[] | undefined> {
	if (!existsSync(REALDATA)) return undefined;
	const out: ImportFigures[] = [];
	for (const [importer, paths] of CANDIDATES) {
		const source = paths
			.map((p) => join(REALDATA, p))
			.filter(existsSync)
			.sort((a, b) => size(b) - size(a))[0];
		if (!source) continue;
		const runs = [];
		const importSeconds: number[] = [];
		let records = 0;
		for (let run = 0; run < 3; run++) {
			const target = mkdtempSync(join(work, `import-${importer}-`));
			cpSync(join(REPO, 'tests/fixtures/minimal/catalogue.yaml'), join(target, 'catalogue.yaml'));
			const m = await measure(
				process.execPath,
				['--experimental-strip-types', join(REPO, 'scripts/import.ts'), '--from', importer, source, '--out', target, '--format', 'json', '--summary'],
				{ cwd: REPO, env: process.env },
			);
			checkChild(`import --from ${importer}`, 0, m, false);
			records = Number(/records read: (\d+)/.exec(m.stderrTail)?.[1] ?? Number.NaN);
			importSeconds.push(Number(/import seconds: ([\d.]+)/.exec(m.stderrTail)?.[1] ?? Number.NaN));
			runs.push(m);
			rmSync(target, { recursive: true, force: true });
		}
		runs.sort((a, b) => a.seconds - b.seconds);
		const median = runs[1]!;
		const importMedian = importSeconds.sort((a, b) => a - b)[1]!;
		out.push({
			importer,
			source: source.slice(REALDATA.length + 1),
			sourceMB: size(source) / 1048576,
			records,
			seconds: median.seconds,
			importSeconds: importMedian,
			recordsPerSecond: records / importMedian,
			peakMB: toMB(Math.max(...runs.map((r) => r.peakKiB ?? 0)) || undefined),
		});
	}
	return out;
}

/** Bytes of a file, or of every file under a folder. */
function size(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	let total = 0;
	for (const entry of readdirSync(path, { recursive: true }) as string[]) {
		const inner = join(path, entry);
		if (statSync(inner).isFile()) total += statSync(inner).size;
	}
	return total;
}
