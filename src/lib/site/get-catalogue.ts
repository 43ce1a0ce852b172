import { formatText } from '../diagnostics/format.ts';
import { loadCatalogue } from '../catalogue.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { resolveAsOf } from '../schedules/as-of.ts';

let pending: Promise<Catalogue> | undefined;

/**
 * The validated catalogue the site is built from, loaded once per build from `CATALOGUE_DIR`
 * (default: the working directory), with release schedules judged on `AS_OF` (default: today).
 * A catalogue with errors stops the build with every error listed.
 */
export function getCatalogue(): Promise<Catalogue> {
	pending ??= loadCatalogue(process.env.CATALOGUE_DIR ?? process.cwd(), { asOf: resolveAsOf(undefined) }).then(({ catalogue, diagnostics }) => {
		if (!catalogue) {
			const errors = diagnostics.filter((d) => d.severity === 'error');
			throw new Error(`The catalogue has ${errors.length} error(s); run npm run validate for details.\n${formatText(errors.slice(0, 20))}`);
		}
		return catalogue;
	});
	return pending;
}
