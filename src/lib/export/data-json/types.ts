/**
 * The shapes of data.json, Project Open Data Metadata Schema v1.1 (DCAT-US 1.1): the fields the
 * export writes. `schemas/data-json/project-open-data-v1.1.schema.json` is the schema it is
 * validated against; field names are the schema's.
 */

/** The catalogue: the whole data.json file. */
export interface PodCatalog {
	'@context': string;
	'@id': string;
	'@type': 'dcat:Catalog';
	conformsTo: string;
	describedBy: string;
	dataset: PodDataset[];
}

/** One dataset. */
export interface PodDataset {
	'@type': 'dcat:Dataset';
	title: string;
	description: string;
	keyword: string[];
	modified: string;
	publisher: { '@type': 'org:Organization'; name: string };
	contactPoint: { '@type': 'vcard:Contact'; fn: string; hasEmail: string };
	identifier: string;
	accessLevel: PodAccessLevel;
	bureauCode: string[];
	programCode: string[];
	license?: string;
	rights?: string;
	spatial?: string;
	temporal?: string;
	distribution?: PodDistribution[];
	accrualPeriodicity?: string;
	issued: string;
	language?: string[];
	landingPage: string;
	references?: string[];
	theme: string[];
}

/** How far a dataset is public, in the schema's words. */
export type PodAccessLevel = 'public' | 'restricted public' | 'non-public';

/** One distribution of a dataset. */
export interface PodDistribution {
	'@type': 'dcat:Distribution';
	title: string;
	description?: string;
	downloadURL?: string;
	accessURL?: string;
	mediaType?: string;
	format: string;
	describedBy?: string;
	/** The media type of `describedBy`, when it is a machine-readable dictionary. */
	describedByType?: string;
}
