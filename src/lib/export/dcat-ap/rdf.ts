/**
 * From the JSON-LD document to RDF: quads (jsonld.toRDF → N-Quads → N3 parser) for validation and
 * Turtle (N3 writer, with the export's prefixes) for the `catalog.ttl` file. The document loader
 * refuses every remote context, so a build never touches the network.
 */
import jsonld from 'jsonld';
import { Parser, Writer, type Quad } from 'n3';
import { PREFIXES } from './context.ts';
import type { JsonLdDocument } from './catalogue.ts';

/** A JSON-LD document loader that loads nothing: the export's context is inline. */
export async function refuseRemoteContexts(url: string): Promise<never> {
	throw new Error(`Refusing to load the remote JSON-LD context ${url}: the DCAT-AP export must use its inline context`);
}

/**
 * The RDF quads of a JSON-LD document. `safe` mode makes any term that would be dropped (a typo in
 * a property name, a value that is not a valid IRI) an error instead of silent data loss.
 */
export async function toQuads(document: JsonLdDocument): Promise<Quad[]> {
	const nquads = (await jsonld.toRDF(document as object, { format: 'application/n-quads', documentLoader: refuseRemoteContexts, safe: true } as object)) as unknown as string;
	return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

/** The quads as Turtle, with the export's prefixes. */
export function toTurtle(quads: readonly Quad[]): Promise<string> {
	const writer = new Writer({ format: 'text/turtle', prefixes: { ...PREFIXES } });
	writer.addQuads([...quads]);
	return new Promise((resolve, reject) => writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result))));
}
