import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticAt } from '../diagnostics/located.ts';
import type { DataPath } from '../load/locate.ts';
import type { CatalogueRecord, DatasetRecord } from '../records.ts';
import type { CheckedFile } from './cross-checks.ts';

/** Schemes a distribution may use that browsers no longer open: allowed, but worth a warning. */
const NON_WEB_SCHEME = /^(ftps?|sftp):\/\//i;

/**
 * What "open" may mean: under the International Open Data Charter open data is data under an open
 * licence, so an open dataset (or one of its distributions) under a licence marked `open: false` is
 * an error, and nothing would publish it as open. Distribution addresses that are not web addresses
 * (ftp://) are allowed, as real catalogues use them, but reported as a warning.
 */
export function checkAccess(catalogue: CatalogueRecord | undefined, datasets: readonly CheckedFile<DatasetRecord>[]): Diagnostic[] {
	const out: Diagnostic[] = [];
	const closed = new Set((catalogue?.licences ?? []).filter((l) => l.open === false).map((l) => l.id));
	for (const file of datasets) {
		const { record } = file;
		if (record.access_level === 'open') {
			const licences: Array<[DataPath, string | undefined]> = [
				[['licence'], record.licence],
				...(record.distributions ?? []).map((d, i): [DataPath, string | undefined] => [['distributions', i, 'licence'], d.licence]),
			];
			for (const [path, id] of licences) {
				if (id === undefined || !closed.has(id)) continue;
				out.push(
					diagnosticAt(file.parsed, 'error', path, {
						code: 'licence.not-open',
						message: 'is a licence that is not open, on an open dataset',
						got: JSON.stringify(id),
						hint: 'open data is data under an open licence (International Open Data Charter): choose a licence marked open in catalogue.yaml, or set access_level to restricted (with the exemption and rationale) or under_review',
					}),
				);
			}
		}
		(record.distributions ?? []).forEach((distribution, i) => {
			for (const key of ['download_url', 'access_url'] as const) {
				const url = distribution[key];
				if (!url || !NON_WEB_SCHEME.test(url)) continue;
				out.push(
					diagnosticAt(file.parsed, 'warning', ['distributions', i, key], {
						code: 'link.non-web-scheme',
						message: 'is not a web address: most browsers no longer open it',
						got: JSON.stringify(url.slice(0, 80)),
						hint: 'if the publisher serves the same file over https, give that address instead',
					}),
				);
			}
		});
	}
	return out;
}
