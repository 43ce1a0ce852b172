/**
 * From the export's JSON-LD documents to RDF, without a JSON-LD processor: the mappers write every
 * value explicitly (`@id`, `@value` with `@language` or `@type`) under one inline context of plain
 * term → IRI definitions, so turning a document into triples is a walk over its nodes. A general
 * processor (`jsonld.toRDF`, then parsing its N-Quads) took 12 s for a catalogue of 10,000 datasets;
 * this takes about 3, most of it spent indexing the store.
 *
 * Anything outside that explicit form — a remote context, a key or type that does not expand to an
 * IRI, a relative IRI, a native number, `@list` — is an error rather than a triple silently lost,
 * as `jsonld.toRDF` does in safe mode. `tests/export/round-trip.test.ts` checks that both give the
 * same graph. The triples go into an N3 store, which drops duplicates (a theme shared by many
 * datasets is described once) and keeps each subject's triples together for the Turtle file.
 * A graph that is only written out (toTurtleOrder) skips the store's three indexes.
 */
import type { BlankNode, Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory, Store, Writer } from 'n3';
import type { JsonLdDocument } from './catalogue.ts';
import { PREFIXES } from './context.ts';
import { ShaclGraph } from './shacl-graph.ts';

const { namedNode, blankNode, literal, quad } = DataFactory;

const RDF_TYPE = namedNode(`${PREFIXES.rdf}type`);
const XSD_STRING = `${PREFIXES.xsd}string`;
/** What jsonld.js accepts as an absolute IRI: a scheme, a colon and no white space. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
/** A well-formed BCP 47 language tag, as JSON-LD requires of `@language`. */
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

type Subject = NamedNode | BlankNode;

/** Where {@link Converter} puts the triples: an N3 store, or a {@link StoreOrder}. */
interface TripleSink {
	addQuad(subject: Subject, predicate: NamedNode, object: Quad['object']): unknown;
}

/**
 * The RDF graph of a JSON-LD document written by the export, as an N3 store. Blank nodes are
 * labelled `<blankPrefix>b0`, `b1`…: graphs written into one file need prefixes of their own.
 */
export function toGraph(document: JsonLdDocument, blankPrefix = ''): Store {
	return convert(document, blankPrefix, new Store());
}

/**
 * The same graph as {@link toGraph}, to be validated with SHACL: a {@link ShaclGraph} answers the
 * validator's reads in the store's order for a fraction of its cost (shacl-graph.ts).
 */
export function toShaclGraph(document: JsonLdDocument, blankPrefix = ''): ShaclGraph {
	return convert(document, blankPrefix, new ShaclGraph());
}

/**
 * The same triples as {@link toGraph}, in the order its store gives them back, for
 * {@link toTurtle} only: the Turtle text is the same, without the cost of indexing a graph that
 * is never queried.
 */
export function toTurtleOrder(document: JsonLdDocument, blankPrefix = ''): Iterable<Quad> {
	return convert(document, blankPrefix, new StoreOrder()).quads();
}

function convert<T extends TripleSink>(document: JsonLdDocument, blankPrefix: string, sink: T): T {
	const context = document['@context'] as unknown;
	if (typeof context === 'string') throw new Error(`Refusing to load the remote JSON-LD context ${context}: the DCAT-AP export must use its inline context`);
	if (!context || typeof context !== 'object' || Array.isArray(context)) throw new Error('The JSON-LD document has no inline @context object');
	for (const key of Object.keys(document))
		if (key !== '@context' && key !== '@graph') throw new Error(`Unexpected top-level key "${key}" in the JSON-LD document`);
	const converter = new Converter(context as Record<string, unknown>, blankPrefix, sink);
	for (const node of document['@graph']) converter.node(node, '@graph');
	return sink;
}

/**
 * Triples in the order an N3 store iterates them, without its indexes: the store numbers each term
 * when it first sees it (subject, predicate, object of each added triple) and iterates subjects,
 * then their predicates, then their objects, each by number, duplicates dropped.
 * `tests/export/rdf.test.ts` checks that both give the same Turtle.
 */
class StoreOrder implements TripleSink {
	/** Term numbers by IRI, by blank node label, and by literal (language, datatype and text): equal terms, and only they, share one. */
	readonly #named = new Map<string, number>();
	readonly #blank = new Map<string, number>();
	readonly #literals = new Map<string, number>();
	readonly #terms: Term[] = [];
	/** Subject, predicate and object number of each triple added, one after the other. */
	#triples: number[] = [];

	addQuad(subject: Subject, predicate: NamedNode, object: Quad['object']): void {
		this.#triples.push(this.#id(subject), this.#id(predicate), this.#id(object));
	}

