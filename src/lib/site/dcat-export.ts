/**
 * The DCAT-AP export the site publishes, made and SHACL-validated once per build. A violation of
 * the shapes stops the build with every located message; warnings are printed.
 */
import type { Catalogue } from '../model/catalogue.ts';
import { toDcatAp, type DcatApOptions, type JsonLdDocument } from '../export/dcat-ap/catalogue.ts';
import { toGraph, toTurtle } from '../export/dcat-ap/rdf.ts';
import { shaclViolations, validateWithShacl } from '../export/dcat-ap/shacl.ts';
import { readShapes } from '../export/dcat-ap/shapes.ts';
import { sourceMapOf } from '../export/dcat-ap/source-map.ts';
import { getCatalogue } from './get-catalogue.ts';
import { siteLocation } from './site-iris.ts';

/** The catalogue's export in both serializations. */
export interface DcatExport {
	catalogue: Catalogue;
	options: DcatApOptions;
	jsonld: JsonLdDocument;
	turtle: string;
}

let pending: Promise<DcatExport> | undefined;

/** The validated export of the build's catalogue, for a site published at `site`. */
export function getDcatExport(site: URL | undefined): Promise<DcatExport> {
	pending ??= getCatalogue().then((catalogue) => exportAndValidate(catalogue, siteLocation(site)));
	return pending;
}

/** Exports `catalogue`, validates it with the project's shapes and throws on any violation. */
export async function exportAndValidate(catalogue: Catalogue, options: DcatApOptions): Promise<DcatExport> {
	const jsonld = toDcatAp(catalogue, options);
	const graph = toGraph(jsonld);
	const findings = await validateWithShacl(graph, readShapes(), sourceMapOf(catalogue, options));
	const violations = shaclViolations(findings);
	for (const warning of findings.filter((finding) => finding.severity === 'warning')) console.warn(`DCAT-AP warning: ${warning.message}`);
	if (violations.length > 0) {
		throw new Error(`The DCAT-AP export breaks ${violations.length} SHACL rule(s):\n${violations.map((v) => `  ${v.message}`).join('\n')}`);
	}
	return { catalogue, options, jsonld, turtle: await toTurtle(graph) };
}
