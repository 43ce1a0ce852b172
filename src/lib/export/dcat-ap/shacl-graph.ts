/**
 * The graph SHACL checks, read many times and written once: an RDF/JS DatasetCore made for
 * rdf-validate-shacl's reads (`match` with a subject and a predicate, a predicate and an object,
 * or a predicate alone), in place of an N3 store.
 *
 * An N3 store keeps three indexes of objects keyed by term number, updated on every triple added,
 * and answers each `match` with a new dataset that is also a readable stream, whose quads it makes
 * anew from the terms' string keys. Validating the export's graphs, that was most of the SHACL
 * step's time and garbage (n3 11 s of a 51 s profile of `npm run validate` at 10,000 datasets,
 * besides the collector's share). This graph keeps the triples as numbers as they are added, makes
 * each index on the first read that needs it, from the triples radix-sorted, and answers `match`
 * with an array of the quads made when they were added.
 *
 * The quads come back in the order an N3 store gives them (its term numbers are given in the order
 * terms are first added, subject, predicate then object, and each index level is walked by number),
 * so the engine finds its results in the same order and the build reports them as before
 * (tests/export/shacl-graph.test.ts compares the two on every pattern).
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory, termToId } from 'n3';

const { quad: makeQuad } = DataFactory;

/** Level 1 → level 2 → the quads, each level in term number order. */
type Index = Map<number, Map<number, Quad[]>>;

/** The positions of subject, predicate and object in a triple's three numbers. */
const [S, P, O] = [0, 1, 2];

/** An RDF/JS dataset of the default graph, indexed when first read (see the module's comment). */
export class ShaclGraph implements DatasetCore {
	/** Term numbers by the N3 store's key of the term (`termToId`): equal terms, and only they, share one. */
	readonly #ids = new Map<string, number>();
	/** Subject, predicate and object number of each triple added, one after the other. */
	#triples: number[] = [];
	/** The quad of each triple added. */
	#quads: Quad[] = [];
	/** The triples (their positions in #quads), sorted by subject, predicate and object, duplicates left out. */
	#distinct: Int32Array | undefined;
	/** The indexes made so far: each is made on the first read that needs it. */
	#indexes = new Map<string, Index>();

	/** The number of distinct triples. */
	get size(): number {
		return this.#sorted().length;
	}

	/** Adds a triple of the default graph (a quad naming another graph is refused: the export writes none). */
	add(quad: Quad): this {
		if (quad.graph.termType !== 'DefaultGraph') throw new Error('ShaclGraph holds the default graph only');
		this.addQuad(quad.subject, quad.predicate, quad.object);
		return this;
	}

	/** Adds the triple (subject, predicate, object); a duplicate is dropped when the graph is read. */
	addQuad(subject: Quad['subject'], predicate: Quad['predicate'], object: Quad['object']): void {
		this.#triples.push(this.#id(subject), this.#id(predicate), this.#id(object));
		this.#quads.push(makeQuad(subject, predicate, object));
		this.#distinct = undefined;
		this.#indexes.clear();
	}

	/** Not needed by the validator, which never removes a triple of the data graph. */
	delete(): this {
		throw new Error('ShaclGraph is read-only once built');
	}

	/** Whether the graph holds `quad`. */
	has(quad: Quad): boolean {
		return this.match(quad.subject, quad.predicate, quad.object, quad.graph).size > 0;
	}

