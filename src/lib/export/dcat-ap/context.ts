/**
 * The JSON-LD `@context` of the DCAT-AP 3.0.1 export, written inline so the build never fetches a
 * context. It declares the namespaces DCAT-AP 3.0.1 uses (§ "Used prefixes") and the same IRIs the
 * official context `releases/3.0.1/context/dcat-ap.jsonld` maps its terms to; the document writes
 * properties as compact IRIs (`dct:title`) with explicit value objects, so every value says its
 * language or datatype and the output reads the same in any JSON-LD or RDF tool.
 */

/** Namespace prefixes of the export, also used as Turtle prefixes. */
export const PREFIXES = {
	adms: 'http://www.w3.org/ns/adms#',
	dcat: 'http://www.w3.org/ns/dcat#',
	dct: 'http://purl.org/dc/terms/',
	foaf: 'http://xmlns.com/foaf/0.1/',
	locn: 'http://www.w3.org/ns/locn#',
	owl: 'http://www.w3.org/2002/07/owl#',
	rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
	rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
	skos: 'http://www.w3.org/2004/02/skos/core#',
	vcard: 'http://www.w3.org/2006/vcard/ns#',
	xsd: 'http://www.w3.org/2001/XMLSchema#',
	gsp: 'http://www.opengis.net/ont/geosparql#',
} as const;

/** The inline `@context` object: the prefixes above. */
export const DCAT_AP_CONTEXT: Record<string, string> = { ...PREFIXES };

/** Expands a compact IRI such as `dcat:Dataset` to a full IRI; other strings are returned as they are. */
export function expand(compact: string): string {
	const colon = compact.indexOf(':');
	const namespace = PREFIXES[compact.slice(0, colon) as keyof typeof PREFIXES];
	return namespace ? namespace + compact.slice(colon + 1) : compact;
}

/** Shortens a full IRI to a compact one (`http://www.w3.org/ns/dcat#accessURL` → `dcat:accessURL`) when a prefix fits. */
export function compactIri(iri: string): string {
	for (const [prefix, namespace] of Object.entries(PREFIXES)) {
		if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
	}
	return iri;
}
