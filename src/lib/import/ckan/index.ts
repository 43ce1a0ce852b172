/** The CKAN importer: packages become datasets, organizations become publishers. */
import { presentFields } from '../source-files.ts';
import type { Importer } from '../types.ts';
import { mapCkanPackage } from './map-dataset.ts';
import { isOrganization, mapCkanOrganization } from './map-organization.ts';
import { readCkan } from './read.ts';

export const ckanImporter: Importer = {
	system: 'ckan',
	read: readCkan,
	fields: (record) => presentFields(record.raw, ['resources']),
	map(record, context) {
		const raw = record.raw;
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { skip: 'is not a JSON object' };
		if (isOrganization(raw)) return mapCkanOrganization(raw);
		return mapCkanPackage(raw, context, /^https?:/.test(record.file) ? record.file : undefined);
	},
};