	/** The quads matching the pattern (`null` or `undefined`: any), in an N3 store's order. */
	match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): QuadList {
		if (graph && graph.termType !== 'DefaultGraph') return new QuadList([]);
		const s = this.#known(subject);
		const p = this.#known(predicate);
		const o = this.#known(object);
		if (s === null || p === null || o === null) return new QuadList([]);
		// The index an N3 store would read (N3Store.readQuads), for the same order.
		if (s !== undefined) {
			if (o === undefined) return new QuadList(read(this.#index(S, P, O), s, p));
			return new QuadList(read(this.#index(O, S, P), o, s, p === undefined ? undefined : (quad) => quad.predicate.equals(predicate!)));
		}
		if (p !== undefined) return new QuadList(read(this.#index(P, O, S), p, o));
		if (o !== undefined) return new QuadList(read(this.#index(O, S, P), o));
		return new QuadList(this.#all());
	}

	[Symbol.iterator](): Iterator<Quad> {
		return this.#all()[Symbol.iterator]();
	}

	/** A term's number, given when it is first seen (as an N3 store numbers them). */
	#id(term: Term): number {
		const key = termToId(term);
		let id = this.#ids.get(key);
		if (id === undefined) {
			id = this.#ids.size;
			this.#ids.set(key, id);
		}
		return id;
	}

	/** `undefined` for a wildcard, `null` for a term the graph does not hold, else its number. */
	#known(term: Term | null | undefined): number | null | undefined {
		if (term === null || term === undefined) return undefined;
		return this.#ids.get(termToId(term)) ?? null;
	}

	#all(): Quad[] {
		return Array.from(this.#sorted(), (at) => this.#quads[at]!);
	}

	#sorted(): Int32Array {
		if (this.#distinct) return this.#distinct;
		const triples = this.#triples;
		const order = sortedBy(
			triples,
			Int32Array.from({ length: triples.length / 3 }, (_, at) => at),
			this.#ids.size,
			S,
			P,
			O,
		);
		// Duplicates are neighbours in this order; the first of each is kept.
		const same = (a: number, b: number) =>
			triples[a * 3] === triples[b * 3] && triples[a * 3 + 1] === triples[b * 3 + 1] && triples[a * 3 + 2] === triples[b * 3 + 2];
		this.#distinct = order.filter((at, position) => position === 0 || !same(at, order[position - 1]!));
		return this.#distinct;
	}

	/** The index by the parts `first`, `second` then `third` of the triples. */
	#index(first: number, second: number, third: number): Index {
		const name = `${first}${second}${third}`;
		let index = this.#indexes.get(name);
		if (index) return index;
		const triples = this.#triples;
		const order = first === S ? this.#sorted() : sortedBy(triples, this.#sorted(), this.#ids.size, first, second, third);
		index = new Map();
		for (const at of order) {
			let level = index.get(triples[at * 3 + first]!);
			if (!level) index.set(triples[at * 3 + first]!, (level = new Map()));
			const quads = level.get(triples[at * 3 + second]!);
			if (quads) quads.push(this.#quads[at]!);
			else level.set(triples[at * 3 + second]!, [this.#quads[at]!]);
		}
		this.#indexes.set(name, index);
		return index;
	}
}

/**
 * The triples `order` sorted by their parts `first`, `second` then `third` (a stable radix sort:
 * one counting sort per part, last part first; term numbers are below `terms`).
 */
function sortedBy(triples: readonly number[], order: Int32Array, terms: number, first: number, second: number, third: number): Int32Array {
	let from = order.slice();
	let to = new Int32Array(from.length);
	const counts = new Int32Array(terms + 1);
	for (const part of [third, second, first]) {
		counts.fill(0);
		for (const at of from) counts[triples[at * 3 + part]! + 1]!++;
		for (let term = 0; term < terms; term++) counts[term + 1]! += counts[term]!;
		for (const at of from) to[counts[triples[at * 3 + part]!]!++] = at;
		[from, to] = [to, from];
	}
	return from;
}

/** The quads under `first` (and `second`, when given) of `index`, in order; `keep` filters them. */
function read(index: Index, first: number, second?: number, keep?: (quad: Quad) => boolean): Quad[] {
	const level = index.get(first);
	if (!level) return [];
	let quads: Quad[];
	if (second !== undefined) quads = level.get(second) ?? [];
	else {
		quads = [];
		for (const some of level.values()) for (const quad of some) quads.push(quad);
	}
	return keep ? quads.filter(keep) : quads;
}

/** The answer of {@link ShaclGraph.match}: the quads, as a small read-only dataset. */
export class QuadList implements DatasetCore {
	readonly #quads: readonly Quad[];

	constructor(quads: readonly Quad[]) {
		this.#quads = quads;
	}

	get size(): number {
		return this.#quads.length;
	}

	has(quad: Quad): boolean {
		return this.#quads.some((some) => some.equals(quad));
	}

	match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): QuadList {
		const fits = (term: Term, pattern: Term | null | undefined) => !pattern || term.equals(pattern);
		return new QuadList(
			this.#quads.filter((quad) => fits(quad.subject, subject) && fits(quad.predicate, predicate) && fits(quad.object, object) && fits(quad.graph, graph)),
		);
	}

	add(): this {
		throw new Error('A match of ShaclGraph is read-only');
	}

	delete(): this {
		throw new Error('A match of ShaclGraph is read-only');
	}

	[Symbol.iterator](): Iterator<Quad> {
		return this.#quads[Symbol.iterator]();
	}
}
