/**
 * The addresses of one dataset the link checker visits and a broken link is reported for: the
 * dataset's landing page and documentation links, and each distribution's download, access and
 * data dictionary links. A dataset-level link has no distribution number.
 */
import type { Dataset } from '../model/catalogue.ts';

/** The fields of a distribution that hold an address. */
export const DISTRIBUTION_LINK_FIELDS = ['download_url', 'access_url', 'data_dictionary'] as const;

/** The field an address comes from: a distribution's, or the dataset's own `landing_page` or `documentation`. */
export type LinkField = (typeof DISTRIBUTION_LINK_FIELDS)[number] | 'landing_page' | 'documentation';

/** One address of a dataset and where it appears. */
export interface DatasetLink {
	url: string;
	field: LinkField;
	/** Which distribution (from 1) the address is of; absent for the dataset's own links. */
	distribution?: number;
}

/** Every address of `dataset`, the dataset's own links first, then its distributions' in order. */
export function datasetLinks(dataset: Pick<Dataset, 'landing_page' | 'documentation' | 'distributions'>): DatasetLink[] {
	const links: DatasetLink[] = [];
	if (dataset.landing_page !== undefined) links.push({ url: dataset.landing_page, field: 'landing_page' });
	for (const url of dataset.documentation ?? []) links.push({ url, field: 'documentation' });
	(dataset.distributions ?? []).forEach((distribution, index) => {
		for (const field of DISTRIBUTION_LINK_FIELDS) {
			const url = distribution[field];
			if (url !== undefined) links.push({ url, field, distribution: index + 1 });
		}
	});
	return links;
}

/** Where a link appears, in English for the command line: `distribution 2, download_url`, or `landing_page`. */
export function linkPlace(link: Pick<DatasetLink, 'field' | 'distribution'>): string {
	return link.distribution === undefined ? link.field : `distribution ${link.distribution}, ${link.field}`;
}
