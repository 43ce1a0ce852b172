/**
 * Agents and contact points: the publisher of the catalogue and of each dataset as `foaf:Agent`,
 * and a dataset's contact point as `vcard:Kind` (DCAT-AP 3.0.1 §§ Agent, Kind).
 */
import type { Publisher } from '../../model/catalogue.ts';
import type { CatalogueRecord, ContactRecord } from '../../records.ts';
import { compactNode, langValues, mailto, ref, type JsonLdNode } from './values.ts';

/**
 * A publisher as a `foaf:Agent` with its name per language, e-mail, homepage and `dct:type` (an
 * ADMS publisher type concept, `type`: adms.ts), when it has one.
 */
export function toAgent(iri: string, publisher: Publisher | CatalogueRecord['publisher'], languages: readonly string[], type?: JsonLdNode): JsonLdNode {
	return compactNode({
		'@id': iri,
		'@type': 'foaf:Agent',
		'foaf:name': langValues(publisher.name, languages),
		'dct:type': type ? ref(type['@id'] as string) : undefined,
		'foaf:mbox': ref(mailto(publisher.email)),
		'foaf:homepage': publisher.homepage ? ref(publisher.homepage, 'foaf:Document') : undefined,
	});
}

/** A contact point as a `vcard:Kind` with `vcard:hasEmail` as a `mailto:` IRI. */
export function toContactPoint(iri: string, contact: ContactRecord, languages: readonly string[]): JsonLdNode {
	return compactNode({
		'@id': iri,
		'@type': 'vcard:Kind',
		'vcard:fn': langValues(contact.name, languages),
		'vcard:hasEmail': ref(mailto(contact.email)),
		'vcard:hasURL': contact.url ? ref(contact.url) : undefined,
	});
}
