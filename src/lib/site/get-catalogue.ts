import { resolve } from 'node:path';
import { formatText } from '../diagnostics/format.ts';
import { loadCatalogue } from '../catalogue.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { resolveAsOf } from '../schedules/as-of.ts';

let pending: Promise<Catalogue> | undefined;

/**
 * Where `npm run build` leaves the catalogue it has just loaded and validated, for the pages of the
 * Astro build it then runs in the same process. Astro bundles the pages, so they hold their own
 * copy of this module: the catalogue goes through the process's global object, under a registered
 * symbol, rather than through a module variable.
 */
const HANDED_OVER = Symbol.for('open-data-catalogue.validated-catalogue');

interface HandedOver {
	root: string;
	asOf: string;
	catalogue: Catalogue;
}

/**
 * Gives the Astro build of this process the catalogue loaded from `root` and validated as of
 * `asOf`, so the pages do not load it again (scripts/build.ts).
 */
export function handOverCatalogue(root: string, asOf: string, catalogue: Catalogue): void {
	(globalThis as Record<symbol, HandedOver | undefined>)[HANDED_OVER] = { root: resolve(root), asOf, catalogue };
}

/** The catalogue handed over for `root` and `asOf`, if the build command loaded that one. */
function handedOver(root: string, asOf: string): Catalogue | undefined {
	const handed = (globalThis as Record<symbol, HandedOver | undefined>)[HANDED_OVER];
	return handed && handed.root === resolve(root) && handed.asOf === asOf ? handed.catalogue : undefined;
}

/**
 * The validated catalogue the site is built from, from `CATALOGUE_DIR` (default: the working
 * directory), with release schedules judged on `AS_OF` (default: today): the one `npm run build`
 * loaded and validated before starting Astro, else loaded once per build. A catalogue with errors
 * stops the build with every error listed.
 */
export function getCatalogue(): Promise<Catalogue> {
	const root = process.env.CATALOGUE_DIR ?? process.cwd();
	const asOf = resolveAsOf(undefined);
	const handed = handedOver(root, asOf);
	if (handed) return Promise.resolve(handed);
	pending ??= loadCatalogue(root, { asOf }).then(({ catalogue, diagnostics }) => {
		if (!catalogue) {
			const errors = diagnostics.filter((d) => d.severity === 'error');
			throw new Error(`The catalogue has ${errors.length} error(s); run npm run validate for details.\n${formatText(errors.slice(0, 20))}`);
		}
		return catalogue;
	});
	return pending;
}
