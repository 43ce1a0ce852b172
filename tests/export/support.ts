import { join } from 'node:path';
import type { Quad } from 'n3';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { expand } from '../../src/lib/export/dcat-ap/context.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

/** A freshly loaded catalogue (a new object each time, so a test may mutate it). */
export async function loadFixture(folder: string): Promise<Catalogue> {
	const { catalogue, diagnostics } = await loadCatalogue(folder.startsWith('/') ? folder : join(REPO_ROOT, folder));
	if (!catalogue) throw new Error(`fixture ${folder} does not load: ${JSON.stringify(diagnostics.slice(0, 3))}`);
	return catalogue;
}

/** The objects of `subject predicate ?o`, as `value` or `value@lang` or `value^^datatype` (compact). */
export function objects(quads: readonly Quad[], subject: string, predicate: string): string[] {
	const p = expand(predicate);
	return quads
		.filter((q) => q.subject.value === subject && q.predicate.value === p)
		.map((q) => {
			const o = q.object;
			if (o.termType !== 'Literal') return o.value;
			if (o.language) return `${o.value}@${o.language}`;
			return o.datatype.value === expand('xsd:string') ? o.value : `${o.value}^^${o.datatype.value}`;
		})
		.sort();
}
