/** The data.json (Project Open Data v1.1) importer. */
import { presentFields } from '../source-files.ts';
import type { Importer } from '../types.ts';
import { mapPodDataset } from './map-dataset.ts';
import { readDataJson } from './read.ts';

export const dataJsonImporter: Importer = {
	system: 'datajson',
	read: readDataJson,
	fields: (record) => presentFields(record.raw, ['distribution']),
	map(record, context) {
		const raw = record.raw;
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { skip: 'is not a JSON object' };
		return mapPodDataset(raw as Record<string, unknown>, context);
	},
};
