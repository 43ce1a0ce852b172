/** The JKAN importer: `_datasets/` become datasets and `_organizations/` publishers. */
import { presentFields } from '../source-files.ts';
import type { Importer } from '../types.ts';
import { mapJkan } from './map.ts';
import { readJkan, type JkanRaw } from './read.ts';

export const jkanImporter: Importer = {
	system: 'jkan',
	read: readJkan,
	fields: (record) =>
		presentFields((record.raw as JkanRaw).data, ['resources']).map((field) =>
			(record.raw as JkanRaw).kind === 'organization' ? `organization ${field}` : field,
		),
	map: (record, context) => mapJkan(record.raw as JkanRaw, context),
};
