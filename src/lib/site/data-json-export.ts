/**
 * data.json as the site publishes it, made and checked against the Project Open Data v1.1 schema
 * once per build. A problem stops the build with every located message, as a SHACL violation of
 * the DCAT-AP export does.
 */
import { toDataJson } from '../export/data-json/catalog.ts';
import type { PodCatalog } from '../export/data-json/types.ts';
import { dataJsonProblems } from '../export/data-json/validate.ts';
import type { DcatApOptions } from '../export/dcat-ap/catalogue.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { derivedFromCatalogue } from './catalogue-store.ts';
import { getCatalogue } from './get-catalogue.ts';
import { siteLocation } from './site-iris.ts';

/** The checked data.json of the served catalogue, for a site published at `site` (`astro dev`; a build makes it in the export worker). */
export function getDataJson(site: URL | undefined): Promise<PodCatalog> {
	return derivedFromCatalogue('data-json', () => getCatalogue().then((catalogue) => exportDataJson(catalogue, siteLocation(site))));
}

/** data.json for `catalogue`; throws with every problem when it does not meet the schema. */
export function exportDataJson(catalogue: Catalogue, options: DcatApOptions): PodCatalog {
	const document = toDataJson(catalogue, options);
	const problems = dataJsonProblems(document, catalogue);
	if (problems.length > 0) {
		throw new Error(`data.json breaks ${problems.length} rule(s) of the Project Open Data v1.1 schema:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
	}
	return document;
}
