/**
 * The cache key of a page that lists planned releases (a ministry's schedule page), for Astro's
 * incremental build (src/lib/site/page-cache-key.ts). The releases themselves, their publishers,
 * the requests shown on their rows and the as-of date are in the catalogue-wide key; what a row
 * shows besides is the record of the dataset it names (its title, and whether it links to a
 * dataset page), so a title changed in one dataset file renders again only the schedule page
 * that lists it, not the hundred others. The page's change history is keyed too, with the records
 * of the datasets its changes name (a request's datasets are shown by title).
 */
import type { PageEntry } from '../../history/merge.ts';
import type { History } from '../../history/read-history.ts';
import type { Catalogue } from '../../model/catalogue.ts';
import type { PlannedRelease } from '../../model/schedule.ts';
import { datasetDigest } from '../../model/dataset-digest.ts';
import { catalogueWideKey, pageCacheKey } from '../page-cache-key.ts';

/** The digest of the dataset `id` names (model/dataset-digest.ts), or `-` when the catalogue has no such dataset (the row shows its schedule title). */
function datasetKey(catalogue: Catalogue, id: string): string {
	const dataset = catalogue.datasetById.get(id);
	return dataset ? datasetDigest(dataset) : '-';
}

/** The identifiers of the datasets the changes of `entries` name (shown by title on the page). */
function namedDatasets(entries: readonly PageEntry[]): string[] {
	return entries.flatMap((entry) => entry.changes.flatMap(({ change }) => (change.type === 'request-datasets' ? [...change.added, ...change.removed] : [])));
}

/**
 * The key of a page showing `releases` with the change history `entries` (and the history's
 * `notice`): the catalogue-wide key, then each row's dataset record, the history and the records
 * of the datasets it names.
 */
export function releasesPageKey(catalogue: Catalogue, releases: readonly PlannedRelease[], entries: readonly PageEntry[], notice: History['notice']): string {
	const rows = releases.map((release) => datasetKey(catalogue, release.datasetId));
	const named = namedDatasets(entries).map((id) => datasetKey(catalogue, id));
	return pageCacheKey(catalogueWideKey(catalogue), rows, entries, named, notice ?? null);
}
