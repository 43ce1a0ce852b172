/**
 * The JSON-LD `@context` of the DCAT-AP 3.0.1 export, written inline so the build never fetches a
 * context. It declares the namespaces DCAT-AP 3.0.1 uses and, for the classes and properties the
 * export writes, the term names of the official context (`releases/3.0.1/context/dcat-ap.jsonld`:
 * `Dataset`, `title`, `releaseDate`, `accessUrl`, `datasetDistribution`, …) mapped to the same
 * IRIs. The official context scopes terms by type; these names are unambiguous, so a flat context
 * gives the same keys. Values stay explicit (`@language`, `@type`, `@id`), so the document needs no
 * coercion and reads the same in any JSON-LD or RDF tool. Properties the official context does not
 * name (`vcard:hasEmail`, `skos:exactMatch`, …) stay compact IRIs.
 */

/** Namespace prefixes of the export, also used as Turtle prefixes. */
export const PREFIXES = {
	adms: 'http://www.w3.org/ns/adms#',
	dcat: 'http://www.w3.org/ns/dcat#',
	dcatap: 'http://data.europa.eu/r5r/',
	dct: 'http://purl.org/dc/terms/',
	dqv: 'http://www.w3.org/ns/dqv#',
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

/** Official DCAT-AP 3.0.1 context term names, by the compact IRI the mappers write. */
const TERMS: Record<string, string> = {
	'dcat:Catalog': 'Catalogue',
	'dcat:Dataset': 'Dataset',
	'dcat:Distribution': 'Distribution',
	'foaf:Agent': 'Agent',
	'foaf:Document': 'Document',
	'vcard:Kind': 'Kind',
	'dct:LicenseDocument': 'LicenceDocument',
	'dct:PeriodOfTime': 'PeriodOfTime',
	'dct:Location': 'Location',
	'dct:RightsStatement': 'RightsStatement',
	'dct:Frequency': 'Frequency',
	'dct:MediaType': 'MediaType',
	'dct:MediaTypeOrExtent': 'MediaTypeOrExtent',
	'dct:LinguisticSystem': 'LinguisticSystem',
	'skos:Concept': 'Concept',
	'skos:ConceptScheme': 'ConceptScheme',
	'dct:Standard': 'Standard',
	'dct:conformsTo': 'conformsTo',
	'dct:title': 'title',
	'dct:description': 'description',
	'dct:publisher': 'publisher',
	'foaf:homepage': 'homepage',
	'dct:language': 'language',
	'dcat:themeTaxonomy': 'themes',
	'dct:modified': 'modificationDate',
	'dct:issued': 'releaseDate',
	'dcat:dataset': 'dataset',
	'dct:identifier': 'identifier',
	'dcat:keyword': 'keyword',
	'dcat:theme': 'theme',
	'dcat:contactPoint': 'contactPoint',
	'dct:accrualPeriodicity': 'frequency',
	'dct:temporal': 'temporalCoverage',
	'dct:spatial': 'geographicalCoverage',
	'dct:accessRights': 'accessRights',
	'dct:rights': 'rights',
	'dcat:landingPage': 'landingPage',
	'dcat:distribution': 'datasetDistribution',
	'dcat:accessURL': 'accessUrl',
	'dcat:downloadURL': 'downloadUrl',
	'dct:format': 'format',
	'dcat:mediaType': 'mediaType',
	'dcat:byteSize': 'byteSize',
	'dct:license': 'licence',
	'foaf:page': 'documentation',
	'foaf:name': 'name',
	'dcat:startDate': 'startDate',
	'dcat:endDate': 'endDate',
	'dcat:bbox': 'bbox',
	'skos:prefLabel': 'preferredLabel',
};

/** The inline `@context` object: the prefixes and the official term names. */
export const DCAT_AP_CONTEXT: Record<string, string> = {
	...PREFIXES,
	...Object.fromEntries(Object.entries(TERMS).map(([compact, term]) => [term, compact])),
};

/**
 * A copy of a JSON-LD node written with compact IRIs, with keys and node types renamed to the
 * official term names. Value objects (`@value`, and their datatype in `@type`) are left as they are.
 */
export function withOfficialTerms<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item) => withOfficialTerms(item)) as T;
	if (value === null || typeof value !== 'object') return value;
	const node = value as Record<string, unknown>;
	if ('@value' in node) return value;
	const renamed: Record<string, unknown> = {};
	for (const [key, inner] of Object.entries(node)) {
		if (key === '@type') renamed[key] = Array.isArray(inner) ? inner.map((t: string) => TERMS[t] ?? t) : (TERMS[inner as string] ?? inner);
		else renamed[TERMS[key] ?? key] = withOfficialTerms(inner);
	}
	return renamed as T;
}

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
