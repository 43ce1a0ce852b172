/** The importers by the name `--from` takes. */
import { ckanImporter } from './ckan/index.ts';
import type { Importer, SourceSystem } from './types.ts';

export const IMPORTERS: Partial<Record<SourceSystem, Importer>> = {
	ckan: ckanImporter,
};
