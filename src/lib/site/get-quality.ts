import { readLinkReport } from '../links/link-report.ts';
import { catalogueQuality, type CatalogueQuality } from '../quality/catalogue-quality.ts';
import { getCatalogue } from './get-catalogue.ts';
import { derivedFromCatalogue } from './catalogue-store.ts';

/**
 * The quality of the catalogue the site is built from, with the link results of the
 * `link-report.json` committed beside it (the build never checks links itself). Computed once per
 * build.
 */
export function getQuality(): Promise<CatalogueQuality> {
	return derivedFromCatalogue('quality', () =>
		getCatalogue().then((catalogue) => catalogueQuality(catalogue, readLinkReport(process.env.CATALOGUE_DIR ?? process.cwd()))),
	);
}
