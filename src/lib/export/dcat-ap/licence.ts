/**
 * A licence as a `dct:LicenseDocument` (DCAT-AP 3.0.1 § Licence Document). Its IRI is the licence's
 * own URL. A licence declared `equivalent` to a well-known one is linked to the SPDX and EU licence
 * IRIs with `skos:exactMatch` — "can be used interchangeably" — rather than `owl:sameAs`, which
 * would merge the two documents (and their titles) into one resource.
 */
import type { LicenceRecord } from '../../records.ts';
import { euLicenceIri, spdxLicenceIri } from './authorities.ts';
import { compactNode, langValues, ref, type JsonLdNode } from './values.ts';

/**
 * The licence document node for a catalogue licence; `types` are its ADMS licence-type concepts
 * (adms.ts), its `dct:type`.
 */
export function toLicenceDocument(licence: LicenceRecord, languages: readonly string[], types: readonly JsonLdNode[] = []): JsonLdNode {
	const equivalent = licence.equivalent;
	const eu = equivalent ? euLicenceIri(equivalent) : undefined;
	return compactNode({
		'@id': licence.url,
		'@type': 'dct:LicenseDocument',
		'dct:title': langValues(licence.name, languages),
		'dct:identifier': licence.id,
		'dct:type': types.map((type) => ref(type['@id'] as string)),
		'skos:exactMatch': equivalent ? [ref(spdxLicenceIri(equivalent)), ...(eu ? [ref(eu)] : [])] : undefined,
	});
}
