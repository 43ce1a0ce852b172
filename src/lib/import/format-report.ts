/** The mapping report as text for a terminal (or as JSON, with `--format json`). */
import type { ImportReport } from './report.ts';

const MAX_LINES = 40;

/** The report as text: totals first, then the fields, draft reasons, vocabulary values and what the catalogue needs. */
export function formatImportReport(report: ImportReport): string {
	const lines: string[] = [];
	const d = report.datasets;
	const p = report.publishers;
	lines.push(`Imported from ${report.system} ${report.source} into ${report.out} in ${report.seconds.toFixed(2)} s`);
	lines.push(`  records read: ${report.read}`);
	lines.push(
		`  datasets: ${d.created} created, ${d.updated} updated, ${d.unchanged} unchanged, ${d.kept} kept (changed by a steward; --force overwrites); ${d.drafted} of them drafts`,
	);
	lines.push(`  publishers: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.kept} kept; ${p.drafted} of them drafts`);
	lines.push(`  skipped: ${report.skipped.length}`);
	section(
		lines,
		'Skipped records',
		report.skipped.map((s) => `${s.record}: ${s.reason}`),
	);
	section(
		lines,
		'Bad input (the import went on without it)',
		report.problems.map((x) => `${x.file}${x.position ? `, ${x.position}` : ''}: ${x.message}`),
	);
	section(
		lines,
		'Source fields (records that carried each: where it went)',
		report.fields.map((f) => `${String(f.records).padStart(6)}  ${f.field} → ${f.target}`),
	);
	section(
		lines,
		'Why records are drafts',
		report.draftReasons.map((r) => `${String(r.records).padStart(6)}  ${r.reason}`),
	);
	section(
		lines,
		'Values dropped (the catalogue refuses them)',
		report.dropped.map((r) => `${String(r.records).padStart(6)}  ${r.field}: ${r.reason}`),
	);
	section(
		lines,
		'Vocabulary values mapped',
		report.vocabularies.mapped.map((v) => `${String(v.records).padStart(6)}  ${v.vocabulary} "${v.value}" → ${v.code}`),
	);
	section(
		lines,
		'Vocabulary values with no mapping',
		report.vocabularies.unmapped.map((v) => `${String(v.records).padStart(6)}  ${v.vocabulary} "${v.value}"`),
	);
	const c = report.catalogue;
	if (c.licencesAdded.length > 0) lines.push('', `Licences added to catalogue.yaml: ${c.licencesAdded.join(', ')}`);
	if (c.themesAdded.length > 0) lines.push('', `Themes added to catalogue.yaml: ${c.themesAdded.join(', ')}`);
	section(
		lines,
		'Licences to add to catalogue.yaml yourself (say whether each is open)',
		c.licencesToAdd.map((l) => `${String(l.records).padStart(6)}  id: ${l.id}  (${l.label}${l.url && l.url !== l.label ? `, ${l.url}` : ''})`),
	);
	if (c.otherLanguages.length > 0)
		lines.push('', `Text languages that are not catalogue languages (shown as they are, with a marker): ${c.otherLanguages.join(', ')}`);
	return lines.join('\n');
}

function section(lines: string[], title: string, items: string[]): void {
	if (items.length === 0) return;
	lines.push('', `${title}:`);
	for (const item of items.slice(0, MAX_LINES)) lines.push(`  ${item}`);
	if (items.length > MAX_LINES) lines.push(`  … and ${items.length - MAX_LINES} more (--format json lists them all)`);
}
