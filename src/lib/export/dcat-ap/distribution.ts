/**
 * A distribution as a `dcat:Distribution` (DCAT-AP 3.0.1 § Distribution). `dcat:accessURL` is
 * mandatory: a file with only a download URL uses it as its access URL too, as DCAT-AP advises.
 * A distribution with a data dictionary `dct:conformsTo` the dictionary published as a Table
 * Schema document (a `dct:Standard`, the schema its data follows).
 */
import type { Catalogue, Distribution } from '../../model/catalogue.ts';
import { fileType } from '../../vocabularies/index.ts';
import { mediaTypeIri } from './authorities.ts';
import { AVAILABILITY_SCHEME, AVAILABLE } from './adms.ts';
import { conceptRefs, schemeConcept, vocabularyConcept, vocabularyConcepts } from './concepts.ts';
import { compactNode, langValues, plainLangValues, ref, typed, type JsonLdNode } from './values.ts';

/** What a distribution needs from its dataset. */
export interface DistributionContext {
	iri: string;
	/** The dataset's licence id, used when the distribution names none. */
	datasetLicence: string | undefined;
	/** The file's address on the site being built, or its download_url (DcatIris.download). */
	downloadUrl: string | undefined;
	/** Where the distribution's data dictionary is published as a Table Schema, when it has one. */
	tableSchema?: string;
	catalogue: Catalogue;
}

/** The `dcat:Distribution` node of one distribution, and the vocabulary concepts it points to. */
export function toDcatDistribution(distribution: Distribution, context: DistributionContext): { node: JsonLdNode; concepts: JsonLdNode[] } {
	const { catalogue } = context;
	const format = vocabularyConcept('fileType', distribution.format, catalogue.languages);
	const languages = vocabularyConcepts('language', distribution.languages, catalogue.languages);
	const mediaType = distribution.media_type ?? fileType(distribution.format)?.mediaType;
	const licence = catalogue.licenceById.get(distribution.licence ?? context.datasetLicence ?? '');
	const { downloadUrl } = context;
	const accessUrl = distribution.access_url ?? downloadUrl;
	const node = compactNode({
		'@id': context.iri,
		'@type': 'dcat:Distribution',
		'dct:title': langValues(distribution.title, catalogue.languages),
		// DCAT-AP recommends a description: the title stands in for one the distribution lacks.
		'dct:description': plainLangValues(distribution.description ?? distribution.title, catalogue.languages),
		'dcatap:availability': ref(AVAILABLE.iri),
		'dcat:accessURL': accessUrl ? ref(accessUrl) : undefined,
		'dcat:downloadURL': downloadUrl ? ref(downloadUrl) : undefined,
		'dct:format': format ? ref(format['@id'] as string) : undefined,
		'dcat:mediaType': mediaType ? ref(mediaTypeIri(mediaType), 'dct:MediaType') : undefined,
		'dcat:byteSize': distribution.byte_size === undefined ? undefined : typed(distribution.byte_size, 'xsd:nonNegativeInteger'),
		'dct:license': licence ? ref(licence.url) : undefined,
		'dct:language': conceptRefs(languages),
		'foaf:page': distribution.data_dictionary ? ref(distribution.data_dictionary, 'foaf:Document') : undefined,
		'dct:conformsTo': context.tableSchema ? ref(context.tableSchema, 'dct:Standard') : undefined,
	});
	return { node, concepts: [...(format ? [format] : []), ...languages, schemeConcept(AVAILABLE, AVAILABILITY_SCHEME, catalogue.languages)] };
}
