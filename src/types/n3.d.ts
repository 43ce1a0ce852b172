/** The parts of N3.js (which ships no type declarations) the project uses. */
declare module 'n3' {
	import type { DatasetCore, Quad as RdfQuad } from '@rdfjs/types';
	export type Quad = RdfQuad;
	export class Parser {
		constructor(options?: { format?: string; baseIRI?: string });
		parse(input: string): Quad[];
	}
	export class Writer {
		constructor(options?: { format?: string; prefixes?: Record<string, string> });
		addQuad(quad: Quad): void;
		addQuads(quads: Quad[]): void;
		quadsToString(quads: Quad[]): string;
		end(callback: (error: Error | null, result: string) => void): void;
	}
	export class Store implements DatasetCore {
		constructor(quads?: Quad[]);
		readonly size: number;
		add(quad: Quad): this;
		/** Adds a triple to the default graph; false when it was already there. */
		addQuad(subject: Quad['subject'], predicate: Quad['predicate'], object: Quad['object']): boolean;
		addQuad(quad: Quad): boolean;
		addQuads(quads: Quad[]): void;
		getObjects(subject: Quad['subject'] | null, predicate: Quad['predicate'] | null, graph: Quad['graph'] | null): Array<Quad['object']>;
		getSubjects(predicate: Quad['predicate'] | null, object: Quad['object'] | null, graph: Quad['graph'] | null): Array<Quad['subject']>;
		getQuads(subject: Quad['subject'] | null, predicate: Quad['predicate'] | null, object: Quad['object'] | null, graph: Quad['graph'] | null): Quad[];
		delete(quad: Quad): this;
		has(quad: Quad): boolean;
		match(...args: Parameters<DatasetCore['match']>): DatasetCore;
		[Symbol.iterator](): Iterator<Quad>;
	}
	export const DataFactory: import('@rdfjs/types').DataFactory;
	/** The string an N3 store keys a term by (an N3 term's own `id`): equal terms, and only they, share one. */
	export function termToId(term: import('@rdfjs/types').Term): string;
}
