/**
 * SHACL shapes graphs: the project's own (`schemas/dcat-ap/shapes.ttl`) or any Turtle files, read
 * into an N3 store for rdf-validate-shacl.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, Store } from 'n3';

const SHAPES_IN_REPO = join('schemas', 'dcat-ap', 'shapes.ttl');

/**
 * The project's DCAT-AP shapes file: beside the sources, or — when this module runs bundled by
 * Astro, away from them — under the working directory, where `npm run build` runs.
 */
export const PROJECT_SHAPES =
	[join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', SHAPES_IN_REPO), resolve(process.cwd(), SHAPES_IN_REPO)].find((path) =>
		existsSync(path),
	) ?? resolve(process.cwd(), SHAPES_IN_REPO);

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
	const hash = createHash('sha256');
	for (const path of paths) {
		const baseIRI = `file://${path}`;
		const text = readFileSync(path, 'utf8');
		// Lengths first, so no two lists of files hash alike.
		hash.update(`${baseIRI.length}:${baseIRI}${text.length}:${text}`);
		for (const quad of new Parser({ format: 'text/turtle', baseIRI }).parse(text)) store.add(quad);
	}
	return { store, digest: hash.digest('hex') };
}
