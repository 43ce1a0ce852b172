/**
 * The EU vocabulary concepts the export points to — data themes, frequencies, file types,
 * languages, access rights — each described in the graph: typed `skos:Concept` and the class
 * DCAT-AP gives the property's range (`dct:Frequency`, `dct:LinguisticSystem`, …), labelled from
 * the project's vocabulary tables, and placed in its EU table with `skos:inScheme`.
 *
 * The official controlled-vocabulary shapes of DCAT-AP 3.0.1 (`mdr-vocabularies.shape.ttl`) check
 * that `skos:inScheme` triple on every value, in the data graph: a validator that has not
 * downloaded the EU tables, and any harvester, then sees where each code comes from and its name.
 */
import type { AccessLevel } from '../../records.ts';
import { fileType, frequency, language, SCHEMES, theme, type VocabularyEntry } from '../../vocabularies/index.ts';
import { ACCESS_RIGHT_SCHEME, accessRight } from './authorities.ts';
import { langValues, ref, type JsonLdNode } from './values.ts';

/** The vocabularies looked up by code, with the class DCAT-AP expects of their concepts. */
const VOCABULARIES = {
	theme: { lookup: theme, scheme: SCHEMES.theme, type: undefined },
	frequency: { lookup: frequency, scheme: SCHEMES.frequency, type: 'dct:Frequency' },
	fileType: { lookup: fileType, scheme: SCHEMES.fileType, type: 'dct:MediaTypeOrExtent' },
	language: { lookup: language, scheme: SCHEMES.language, type: 'dct:LinguisticSystem' },
} as const satisfies Record<string, { lookup: (code: string) => VocabularyEntry | undefined; scheme: string; type: string | undefined }>;

/** A vocabulary the catalogue's codes come from. */
export type Vocabulary = keyof typeof VOCABULARIES;

/** The concept node of a code, or `undefined` for a code the table lacks (the schemas allow none). */
export function vocabularyConcept(vocabulary: Vocabulary, code: string, languages: readonly string[]): JsonLdNode | undefined {
	const { lookup, scheme, type } = VOCABULARIES[vocabulary];
	const entry = lookup(code);
	return entry ? conceptNode(entry, scheme, type, languages) : undefined;
}

/** The concept nodes of several codes of one vocabulary, in order, skipping unknown codes. */
export function vocabularyConcepts(vocabulary: Vocabulary, codes: readonly string[] | undefined, languages: readonly string[]): JsonLdNode[] {
	return (codes ?? []).flatMap((code): JsonLdNode[] => {
		const concept = vocabularyConcept(vocabulary, code, languages);
		return concept ? [concept] : [];
	});
}

/** The EU access-right concept of an access level (typed `dct:RightsStatement`, DCAT-AP's range). */
export function accessRightConcept(level: AccessLevel, languages: readonly string[]): JsonLdNode {
	return conceptNode(accessRight(level), ACCESS_RIGHT_SCHEME, 'dct:RightsStatement', languages);
}

/** The concept node of an entry of another table (ADMS types, planned availability: adms.ts). */
export function schemeConcept(entry: VocabularyEntry, scheme: string, languages: readonly string[]): JsonLdNode {
	return conceptNode(entry, scheme, undefined, languages);
}

/** References to concept nodes, for the property that points to them. */
export function conceptRefs(concepts: readonly JsonLdNode[]): JsonLdNode[] {
	return concepts.map((concept) => ref(concept['@id'] as string));
}

function conceptNode(entry: VocabularyEntry, scheme: string, type: string | undefined, languages: readonly string[]): JsonLdNode {
	return {
		'@id': entry.iri,
		'@type': type ? [type, 'skos:Concept'] : 'skos:Concept',
		'skos:prefLabel': langValues(entry.label, languages),
		'skos:inScheme': ref(scheme),
	};
}

/**
 * `nodes` with each concept once (the first): every dataset returns the concepts it uses, and
 * thousands of datasets share a handful. Other nodes are kept as they are.
 */
export function withUniqueConcepts(nodes: readonly JsonLdNode[]): JsonLdNode[] {
	const seen = new Set<string>();
	return nodes.filter((node) => {
		if (!isConcept(node)) return true;
		const id = node['@id'] as string;
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

function isConcept(node: JsonLdNode): boolean {
	const type = node['@type'];
	return type === 'skos:Concept' || (Array.isArray(type) && type.includes('skos:Concept'));
}
