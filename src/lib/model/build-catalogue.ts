import type { CatalogueRecord, DatasetRecord, PublisherRecord, RequestRecord } from '../records.ts';
import type { Catalogue, Dataset, DistributionExtras, Publisher } from './catalogue.ts';
import { buildRequestLog } from './request-log.ts';

/**
 * Builds the lookup-ready model from validated records, filling in configuration defaults.
 * `extras` gives what the loader found out about the distribution `index` of the dataset read from `sourcePath`.
 */
export function buildCatalogue(
	config: CatalogueRecord,
	publishers: Array<{ record: PublisherRecord; sourcePath: string }>,
	datasets: Array<{ record: DatasetRecord; sourcePath: string }>,
	requests: Array<{ record: RequestRecord; sourcePath: string }> = [],
	extras: (sourcePath: string, index: number) => DistributionExtras = () => ({}),
): Catalogue {
	const byId = <T extends { sourcePath: string }>(items: T[], id: (item: T) => string) =>
		[...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
	const publisherList: Publisher[] = byId(
		publishers.map(({ record, sourcePath }) => ({ ...record, sourcePath })),
		(p) => p.id,
	);
	const datasetList: Dataset[] = byId(
		datasets.map(({ record, sourcePath }) => ({
			...record,
			sourcePath,
			...(record.distributions ? { distributions: record.distributions.map((d, i) => ({ ...d, ...withoutUndefined(extras(sourcePath, i)) })) } : {}),
		})),
		(d) => d.identifier,
	);
	return {
		config: { ...config, site: { url: config.site.url, base: config.site.base ?? '/' }, page_size: config.page_size ?? 25 },
		languages: config.languages,
		defaultLanguage: config.languages[0]!,
		publishers: publisherList,
		datasets: datasetList,
		publisherById: new Map(publisherList.map((p) => [p.id, p])),
		datasetById: new Map(datasetList.map((d) => [d.identifier, d])),
		licenceById: new Map(config.licences.map((l) => [l.id, l])),
		...buildRequestLog(requests),
	};
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
