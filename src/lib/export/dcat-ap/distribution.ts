/**
 * A distribution as a `dcat:Distribution` (DCAT-AP 3.0.1 § Distribution). `dcat:accessURL` is
 * mandatory: a file with only a download URL uses it as its access URL too, as DCAT-AP advises.
 */
import type { Catalogue } from '../../model/catalogue.ts';
import type { DistributionRecord } from '../../records.ts';
import { fileType, language } from '../../vocabularies/index.ts';
import { mediaTypeIri } from './authorities.ts';
import { compactNode, langValues, ref, typed, type JsonLdNode } from './values.ts';

/** What a distribution needs from its dataset. */
export interface DistributionContext {
	iri: string;
	/** The dataset's licence id, used when the distribution names none. */
	datasetLicence: string | undefined;
	catalogue: Catalogue;
}

/** The `dcat:Distribution` node of one distribution. */
export function toDcatDistribution(distribution: DistributionRecord, context: DistributionContext): JsonLdNode {
	const { catalogue } = context;
	const type = fileType(distribution.format);
	const mediaType = distribution.media_type ?? type?.mediaType;
	const licence = catalogue.licenceById.get(distribution.licence ?? context.datasetLicence ?? '');
	const accessUrl = distribution.access_url ?? distribution.download_url;
	return compactNode({
		'@id': context.iri,
		'@type': 'dcat:Distribution',
		'dct:title': langValues(distribution.title, catalogue.languages),
		'dct:description': langValues(distribution.description, catalogue.languages),
		'dcat:accessURL': accessUrl ? ref(accessUrl) : undefined,
		'dcat:downloadURL': distribution.download_url ? ref(distribution.download_url) : undefined,
		'dct:format': type ? ref(type.iri, 'dct:MediaTypeOrExtent') : undefined,
		'dcat:mediaType': mediaType ? ref(mediaTypeIri(mediaType), 'dct:MediaType') : undefined,
		'dcat:byteSize': distribution.byte_size === undefined ? undefined : typed(distribution.byte_size, 'xsd:nonNegativeInteger'),
		'dct:license': licence ? ref(licence.url) : undefined,
		'dct:language': (distribution.languages ?? []).flatMap((code) => languageRef(code)),
		'foaf:page': distribution.data_dictionary ? ref(distribution.data_dictionary, 'foaf:Document') : undefined,
	});
}

/** A reference to the EU language concept of an ISO 639-1 code, typed `dct:LinguisticSystem`. */
export function languageRef(code: string): JsonLdNode[] {
	const entry = language(code);
	return entry ? [ref(entry.iri, 'dct:LinguisticSystem')] : [];
}
