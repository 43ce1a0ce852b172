/** The Charter scorecard of the catalogue being built, computed once per build (page and exports share it). */
import { computeScorecard, type Scorecard } from '../scorecard/compute.ts';
import { getCatalogue } from './get-catalogue.ts';
import { getHistory } from './get-history.ts';
import { derivedFromCatalogue } from './catalogue-store.ts';

/** The scorecard of `CATALOGUE_DIR` on the build's as-of date. */
export function getScorecard(): Promise<Scorecard> {
	return derivedFromCatalogue('scorecard', () =>
		Promise.all([getCatalogue(), getHistory()]).then(([catalogue, history]) => computeScorecard(catalogue, history)),
	);
}
