import type { CatalogueRecord, DatasetRecord, PublisherRecord } from '../records.ts';
import { todayUtc } from '../schedules/planned-date.ts';
import { emptySchedule } from './build-schedule.ts';
import type { Catalogue, Dataset, Publisher } from './catalogue.ts';
import type { Schedule } from './schedule.ts';

/**
 * Builds the lookup-ready model from validated records, filling in configuration defaults. A
 * catalogue without plans or release schedules gets an empty schedule judged on today's date.
 */
export function buildCatalogue(
	config: CatalogueRecord,
	publishers: Array<{ record: PublisherRecord; sourcePath: string }>,
	datasets: Array<{ record: DatasetRecord; sourcePath: string }>,
	schedule: Schedule = emptySchedule(todayUtc()),
): Catalogue {
	const byId = <T extends { sourcePath: string }>(items: T[], id: (item: T) => string) =>
		[...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
	const publisherList: Publisher[] = byId(
		publishers.map(({ record, sourcePath }) => ({ ...record, sourcePath })),
		(p) => p.id,
	);
	const datasetList: Dataset[] = byId(
		datasets.map(({ record, sourcePath }) => ({ ...record, sourcePath })),
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
		schedule,
	};
}
