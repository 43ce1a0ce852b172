/**
 * A large synthetic CSV for the preview benchmark (`npm run bench`): hourly counts at stations, with
 * what makes real files slow to read — quoted cells with commas, doubled quotes and line breaks,
 * accented text, empty cells — written in pieces so that a file of any size is generated with little
 * memory. Seeded: the same size and seed give the same bytes. {@link csvDictionary} describes it.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { TableSchemaRecord } from '../../src/lib/records.ts';
import { Draw } from './random.ts';

const REGIONS = ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Côte-Nord', 'Laurentides', 'Montérégie', 'Outaouais', 'Estrie', 'Mauricie', 'Gaspésie'];
const NOTES = [
	'',
	'',
	'',
	'',
	'counter replaced',
	'lane closed, estimate',
	'Travaux de réfection, voie fermée',
	'storm; "partial" count',
	'two-line note\nsecond line',
];
const HEADER = 'row_id,station,region,counted_at,vehicles,trucks_share,speed_kmh,note\n';

/** What {@link generateCsv} wrote. */
export interface GeneratedCsv {
	bytes: number;
	rows: number;
}

/** Writes a CSV of about `bytes` bytes (never less) to `path`. */
export async function generateCsv(path: string, { bytes, seed = 1 }: { bytes: number; seed?: number }): Promise<GeneratedCsv> {
	const draw = new Draw(seed);
	const out = createWriteStream(path);
	let written = 0;
	let rows = 0;
	let piece = HEADER;
	const start = Date.UTC(2020, 0, 1);
	while (written + piece.length < bytes) {
		rows++;
		const note = draw.pick(NOTES);
		const noteCell = /[",\n]/.test(note) ? `"${note.replaceAll('"', '""')}"` : note;
		const counted = new Date(start + rows * 3_600_000).toISOString().slice(0, 19);
		const trucks = draw.chance(0.02) ? '' : (draw.next() * 30).toFixed(1);
		piece += `${rows},PCS-${String(draw.int(1, 400)).padStart(3, '0')},${draw.pick(REGIONS)},${counted},${draw.int(0, 9000)},${trucks},${draw.int(30, 130)},${noteCell}\n`;
		if (piece.length > 1 << 16) {
			written += Buffer.byteLength(piece);
			if (!out.write(piece)) await once(out, 'drain');
			piece = '';
		}
	}
	written += Buffer.byteLength(piece);
	out.end(piece);
	await once(out, 'finish');
	return { bytes: written, rows };
}

/** The data dictionary of the generated file, with a unique key so the check remembers every row. */
export function csvDictionary(): TableSchemaRecord {
	return {
		fields: [
			{ name: 'row_id', type: 'integer', constraints: { required: true, unique: true, minimum: 1 } },
			{ name: 'station', type: 'string', constraints: { required: true, pattern: 'PCS-\\d{3}' } },
			{ name: 'region', type: 'string', constraints: { enum: REGIONS } },
			{ name: 'counted_at', type: 'datetime' },
			{ name: 'vehicles', type: 'integer', constraints: { minimum: 0 } },
			{ name: 'trucks_share', type: 'number', constraints: { minimum: 0, maximum: 100 } },
			{ name: 'speed_kmh', type: 'integer' },
			{ name: 'note', type: 'string' },
		],
		primaryKey: 'row_id',
	};
}
