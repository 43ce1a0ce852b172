import type { CatalogueRecord, DatasetRecord, PublisherRecord, RequestRecord } from '../records.ts';
import { todayUtc } from '../schedules/planned-date.ts';
import { emptySchedule } from './build-schedule.ts';
import type { Catalogue, Dataset, DistributionExtras, Publisher } from './catalogue.ts';
import { buildRequestLog } from './request-log.ts';
import type { Schedule } from './schedule.ts';

/** What the model is built from besides the catalogue, publisher and dataset files. */
export interface CatalogueParts {
	/** The request log's files. */
	requests?: Array<{ record: RequestRecord; sourcePath: string }>;
	/** What the loader found out about the distribution `index` of the dataset read from `sourcePath`. */
	distributionExtras?: (sourcePath: string, index: number) => DistributionExtras;
	/** The plans and release schedules; default: an empty schedule judged on today's date. */
	schedule?: Schedule;
}

/**
 * Builds the lookup-ready model from validated records, filling in configuration defaults.
 */
export function buildCatalogue(
	config: CatalogueRecord,
	publishers: Array<{ record: PublisherRecord; sourcePath: string }>,
	datasets: Array<{ record: DatasetRecord; sourcePath: string }>,
	{ requests = [], distributionExtras: extras = () => ({}), schedule = emptySchedule(todayUtc()) }: CatalogueParts = {},
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
		schedule,
	};
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
