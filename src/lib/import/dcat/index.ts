/** The DCAT-AP importer (Turtle, RDF/XML, JSON-LD). */
import type { Importer } from '../types.ts';
import { dcatFields, mapDcatDataset } from './map.ts';
import { readDcat, type DcatRaw } from './read.ts';

export const dcatImporter: Importer = {
	system: 'dcat',
	read: readDcat,
	fields: (record) => dcatFields(record.raw as DcatRaw),
	map: (record, context) => mapDcatDataset(record.raw as DcatRaw, context),
};
