import type { CatalogueRecord, DatasetRecord, LicenceRecord, PublisherRecord } from '../records.ts';
import type { Schedule } from './schedule.ts';

/** A dataset with where it came from, as the site and the exports see it. */
export interface Dataset extends DatasetRecord {
	/** The file it was read from, relative to the catalogue root, e.g. `datasets/mto/traffic-volumes.yaml`. */
	sourcePath: string;
}

/** A publisher with where it came from. */
export interface Publisher extends PublisherRecord {
	sourcePath: string;
}

/** The validated catalogue: configuration, publishers and datasets, with lookup tables. */
export interface Catalogue {
	/** `catalogue.yaml` with defaults filled in (`site.base`, `page_size`). */
	config: CatalogueRecord & { site: { url: string; base: string }; page_size: number };
	/** Site languages; the first is the default. */
	languages: string[];
	defaultLanguage: string;
	/** Publishers sorted by identifier. */
	publishers: Publisher[];
	/** Datasets sorted by identifier. */
	datasets: Dataset[];
	publisherById: Map<string, Publisher>;
	datasetById: Map<string, Dataset>;
	licenceById: Map<string, LicenceRecord>;
	/** The implementation plans and release schedules (`schedules/`), judged on the build's date. */
	schedule: Schedule;
}
