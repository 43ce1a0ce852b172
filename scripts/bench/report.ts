/** The benchmark's figures as Markdown tables, ready to paste into an issue note. */
import type { ImportFigures } from './import-run.ts';
import type { CatalogueFigures } from './catalogue-run.ts';
import { MB } from './children.ts';
import type { CsvFigures } from './csv-run.ts';
import type { SearchFigures, StepFigures } from './search-browser.ts';

/** A number with `digits` decimals, or `n/a` when it could not be measured. */
export const fixed = (value: number | undefined, digits: number): string => (value === undefined ? 'n/a' : value.toFixed(digits));

/** A Markdown table; numbers right-aligned, and the first column left-aligned when `textFirst`. */
export function formatTable(head: string[], body: string[][], textFirst = false): string {
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
	const left = (i: number) => textFirst && i === 0;
	const line = (cells: string[]) => `| ${cells.map((c, i) => (left(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
	const rule = `|${widths.map((w, i) => (left(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
	return [line(head), rule, ...body.map(line)].join('\n');
}

/** Validate and build, per size. */
export function buildTable(rows: CatalogueFigures[]): string {
	const head = [
		'N',
		'files',
		'schedule rows',
		'validate s',
		'schedules s',
		'validate peak MB',
		'build s',
		'build peak MB',
		'pages written',
		'dist size MB',
		'index s',
		'index MB',
	];
	const body = rows.map((r) => [
		String(r.datasets),
		String(r.files),
		String(r.scheduleRows),
		fixed(r.validateSeconds, 1),
		fixed(r.scheduleSeconds, 2),
		fixed(r.validatePeakMB, 0),
		fixed(r.buildSeconds, 1),
		fixed(r.buildPeakMB, 0),
		String(r.pages),
		fixed(r.distMB, 1),
		fixed(r.indexSeconds, 2),
		fixed(r.indexMB, 1),
	]);
	return formatTable(head, body);
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
