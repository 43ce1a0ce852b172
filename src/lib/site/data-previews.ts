/**
 * Which distributions of a dataset get a block under "Look at the data", and of what kind: a preview
 * made at build time (a CSV or TSV published with the site), one the browser loads on request (a
 * CSV or TSV on another server), or the data dictionary alone (any other distribution that has one).
 */
import { TABULAR_FORMATS } from '../data-files/check-data-files.ts';
import type { TableProfile } from '../csv/table-profile.ts';
import type { Catalogue, Dataset, Distribution } from '../model/catalogue.ts';
import { safeHref } from '../render/markdown.ts';

/** The largest remote file a browser downloads for a preview, when catalogue.yaml's data_preview does not say. */
export const DEFAULT_REMOTE_SIZE_LIMIT_MB = 10;
/** How long a browser waits for a remote file, when catalogue.yaml's data_preview does not say. */
export const DEFAULT_REMOTE_TIMEOUT_SECONDS = 20;

/** One distribution's block. */
export type PreviewPlan = {
	distribution: Distribution;
	/** Position in the dataset's distributions, from 1 (as in the distribution's IRI). */
	number: number;
} & (
	| { kind: 'built'; profile: TableProfile }
	| { kind: 'remote'; url: string; limitBytes: number; timeoutSeconds: number; tooLarge: boolean }
	| { kind: 'dictionary' }
);

/** The blocks of a dataset's page, in the order of its distributions. */
export function previewPlans(dataset: Dataset, settings: Catalogue['config']['data_preview']): PreviewPlan[] {
	const limitBytes = (settings?.remote_size_limit_mb ?? DEFAULT_REMOTE_SIZE_LIMIT_MB) * 1_000_000;
	const timeoutSeconds = settings?.remote_timeout_seconds ?? DEFAULT_REMOTE_TIMEOUT_SECONDS;
	return (dataset.distributions ?? []).flatMap((distribution, index): PreviewPlan[] => {
		const number = index + 1;
		if (distribution.preview?.ok) return [{ distribution, number, kind: 'built', profile: distribution.preview.profile }];
		const url = safeHref(distribution.download_url);
		if (url && !distribution.siteFile && TABULAR_FORMATS.has(distribution.format)) {
			const tooLarge = distribution.byte_size !== undefined && distribution.byte_size > limitBytes;
			return [{ distribution, number, kind: 'remote', url, limitBytes, timeoutSeconds, tooLarge }];
		}
		return distribution.dictionary ? [{ distribution, number, kind: 'dictionary' }] : [];
	});
}
