/**
 * SHACL shapes graphs: the project's own (`schemas/dcat-ap/shapes.ttl`) or any Turtle files, read
 * into an N3 store for rdf-validate-shacl.
 */
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

/** A store with the triples of every Turtle file in `paths`. */
export function readShapes(paths: readonly string[] = [PROJECT_SHAPES]): Store {
	const store = new Store();
	for (const path of paths) {
		for (const quad of new Parser({ format: 'text/turtle', baseIRI: `file://${path}` }).parse(readFileSync(path, 'utf8'))) store.add(quad);
	}
	return store;
}
