import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import type { JsonLdDocument } from '../../src/lib/export/dcat-ap/catalogue.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

/** A freshly loaded catalogue (a new object each time, so a test may mutate it). */
export async function loadFixture(folder: string): Promise<Catalogue> {
	const { catalogue, diagnostics } = await loadCatalogue(folder.startsWith('/') ? folder : join(REPO_ROOT, folder));
	if (!catalogue) throw new Error(`fixture ${folder} does not load: ${JSON.stringify(diagnostics.slice(0, 3))}`);
	return catalogue;
}

/**
 * The quads a general JSON-LD processor (jsonld.js, safe mode, no remote contexts) makes of a
 * document: the reference the export's own conversion (`toGraph`) is compared with.
 */
export async function quadsByJsonLdProcessor(document: JsonLdDocument): Promise<Quad[]> {
	const documentLoader = async (url: string) => {
		throw new Error(`Refusing to load the remote JSON-LD context ${url}`);
	};
	const nquads = (await jsonld.toRDF(document as object, { format: 'application/n-quads', documentLoader, safe: true } as object)) as string;
	return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

/** The objects of `subject predicate ?o`, as `value` or `value@lang` or `value^^datatype` (compact). */
export function objects(quads: Iterable<Quad>, subject: string, predicate: string): string[] {
	const p = expand(predicate);
	return [...quads]
		.filter((q) => q.subject.value === subject && q.predicate.value === p)
		.map((q) => {
			const o = q.object;
			if (o.termType !== 'Literal') return o.value;
			if (o.language) return `${o.value}@${o.language}`;
			return o.datatype.value === expand('xsd:string') ? o.value : `${o.value}^^${o.datatype.value}`;
		})
		.sort();
}
