/**
 * Where the project's SHACL shapes are and the digest of their text, without the RDF library:
 * `npm run validate` keys its kept SHACL results by the digest and parses the shapes (shapes.ts)
 * only when a dataset must be checked again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHAPES_IN_REPO = join('schemas', 'dcat-ap', 'shapes.ttl');

/**
 * The project's DCAT-AP shapes file: beside the sources, or — when this module runs bundled by
 * Astro, away from them — under the working directory, where `npm run build` runs.
 */
export const PROJECT_SHAPES =
	[join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', SHAPES_IN_REPO), resolve(process.cwd(), SHAPES_IN_REPO)].find((path) =>
		existsSync(path),
	) ?? resolve(process.cwd(), SHAPES_IN_REPO);

/** Each Turtle file of `paths` with the base IRI it is read with. */
export function shapeTexts(paths: readonly string[]): Array<{ baseIRI: string; text: string }> {
	return paths.map((path) => ({ baseIRI: `file://${path}`, text: readFileSync(path, 'utf8') }));
}

/** The SHA-256 (hex) of the shapes `texts` (each file's base IRI and text), for cache keys. */
export function shapesDigest(texts: ReadonlyArray<{ baseIRI: string; text: string }>): string {
	const hash = createHash('sha256');
	// Lengths first, so no two lists of files hash alike.
	for (const { baseIRI, text } of texts) hash.update(`${baseIRI.length}:${baseIRI}${text.length}:${text}`);
	return hash.digest('hex');
}
