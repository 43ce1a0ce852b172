/** What a dataset page says about one distribution, worked out from the record and the catalogue. */
import { publicUrlPath } from '../data-files/site-file.ts';
import type { Catalogue, Distribution } from '../model/catalogue.ts';
import type { DatasetRecord, DistributionRecord, LicenceRecord } from '../records.ts';
import { safeDistributionHref, safeHref } from '../render/markdown.ts';
import { assetHref } from '../routes.ts';
import { fileType } from '../vocabularies/index.ts';

/** A distribution as the distributions table shows it. */
export interface DistributionView {
	record: DistributionRecord;
	/** The media type given, or the one that goes with the format. */
	mediaType: string | undefined;
	/** The distribution's own licence, else the dataset's. */
	licence: LicenceRecord | undefined;
	/** Where the link goes: the file itself, or a page or service that gives access. */
	link: { kind: 'download' | 'access'; href: string } | undefined;
	/** The data dictionary's address, when it is safe to link. */
	dataDictionaryHref: string | undefined;
}

/**
 * Describes a distribution of `dataset` for display. Pure apart from map look-ups. A file published
 * with the site is linked on the site being built (base path included), wherever it is deployed.
 */
export function describeDistribution(
	distribution: DistributionRecord & Pick<Distribution, 'siteFile'>,
	dataset: Pick<DatasetRecord, 'licence'>,
	licenceById: Catalogue['licenceById'],
	base?: string,
): DistributionView {
	const download = distribution.siteFile ? assetHref(publicUrlPath(distribution.siteFile), base) : safeDistributionHref(distribution.download_url);
	const access = safeDistributionHref(distribution.access_url);
	const licenceId = distribution.licence ?? dataset.licence;
	return {
		record: distribution,
		mediaType: distribution.media_type ?? fileType(distribution.format)?.mediaType,
		licence: licenceId === undefined ? undefined : licenceById.get(licenceId),
		link: download ? { kind: 'download', href: download } : access ? { kind: 'access', href: access } : undefined,
		dataDictionaryHref: safeHref(distribution.data_dictionary),
	};
}
