/**
 * RDF files as one graph: Turtle and N-Triples (n3), RDF/XML (rdfxml-streaming-parser) and
 * JSON-LD (jsonld, with remote contexts refused: nothing is fetched that the steward did not
 * name). A syntax error is reported with the file and, where the parser gives it, the line.
 */
import jsonld from 'jsonld';
import { Parser, Store, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';

/** The RDF syntaxes read. */
export type RdfSyntax = 'turtle' | 'rdfxml' | 'jsonld';

/** The syntax of a file, by its name, else by its first character. */
export function syntaxOf(name: string, text: string): RdfSyntax {
	if (/\.(rdf|xml|owl)$/i.test(name)) return 'rdfxml';
	if (/\.(jsonld|json)$/i.test(name)) return 'jsonld';
	if (/\.(ttl|n3|nt|turtle)$/i.test(name)) return 'turtle';
	const first = text.trimStart()[0];
	return first === '<' && /^\s*<(\?xml|rdf:RDF)/.test(text) ? 'rdfxml' : first === '{' || first === '[' ? 'jsonld' : 'turtle';
}

/** Adds the triples of `text` to `store`; throws an Error whose message says where the syntax breaks. */
export async function parseInto(store: Store, text: string, syntax: RdfSyntax, baseIRI: string): Promise<void> {
	if (syntax === 'turtle') {
		store.addQuads(new Parser({ baseIRI }).parse(text));
		return;
	}
	if (syntax === 'rdfxml') {
		await new Promise<void>((resolve, reject) => {
			const parser = new RdfXmlParser({ baseIRI });
			parser.on('data', (quad: Quad) => store.addQuad(quad));
			parser.on('error', reject);
			parser.on('end', resolve);
			parser.write(text);
			parser.end();
		});
		return;
	}
	const documentLoader = async (url: string) => {
		throw new Error(`the document refers to the remote context ${url}, which is not fetched; put the context inline`);
	};
	const document = JSON.parse(text);
	const nquads = (await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader, base: baseIRI } as object)) as unknown as string;
	store.addQuads(new Parser({ format: 'application/n-quads' }).parse(nquads));
}
