import type { PreviewOutcome } from '../csv/preview-outcome.ts';
import type { CatalogueRecord, DatasetRecord, DistributionRecord, LicenceRecord, PublisherRecord, TableSchemaRecord } from '../records.ts';
import type { RequestLog } from './request-log.ts';
import type { Schedule } from './schedule.ts';
import type { ScorecardConfig } from '../scorecard/config.ts';

export type { RequestLogEntry } from './request-log.ts';

/** A dataset with where it came from, as the site and the exports see it. */
export interface Dataset extends Omit<DatasetRecord, 'distributions'> {
	/** The file it was read from, relative to the catalogue root, e.g. `datasets/mto/traffic-volumes.yaml`. */
	sourcePath: string;
	distributions?: Distribution[];
}

/** What the loader found out about a distribution beyond its record: its dictionary, its file on the site, its preview. */
export interface DistributionExtras {
	/** The data dictionary, read from its file when `schema` names one, and the file it is written in. */
	dictionary?: { schema: TableSchemaRecord; sourcePath: string };
	/** For a file published with the site: its path in the repository, `public/data/…`. */
	siteFile?: string;
	/** For a CSV or TSV file published with the site: its preview, read at build time. */
	preview?: PreviewOutcome;
}

/** A distribution as the site sees it. */
export interface Distribution extends DistributionRecord, DistributionExtras {}

/** A publisher with where it came from. */
export interface Publisher extends PublisherRecord {
	sourcePath: string;
}

/** The validated catalogue: configuration, publishers, datasets and the request log, with lookup tables. */
export interface Catalogue extends RequestLog {
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
	/** The Charter scorecard's indicators (`scorecard.yaml`, else the default set). */
	scorecard?: ScorecardConfig;
}
