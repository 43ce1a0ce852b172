/** The RDF terms the DCAT importer reads, and small look-ups in a graph. */
import type { Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';

const { namedNode } = DataFactory;

export const DCAT = (local: string) => namedNode(`http://www.w3.org/ns/dcat#${local}`);
export const DCT = (local: string) => namedNode(`http://purl.org/dc/terms/${local}`);
export const FOAF = (local: string) => namedNode(`http://xmlns.com/foaf/0.1/${local}`);
export const VCARD = (local: string) => namedNode(`http://www.w3.org/2006/vcard/ns#${local}`);
export const SKOS = (local: string) => namedNode(`http://www.w3.org/2004/02/skos/core#${local}`);
export const RDFS = (local: string) => namedNode(`http://www.w3.org/2000/01/rdf-schema#${local}`);
export const SCHEMA = (local: string) => namedNode(`http://schema.org/${local}`);
export const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');

/** Short names of the namespaces, for the report's field names (`dct:title`). */
const PREFIXES: Array<[string, string]> = [
	['dcat:', 'http://www.w3.org/ns/dcat#'],
	['dct:', 'http://purl.org/dc/terms/'],
	['foaf:', 'http://xmlns.com/foaf/0.1/'],
	['vcard:', 'http://www.w3.org/2006/vcard/ns#'],
	['adms:', 'http://www.w3.org/ns/adms#'],
	['dcatde:', 'http://dcat-ap.de/def/dcatde/'],
	['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
	['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
	['owl:', 'http://www.w3.org/2002/07/owl#'],
	['schema:', 'http://schema.org/'],
	['skos:', 'http://www.w3.org/2004/02/skos/core#'],
];

/** `http://purl.org/dc/terms/title` → `dct:title`. */
export function compact(iri: string): string {
	for (const [prefix, namespace] of PREFIXES) if (iri.startsWith(namespace)) return prefix + iri.slice(namespace.length);
	return iri;
}

/** The objects of `subject predicate ?`. */
export function objectsOf(store: Store, subject: Term, predicate: Term): Term[] {
	return store.getObjects(subject as Quad_Subject, predicate as Quad_Predicate, null);
}

/** The first object's value, if any. */
export function valueOf(store: Store, subject: Term, ...predicates: Term[]): string | undefined {
	for (const predicate of predicates) {
		const object = store.getObjects(subject as Quad_Subject, predicate as Quad_Predicate, null)[0];
		if (object) return object.value;
	}
	return undefined;
}

/** Literals of `subject predicate ?` by language; an untagged literal goes under `fallback`. */
export function literalsByLanguage(store: Store, subject: Term, predicate: Term, fallback: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const object of store.getObjects(subject as Quad_Subject, predicate as Quad_Predicate, null)) {
		if (object.termType !== 'Literal') continue;
		const lang = /^[a-z]{2}/.exec((object as { language: string }).language.toLowerCase())?.[0] ?? fallback;
		(out[lang] ??= []).push(object.value);
	}
	return out;
}
