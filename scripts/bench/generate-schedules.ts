/**
 * Synthetic release schedules for the benchmark: `schedules/<publisher>.csv` with `rows` rows in
 * all, spread over the publishers whose datasets they plan, and one plan with a commitment the
 * rows refer to. Open datasets are released (on time or a little late, with the dataset's issued
 * date as the actual release), others planned, in progress, delayed with a reason or cancelled;
 * past the number of datasets, rows plan datasets not described yet (with their titles).
 * Every other schedule is saved the way French spreadsheet programs save it: `;`, CRLF and a
 * byte-order mark. Valid against the schemas and the schedule cross-checks for any as-of date
 * from 2026-07-01 on.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { Draw } from './random.ts';

/** What the schedules are drawn from: one entry per dataset of the catalogue. */
export interface DatasetSummary {
	identifier: string;
	publisher: string;
	access_level: string;
	issued: string;
	title: { en: string; fr: string };
}

const COLUMNS = [
	'dataset_id',
	'title_en',
	'title_fr',
	'planned_release',
	'status',
	'actual_release',
	'high_value',
	'commitment',
	'notes_en',
	'notes_fr',
	'delay_reason_en',
	'delay_reason_fr',
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const COMMITMENT = 'release-schedule';

/** Writes the schedules and the plan into `dir`; returns the files written, their size and the rows. */
export function generateSchedules(
	dir: string,
	datasets: readonly DatasetSummary[],
	publisherIds: readonly string[],
	options: { rows: number; seed: number },
): { files: string[]; bytes: number; rows: number } {
	const draw = new Draw(options.seed);
	const byPublisher = new Map<string, Row[]>(publisherIds.map((id) => [id, []]));
	const total = Math.max(0, Math.floor(options.rows));
	for (let i = 0; i < total; i++) {
		const dataset = datasets[i];
		const publisher = dataset?.publisher ?? publisherIds[i % publisherIds.length]!;
		byPublisher.get(publisher)!.push(dataset ? rowFor(draw, dataset) : newDatasetRow(draw, i));
	}
	mkdirSync(join(dir, 'schedules'), { recursive: true });
	const files: string[] = [];
	let bytes = 0;
	const write = (name: string, text: string) => {
		writeFileSync(join(dir, 'schedules', name), text);
		files.push(`schedules/${name}`);
		bytes += Buffer.byteLength(text);
	};
	write('plan.yaml', planYaml(publisherIds[0]!));
	[...byPublisher].forEach(([publisher, rows], index) => {
		if (rows.length > 0) write(`${publisher}.csv`, toCsv(rows, index % 2 === 1));
	});
	return { files, bytes, rows: total };
}

function rowFor(draw: Draw, dataset: DatasetSummary): Row {
	if (dataset.access_level === 'open') {
		const late = draw.chance(0.2);
		return {
			dataset_id: dataset.identifier,
			planned_release: late ? previousQuarter(dataset.issued) : quarterOf(dataset.issued),
			status: 'released',
			actual_release: dataset.issued,
			high_value: draw.chance(0.15) ? 'yes' : 'no',
			commitment: COMMITMENT,
		};
	}
	return plannedRow(draw, { dataset_id: dataset.identifier });
}

function newDatasetRow(draw: Draw, index: number): Row {
	const n = String(index + 1).padStart(6, '0');
	return plannedRow(draw, { dataset_id: `planned-dataset-${n}`, title_en: `Planned dataset ${n}`, title_fr: `Jeu de données prévu ${n}` });
}

function plannedRow(draw: Draw, row: Row): Row {
	const roll = draw.next();
	const year = draw.int(2026, 2028);
	const planned = draw.chance(0.5) ? `${year}-Q${draw.int(1, 4)}` : `${year}-${String(draw.int(1, 12)).padStart(2, '0')}`;
	if (roll < 0.1)
		return {
			...row,
			planned_release: planned,
			status: 'cancelled',
			notes_en: 'Cancelled: the source system is being retired.',
			notes_fr: 'Annulé : le système source est en cours de retrait.',
		};
	if (roll < 0.3)
		return {
			...row,
			planned_release: planned,
			status: 'delayed',
			delay_reason_en: 'Waiting for the privacy review, "phase 2"; expected next year.',
			delay_reason_fr: 'En attente de l’examen de la vie privée, « phase 2 »; prévu l’an prochain.',
		};
	return {
		...row,
		planned_release: planned,
		status: draw.chance(0.5) ? 'planned' : 'in_progress',
		high_value: draw.chance(0.1) ? 'yes' : 'no',
		commitment: COMMITMENT,
		notes_en: 'Counts by region,\nthen by month.',
		notes_fr: 'Décomptes par région,\npuis par mois.',
	};
}

function quarterOf(isoDate: string): string {
	return `${isoDate.slice(0, 4)}-Q${Math.ceil(Number(isoDate.slice(5, 7)) / 3)}`;
}

function previousQuarter(isoDate: string): string {
	const [year, quarter] = [Number(isoDate.slice(0, 4)), Math.ceil(Number(isoDate.slice(5, 7)) / 3)];
	return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

function toCsv(rows: readonly Row[], spreadsheetStyle: boolean): string {
	const delimiter = spreadsheetStyle ? ';' : ',';
	const quote = (value = '') => (/[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
	const lines = [COLUMNS.join(delimiter), ...rows.map((row) => COLUMNS.map((column) => quote(row[column])).join(delimiter))];
	return spreadsheetStyle ? `\ufeff${lines.join('\r\n')}\r\n` : `${lines.join('\n')}\n`;
}

function planYaml(leadPublisher: string): string {
	const plan = {
		id: 'plan',
		title: { en: 'Open data action plan (synthetic)', fr: 'Plan d’action pour les données ouvertes (synthétique)' },
		period: { start: '2010-01-01', end: '2028-12-31' },
		charter: { name: { en: 'International Open Data Charter', fr: 'Charte internationale sur les données ouvertes' }, adopted: '2010-01-01' },
		lead: { name: { en: 'Open Data Office', fr: 'Bureau des données ouvertes' } },
		contact_point: { email: 'opendata@example.org' },
		commitments: [
			{
				id: COMMITMENT,
				title: { en: 'Release every dataset on schedule', fr: 'Diffuser chaque jeu de données selon le calendrier' },
				description: { en: 'Every ministry keeps a release schedule.', fr: 'Chaque ministère tient un calendrier de diffusion.' },
				principles: ['1', '2a'],
				lead_publisher: leadPublisher,
				start: '2010-01-01',
				end: '2028-12-31',
				milestones: [
					{
						title: { en: 'Publish the schedules', fr: 'Publier les calendriers' },
						start: '2010-01-01',
						end: '2011-12-31',
						completion: 'complete',
						evidence: ['https://data.example.org/schedules'],
					},
					{
						title: { en: 'Release the planned datasets', fr: 'Diffuser les jeux de données prévus' },
						start: '2012-01-01',
						end: '2028-12-31',
						completion: 'substantial',
					},
				],
			},
		],
	};
	return `# yaml-language-server: $schema=../schemas/plan.schema.json\n${stringify(plan, { lineWidth: 0 })}`;
}
