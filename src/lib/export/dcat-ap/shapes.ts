/**
 * SHACL shapes graphs: the project's own (`schemas/dcat-ap/shapes.ttl`) or any Turtle files, read
 * into an N3 store for rdf-validate-shacl.
 */
import { Parser, Store } from 'n3';
import { PROJECT_SHAPES, shapesDigest, shapeTexts } from './shapes-digest.ts';

export { PROJECT_SHAPES };

/** A shapes graph and the SHA-256 of what it was read from (each file's base IRI and text), for cache keys. */
export interface ShapesGraph {
	store: Store;
	digest: string;
}

/** A store with the triples of every Turtle file in `paths`. */
export function readShapes(paths: readonly string[] = [PROJECT_SHAPES]): Store {
	return readShapesGraph(paths).store;
}

/** The shapes of every Turtle file in `paths`, with the digest of their text. */
export function readShapesGraph(paths: readonly string[] = [PROJECT_SHAPES]): ShapesGraph {
	const store = new Store();
	const texts = shapeTexts(paths);
	for (const { baseIRI, text } of texts) for (const quad of new Parser({ format: 'text/turtle', baseIRI }).parse(text)) store.add(quad);
	return { store, digest: shapesDigest(texts) };
}
