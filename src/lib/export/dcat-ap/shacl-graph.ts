/**
 * The graph SHACL checks, read many times and written once: an RDF/JS DatasetCore made for
 * rdf-validate-shacl's reads (`match` with a subject and a predicate, a predicate and an object,
 * or a predicate alone), in place of an N3 store.
 *
 * An N3 store keeps three indexes of objects keyed by term number, updated on every triple added,
 * and answers each `match` with a new dataset that is also a readable stream, whose quads it makes
 * anew from the terms' string keys. Validating the export's graphs, that was most of the SHACL
 * step's time and garbage (n3 11 s of a 51 s profile of `npm run validate` at 10,000 datasets,
 * besides the collector's share). This graph keeps the triples as they are added, and builds its
 * indexes once, at the first read, from the triples sorted; `match` gives an array of the quads
 * made when they were added.
 *
 * The quads come back in the order an N3 store gives them (its term numbers are given in the order
 * terms are first added, subject, predicate then object, and each index level is walked by number),
 * so the engine finds its results in the same order and the build reports them as before
 * (tests/export/shacl-graph.test.ts compares the two on every pattern).
 */
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';

const { quad: makeQuad } = DataFactory;

/** Level 1 → level 2 → the quads, each level in term number order. */
type Index = Map<number, Map<number, Quad[]>>;

/** The three orders an N3 store reads (subject first, predicate first, object first), and every quad once. */
interface Indexes {
	spo: Index;
	pos: Index;
	osp: Index;
	all: Quad[];
}

/** An RDF/JS dataset of the default graph, indexed once when first read (see the module's comment). */
export class ShaclGraph implements DatasetCore {
	/** Term numbers by key (termKey): equal terms, and only they, share one. */
	readonly #ids = new Map<string, number>();
	/** Subject, predicate and object number of each triple added, one after the other. */
	#triples: number[] = [];
	/** The quad of each triple added. */
	#quads: Quad[] = [];
	#indexes: Indexes | undefined;

	/** The number of distinct triples. */
	get size(): number {
		return this.#indexed().all.length;
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
		this.#indexes = undefined;
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
		const { spo, pos, osp, all } = this.#indexed();
		// The index an N3 store would read (N3Store.readQuads), for the same order.
		if (s !== undefined)
			return new QuadList(o === undefined ? read(spo, s, p) : read(osp, o, s, p === undefined ? undefined : (quad) => quad.predicate.equals(predicate!)));
		if (p !== undefined) return new QuadList(read(pos, p, o));
		if (o !== undefined) return new QuadList(read(osp, o));
		return new QuadList(all);
	}

	[Symbol.iterator](): Iterator<Quad> {
		return this.#indexed().all[Symbol.iterator]();
	}

	/** A term's number, given when it is first seen. */
	#id(term: Term): number {
		const key = termKey(term);
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
		return this.#ids.get(termKey(term)) ?? null;
	}

	#indexed(): Indexes {
		if (this.#indexes) return this.#indexes;
		const triples = this.#triples;
		const byOrder = (a: number, b: number, c: number) => {
			const order = Array.from({ length: triples.length / 3 }, (_, index) => index);
			order.sort((x, y) => triples[x * 3 + a]! - triples[y * 3 + a]! || triples[x * 3 + b]! - triples[y * 3 + b]! || triples[x * 3 + c]! - triples[y * 3 + c]!);
			return order;
		};
		const spoOrder = byOrder(0, 1, 2);
		// Duplicates are neighbours in this order; the first of each is kept.
		const kept = new Uint8Array(this.#quads.length);
		let previous = -1;
		for (const at of spoOrder) {
			if (previous >= 0 && [0, 1, 2].every((part) => triples[at * 3 + part] === triples[previous * 3 + part])) continue;
			kept[at] = 1;
			previous = at;
		}
		const index = (order: number[], a: number, b: number): Index => {
			const levels: Index = new Map();
			for (const at of order) {
				if (!kept[at]) continue;
				let level = levels.get(triples[at * 3 + a]!);
				if (!level) levels.set(triples[at * 3 + a]!, (level = new Map()));
				const quads = level.get(triples[at * 3 + b]!);
				if (quads) quads.push(this.#quads[at]!);
				else level.set(triples[at * 3 + b]!, [this.#quads[at]!]);
			}
			return levels;
		};
		this.#indexes = {
			spo: index(spoOrder, 0, 1),
			pos: index(byOrder(1, 2, 0), 1, 2),
			osp: index(byOrder(2, 0, 1), 2, 0),
			all: spoOrder.filter((at) => kept[at]).map((at) => this.#quads[at]!),
		};
		return this.#indexes;
	}
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

/** A key equal for equal terms only: the term type, then for a literal its language and datatype, and the value. */
function termKey(term: Term): string {
	switch (term.termType) {
		case 'NamedNode':
			return `<${term.value}`;
		case 'BlankNode':
			return `_${term.value}`;
		case 'Literal':
			// A language tag never holds a space; the datatype goes by its length.
			return `"${term.language} ${term.datatype.value.length}:${term.datatype.value}${term.value}`;
		default:
			return `${term.termType}:${term.value}`;
	}
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
