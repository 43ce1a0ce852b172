/**
 * The catalogue as data.json, the Project Open Data Metadata Schema v1.1 (DCAT-US 1.1) that US
 * federal catalogues publish and data.gov harvests: one JSON file at the site root listing every
 * dataset, open or not (the schema's access levels say which can be had).
 */
import type { Catalogue } from '../../model/catalogue.ts';
import { metadataHref, normalizeBase } from '../../routes.ts';
import { catalogueIris, type DcatApOptions } from '../dcat-ap/catalogue.ts';
import { toPodDataset } from './dataset.ts';
import type { PodCatalog } from './types.ts';

/** The schema version data.json declares in `conformsTo`. */
export const POD_SCHEMA = 'https://project-open-data.cio.gov/v1.1/schema';

/** The address of data.json on the site. */
export function dataJsonUrl(catalogue: Catalogue, options: DcatApOptions): string {
	return new URL(metadataHref('data.json', normalizeBase(options.base ?? catalogue.config.site.base)), options.siteUrl).href;
}

/** The whole catalogue as a data.json document, datasets in identifier order. */
export function toDataJson(catalogue: Catalogue, options: DcatApOptions): PodCatalog {
	const iris = catalogueIris(catalogue, options);
	return {
		'@context': `${POD_SCHEMA}/catalog.jsonld`,
		'@id': dataJsonUrl(catalogue, options),
		'@type': 'dcat:Catalog',
		conformsTo: POD_SCHEMA,
		describedBy: `${POD_SCHEMA}/catalog.json`,
		dataset: catalogue.datasets.map((dataset) => toPodDataset(dataset, catalogue, iris)),
	};
}
