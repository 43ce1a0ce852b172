/** The importers by the name `--from` takes. */
import { ckanImporter } from './ckan/index.ts';
import { dataJsonImporter } from './datajson/index.ts';
import { dcatImporter } from './dcat/index.ts';
import { jkanImporter } from './jkan/index.ts';
import type { Importer, SourceSystem } from './types.ts';

export const IMPORTERS: Record<SourceSystem, Importer> = {
	ckan: ckanImporter,
	dcat: dcatImporter,
	datajson: dataJsonImporter,
	jkan: jkanImporter,
};
