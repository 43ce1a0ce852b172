import { formatText } from '../diagnostics/format.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { loadedCatalogue } from './catalogue-store.ts';

export { handOverCatalogue } from './catalogue-store.ts';

/**
 * The validated catalogue the site is built from, from `CATALOGUE_DIR` (default: the working
 * directory), with release schedules judged on `AS_OF` (default: today): the one `npm run build`
 * loaded and validated before starting Astro (handOverCatalogue), else loaded once per build. A
 * catalogue with errors stops the build with every error listed (in the dev server, Astro shows
 * them in its error overlay until the file is fixed). The dev server reloads it when a file changes
 * (catalogue-store.ts).
 */
export function getCatalogue(): Promise<Catalogue> {
	return loadedCatalogue().then(({ catalogue, diagnostics }) => {
		if (!catalogue) {
			const errors = diagnostics.filter((d) => d.severity === 'error');
			throw new Error(`The catalogue has ${errors.length} error(s); run npm run validate for details.\n${formatText(errors.slice(0, 20))}`);
		}
		return catalogue;
	});
}
