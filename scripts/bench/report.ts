/** The benchmark's figures as Markdown tables, ready to paste into an issue note. */
import type { ImportFigures } from './import-run.ts';
import type { CatalogueFigures, ComparedFigures } from './catalogue-run.ts';
import { MB } from './children.ts';
import type { CsvFigures } from './csv-run.ts';
import type { SearchFigures, StepFigures } from './search-browser.ts';

/** A number with `digits` decimals, or `n/a` when it could not be measured. */
export const fixed = (value: number | undefined, digits: number): string => (value === undefined ? 'n/a' : value.toFixed(digits));

/**
 * A Markdown table; numbers right-aligned, and the first column left-aligned when `textFirst`.
 *
 * @param textColumns The columns of text (left-aligned), when not only the first.
 */
export function formatTable(head: string[], body: string[][], textFirst = false, textColumns: readonly number[] = textFirst ? [0] : []): string {
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
	const left = (i: number) => textColumns.includes(i);
	const line = (cells: string[]) => `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	const rule = `|${widths.map((w, i) => (left(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
	return [line(head), rule, ...body.map(line)].join('\n');
}

/** The commands a steward runs, in the order the tables list them. */
const STEPS = [
	['validate', 'npm run validate, cold'],
	['revalidate', 'revalidate, 1 dataset changed'],
	['build', 'npm run build, cold'],
	['rebuild', 'rebuild, 1 dataset changed'],
] as const;

/** `value / base` as "×1.2", or n/a. */
const ratio = (value: number | undefined, base: number | undefined): string =>
	value === undefined || base === undefined || base === 0 ? 'n/a' : `×${(value / base).toFixed(1)}`;

/** Validate, the revalidate, the cold build and the rebuild, per size: medians of wall time, CPU time and the process tree's peak memory. */
export function buildTable(rows: CatalogueFigures[]): string {
	const head = ['N', 'step', 'runs', 'wall s', 'CPU s', 'peak MB', 'wall ÷ validate', 'CPU ÷ validate'];
	const body = rows.flatMap((r) =>
		STEPS.map(([key, name]) => [
			String(r.datasets),
			name,
			String(r.runs),
			fixed(r[key].seconds, 1),
			fixed(r[key].cpuSeconds, 1),
			fixed(r[key].peakMB, 0),
			key === 'validate' ? '' : ratio(r[key].seconds, r.validate.seconds),
			key === 'validate' ? '' : ratio(r[key].cpuSeconds, r.validate.cpuSeconds),
		]),
	);
	return formatTable(head, body, false, [1]);
}

/** What the build made and the schedules' own time, per size. */
export function siteTable(rows: CatalogueFigures[]): string {
	const head = ['N', 'files', 'schedule rows', 'schedules s', 'pages written', 'dist size MB', 'index s', 'index MB'];
	const body = rows.map((r) => [
		String(r.datasets),
		String(r.files),
		String(r.scheduleRows),
		fixed(r.scheduleSeconds, 2),
		String(r.pages),
		fixed(r.distMB, 1),
		fixed(r.indexSeconds, 2),
		fixed(r.indexMB, 1),
	]);
	return formatTable(head, body);
}

/** The change from `before` to `after` in per cent, signed ("+4.2%", "−10.0%"), or n/a. */
export function change(before: number | undefined, after: number | undefined): string {
	if (before === undefined || after === undefined || before === 0) return 'n/a';
	const percent = ((after - before) / before) * 100;
	return `${percent < 0 ? '−' : '+'}${Math.abs(percent).toFixed(1)}%`;
}

/** `--compare`: each step's medians in the reference (A) and this checkout (B), and the change from A to B. */
export function compareTable(rows: ComparedFigures[]): string {
	const [a, b] = [rows[0]?.trees[0]?.label ?? 'A', rows[0]?.trees[1]?.label ?? 'B'];
	const head = ['N', 'step', 'runs', 'wall s A', 'wall s B', 'wall', 'CPU s A', 'CPU s B', 'CPU', 'peak MB A', 'peak MB B', 'peak'];
	const body = rows.flatMap((r) =>
		STEPS.map(([key, name]) => {
			const [before, after] = [r.trees[0]![key], r.trees[1]![key]];
			return [
				String(r.datasets),
				name,
				String(r.runs),
				fixed(before.seconds, 1),
				fixed(after.seconds, 1),
				change(before.seconds, after.seconds),
				fixed(before.cpuSeconds, 1),
				fixed(after.cpuSeconds, 1),
				change(before.cpuSeconds, after.cpuSeconds),
				fixed(before.peakMB, 0),
				fixed(after.peakMB, 0),
				change(before.peakMB, after.peakMB),
			];
		}),
	);
	return `A = ${a}, B = ${b}\n\n${formatTable(head, body, false, [1])}`;
}

/** The DCAT-AP export, phase by phase, per size. */
export function dcatTable(rows: CatalogueFigures[]): string {
	const head = [
		'N',
		'parts',
		'JSON-LD s',
		'RDF s',
		'SHACL s',
		'write s',
		'DCAT total s',
		'CPU s',
		'peak MB',
		'triples',
		'JSON-LD MB',
		'Turtle MB',
		'violations',
		'warnings',
		'data.json s',
		'data.json MB',
		'one title changed s',
		'its CPU s',
		'datasets checked',
	];
	const body = rows.map(({ datasets, dcat, dcatPeakMB }) => [
		String(datasets),
		String(dcat.parts),
		fixed(dcat.exportSeconds, 1),
		fixed(dcat.rdfSeconds, 1),
		fixed(dcat.shaclSeconds, 1),
		fixed(dcat.turtleSeconds, 1),
		fixed(dcat.totalSeconds, 1),
		fixed(dcat.cpuSeconds, 1),
		fixed(dcatPeakMB, 0),
		String(dcat.triples),
		fixed(dcat.jsonLdBytes / MB, 1),
		fixed(dcat.turtleBytes / MB, 1),
		String(dcat.violations),
		String(dcat.warnings),
		fixed(dcat.dataJsonSeconds, 1),
		fixed(dcat.dataJsonBytes / MB, 1),
		fixed(dcat.changed.totalSeconds, 1),
		fixed(dcat.changed.cpuSeconds, 1),
		String(dcat.changed.checkedDatasets),
	]);
	return formatTable(head, body);
}

/** Search in Chromium: one row per size and approach. Times are "first result / whole page" when they differ. */
export function searchTable(rows: CatalogueFigures[]): string {
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	const ms = (step: StepFigures) =>
		Math.round(step.firstMs) === Math.round(step.ms) ? step.ms.toFixed(0) : `${step.firstMs.toFixed(0)} / ${step.ms.toFixed(0)}`;
	const head = ['N', 'approach', 'page load KB', 'first query KB', 'first query ms', 'requests', 'typed, from Enter ms', 'facet KB', 'facet ms', 'results'];
	const body = rows.flatMap((r) => {
		if (!r.search) return [];
		const line = (name: string, f: SearchFigures) => [
			String(r.datasets),
			name,
			kb(f.loadBytes),
			kb(f.firstQuery.bytes),
			ms(f.firstQuery),
			String(f.firstQuery.requests),
			f.typedQuery ? ms(f.typedQuery) : '-',
			kb(f.facetChange.bytes),
			ms(f.facetChange),
			`${f.firstQuery.results} → ${f.facetChange.results}`,
		];
		return [line('Pagefind', r.search.pagefind), line(`single JSON (${r.search.singleJsonMB.toFixed(1)} MB raw)`, r.search.singleJson)];
	});
	return formatTable(head, body);
}

/** The CSV preview runs. */
/** The importers' figures on real data. */
export function importTable(rows: ImportFigures[]): string {
	const head = ['importer', 'source (largest of its kind)', 'source MB', 'records', 'command s', 'import s', 'records/s', 'peak MB'];
	const body = rows.map((r) => [
		r.importer,
		r.source,
		r.sourceMB.toFixed(2),
		String(r.records),
		r.seconds.toFixed(2),
		r.importSeconds.toFixed(2),
		r.recordsPerSecond.toFixed(0),
		r.peakMB === undefined ? '?' : r.peakMB.toFixed(0),
	]);
	return formatTable(head, body, true);
}

export function csvTable(rows: CsvFigures[]): string {
	const head = ['build-time preview of a CSV', 'file MB', 'rows', 'seconds', 'peak MB', 'problems'];
	const body = rows.map((r) => [r.step, r.fileMB.toFixed(0), String(r.rows), r.seconds.toFixed(1), r.peakMB.toFixed(0), String(r.problems)]);
	return formatTable(head, body, true);
}