	#id(term: Term): number {
		if (term.termType === 'NamedNode') return this.#number(this.#named, term.value, term);
		if (term.termType === 'BlankNode') return this.#number(this.#blank, term.value, term);
		const { language, datatype, value } = term as Literal;
		// A language tag never holds a space; the datatype goes by its length.
		return this.#number(this.#literals, `${language} ${datatype.value.length}:${datatype.value}${value}`, term);
	}

	#number(ids: Map<string, number>, key: string, term: Term): number {
		let id = ids.get(key);
		if (id === undefined) {
			id = this.#terms.push(term) - 1;
			ids.set(key, id);
		}
		return id;
	}

	/** The triples, sorted and without duplicates. */
	quads(): Quad[] {
		const triples = this.#triples;
		const order = Array.from({ length: triples.length / 3 }, (_, index) => index * 3);
		order.sort((a, b) => triples[a]! - triples[b]! || triples[a + 1]! - triples[b + 1]! || triples[a + 2]! - triples[b + 2]!);
		const quads: Quad[] = [];
		let previous = -1;
		for (const at of order) {
			if (previous >= 0 && triples[at] === triples[previous] && triples[at + 1] === triples[previous + 1] && triples[at + 2] === triples[previous + 2])
				continue;
			previous = at;
			const terms = this.#terms;
			quads.push(quad(terms[triples[at]!] as Subject, terms[triples[at + 1]!] as NamedNode, terms[triples[at + 2]!] as Quad['object']));
		}
		return quads;
	}
}

/** Walks node objects and adds their triples to the sink. */
class Converter {
	readonly store: TripleSink;
	readonly #terms = new Map<string, string>();
	readonly #expanded = new Map<string, string>();
	#blankNodes = 0;
	readonly #blankPrefix: string;

	constructor(context: Record<string, unknown>, blankPrefix: string, sink: TripleSink) {
		this.store = sink;
		this.#blankPrefix = blankPrefix;
		for (const [term, definition] of Object.entries(context)) {
			if (typeof definition !== 'string') throw new Error(`The @context term "${term}" is not a plain IRI mapping`);
			this.#terms.set(term, definition);
		}
	}

	/** Adds a node object's triples and returns its subject. */
	node(value: unknown, where: string): Subject {
		if (!isObject(value) || '@value' in value) throw new Error(`${where}: expected a node object, got ${JSON.stringify(value)}`);
		const id = value['@id'];
		const subject = id === undefined ? blankNode(`${this.#blankPrefix}b${this.#blankNodes++}`) : namedNode(this.iri(id, where));
		for (const [key, inner] of Object.entries(value)) {
			if (key === '@id') continue;
			if (key === '@type') {
				for (const type of asArray(inner)) this.store.addQuad(subject, RDF_TYPE, namedNode(this.vocabulary(type, `${where} @type`)));
				continue;
			}
			if (key.startsWith('@')) throw new Error(`${where}: the JSON-LD keyword ${key} is not written by the export`);
			const predicate = namedNode(this.vocabulary(key, where));
			for (const item of asArray(inner)) this.store.addQuad(subject, predicate, this.object(item, `${where} ${key}`));
		}
		return subject;
	}

	/** The RDF term of a property value: a literal for a value object or a string, else a node. */
	object(value: unknown, where: string): Quad['object'] {
		if (typeof value === 'string') return literal(value);
		if (!isObject(value)) throw new Error(`${where}: ${JSON.stringify(value)} is not written explicitly (a string, a value object or a node)`);
		if (!('@value' in value)) return this.node(value, where);
		const { '@value': text, '@language': language, '@type': datatype, ...rest } = value;
		if (typeof text !== 'string' || Object.keys(rest).length > 0) throw new Error(`${where}: ${JSON.stringify(value)} is not a value object the export writes`);
		if (language !== undefined) {
			if (typeof language !== 'string' || !LANGUAGE_TAG.test(language) || datatype !== undefined)
				throw new Error(`${where}: invalid @language in ${JSON.stringify(value)}`);
			return literal(text, language);
		}
		if (datatype === undefined) return literal(text);
		const iri = this.vocabulary(datatype, where);
		return iri === XSD_STRING ? literal(text) : literal(text, namedNode(iri));
	}

	/** Expands a property name or type: a term of the context, a compact IRI or an absolute IRI. */
	vocabulary(key: unknown, where: string): string {
		if (typeof key !== 'string') throw new Error(`${where}: ${JSON.stringify(key)} is not an IRI`);
		let iri = this.#expanded.get(key);
		if (iri === undefined) {
			const term = this.#terms.get(key);
			iri = this.compact(term ?? key);
			if (!ABSOLUTE_IRI.test(iri)) throw new Error(`${where}: "${key}" does not expand to an absolute IRI`);
			this.#expanded.set(key, iri);
		}
		return iri;
	}

	/** Expands an `@id`: a compact IRI with a prefix of the context, or an absolute IRI. */
	iri(id: unknown, where: string): string {
		if (typeof id !== 'string') throw new Error(`${where}: @id ${JSON.stringify(id)} is not a string`);
		const iri = this.compact(id);
		if (!ABSOLUTE_IRI.test(iri)) throw new Error(`${where}: @id "${id}" is not an absolute IRI`);
		return iri;
	}

	/** `prefix:rest` with a prefix of the context → namespace + rest; anything else as it is. */
	compact(value: string): string {
		const colon = value.indexOf(':');
		if (colon <= 0 || value.startsWith('//', colon + 1)) return value;
		const namespace = this.#terms.get(value.slice(0, colon));
		return namespace === undefined ? value : namespace + value.slice(colon + 1);
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [value];
}

/** The graph as Turtle, with the export's prefixes. */
export function toTurtle(graph: Iterable<Quad>): Promise<string> {
	const writer = new Writer({ format: 'text/turtle', prefixes: { ...PREFIXES } });
	for (const triple of graph) writer.addQuad(triple);
	return new Promise((resolve, reject) => writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result))));
}
