/**
 * Whether a SHACL shapes graph is recursive: a shape that, through `sh:node`, `sh:property`,
 * `sh:not`, `sh:qualifiedValueShape` or the lists of `sh:and`, `sh:or` and `sh:xone`, refers back
 * to itself.
 *
 * rdf-validate-shacl guards against the endless checks a recursive shapes graph can cause by
 * giving up on a (node, shape) pair after 50 checks (`maxNodeChecks`). That guard costs a
 * JSON.stringify of both terms on every check — a fifth of the validation time of a large
 * catalogue — and it silently stops checking a vocabulary concept that thousands of datasets share
 * after the first fifty. A graph that is not recursive needs no guard.
 */
import type { Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { append } from '../../append.ts';

const { namedNode } = DataFactory;
const SH = 'http://www.w3.org/ns/shacl#';
const SHAPE_VALUED = new Set([`${SH}node`, `${SH}property`, `${SH}not`, `${SH}qualifiedValueShape`]);
const SHAPE_LISTS = new Set([`${SH}and`, `${SH}or`, `${SH}xone`]);
const FIRST = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#first');
const REST = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#rest');

/** True when some shape of `shapes` can reach itself. */
export function isRecursive(shapes: Store): boolean {
	const edges = new Map<string, string[]>();
	const add = (from: Term, to: Term) => edges.set(key(from), [...(edges.get(key(from)) ?? []), key(to)]);
	for (const quad of shapes.getQuads(null, null, null, null)) {
		if (SHAPE_VALUED.has(quad.predicate.value)) add(quad.subject, quad.object);
		else if (SHAPE_LISTS.has(quad.predicate.value)) for (const member of listMembers(shapes, quad.object)) add(quad.subject, member);
	}
	const state = new Map<string, 'visiting' | 'done'>();
	const reachesACycle = (id: string): boolean => {
		if (state.get(id) === 'visiting') return true;
		if (state.get(id) === 'done') return false;
		state.set(id, 'visiting');
		const cycle = (edges.get(id) ?? []).some(reachesACycle);
		state.set(id, 'done');
		return cycle;
	};
	return [...edges.keys()].some(reachesACycle);
}

function key(term: Term): string {
	return `${term.termType}:${term.value}`;
}

/** The members of an RDF list (a malformed or cyclic list ends where it breaks). */
function listMembers(shapes: Store, head: Term): Term[] {
	const members: Term[] = [];
	const seen = new Set<string>();
	for (let node: Term | undefined = head; node && node.termType !== 'NamedNode' && !seen.has(key(node));) {
		seen.add(key(node));
		const subject = node as Parameters<Store['getQuads']>[0];
		append(
			members,
			shapes.getQuads(subject, FIRST, null, null).map((quad) => quad.object),
		);
		node = shapes.getQuads(subject, REST, null, null)[0]?.object;
	}
	return members;
}
