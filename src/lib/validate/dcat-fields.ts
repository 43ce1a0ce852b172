/**
 * Where a DCAT-AP property of an exported node is written in the YAML file it comes from: the
 * dataset's `dcat:keyword` is `keywords`, distribution 2's `dcat:accessURL` is
 * `distributions[1].access_url`. Used to report SHACL results against the line a steward edits.
 */
import type { DataPath } from '../load/locate.ts';

const DATASET: Record<string, string> = {
	'dct:title': 'title',
	'dct:description': 'description',
	'dcat:keyword': 'keywords',
	'dcat:theme': 'themes',
	'dct:publisher': 'publisher',
	'dcat:contactPoint': 'contact_point',
	'dct:issued': 'issued',
	'dct:modified': 'modified',
	'dct:accrualPeriodicity': 'update_frequency',
	'dct:temporal': 'temporal_coverage',
	'dct:spatial': 'spatial_coverage',
	'dcat:distribution': 'distributions',
	'dct:license': 'licence',
	'dct:accessRights': 'access_level',
	'dct:language': 'languages',
	'dcat:landingPage': 'landing_page',
};

const DISTRIBUTION: Record<string, string> = {
	'dct:title': 'title',
	'dct:description': 'description',
	'dcat:accessURL': 'access_url',
	'dcat:downloadURL': 'download_url',
	'dct:format': 'format',
	'dcat:mediaType': 'media_type',
	'dcat:byteSize': 'byte_size',
	'dct:license': 'licence',
	'dct:language': 'languages',
	'dct:conformsTo': 'schema',
};

const CONTACT: Record<string, string> = { 'vcard:hasEmail': 'email', 'vcard:fn': 'name', 'foaf:name': 'name', 'vcard:hasURL': 'url' };
const PUBLISHER: Record<string, string> = { 'foaf:name': 'name', 'foaf:homepage': 'homepage', 'vcard:hasEmail': 'email', 'foaf:mbox': 'email' };
const CATALOGUE: Record<string, string> = {
	'dct:title': 'title',
	'dct:description': 'description',
	'dct:publisher': 'publisher',
	'foaf:homepage': 'site',
	'dct:language': 'languages',
	'dcat:themeTaxonomy': 'themes',
	'dct:license': 'licences',
};

/**
 * The data path of `property` (a compact IRI such as `dcat:keyword`) of the node described as
 * `description` in its file (a phrase of export/dcat-ap/source-map.ts: `the dataset`,
 * `distribution 2`, `the contact point`…). Without a known field, the node's own path.
 */
export function dcatFieldPath(description: string, property: string | undefined): DataPath {
	const field = (table: Record<string, string>) => (property && table[property] ? [table[property]!] : []);
	const distribution = /^distribution (\d+)$/.exec(description);
	if (distribution) return ['distributions', Number(distribution[1]) - 1, ...field(DISTRIBUTION)];
	switch (description) {
		case 'the dataset':
			return field(DATASET);
		case 'the contact point':
			return ['contact_point', ...field(CONTACT)];
		case 'the temporal coverage':
			return ['temporal_coverage'];
		case 'the spatial coverage':
			return ['spatial_coverage'];
		case 'the rationale':
			return ['rationale'];
		case 'the review note':
			return ['review_note'];
		case 'the publisher':
			return field(PUBLISHER);
		case 'the catalogue':
			return field(CATALOGUE);
		case 'the catalogue publisher':
			return ['publisher', ...field(PUBLISHER)];
		default:
			return description.startsWith('licence ') ? ['licences'] : [];
	}
}
