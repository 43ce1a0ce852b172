/**
 * The shapes of the files ministries commit, as they are after they pass schema validation.
 * `schemas/*.schema.json` is the source of truth: the record types are generated from it into
 * records.generated.ts (`npm run generate:types`; a test fails when they are out of date), and the
 * names below pick out their parts. Only what passed the schema reaches these types; the pages
 * that render them are type-checked with `astro check` in `npm test`.
 */
import type { CatalogueRecord, DatasetRecord, FieldRecord, MilestoneRecord, PublisherRecord, RequestRecord, ScheduleRowRecord } from './records.generated.ts';

export type * from './records.generated.ts';

export type AccessLevel = DatasetRecord['access_level'];

export type Exemption = NonNullable<DatasetRecord['exemption']>;

export type PublisherType = PublisherRecord['type'];

/** A licence of `catalogue.yaml`. */
export type LicenceRecord = CatalogueRecord['licences'][number];

/** The US federal codes of data.json (Project Open Data v1.1), e.g. `000:00` and `000:000`. */
export type DataJsonCodes = CatalogueRecord['data_json'];

/** `data_preview` in `catalogue.yaml`. */
export type DataPreviewSettings = NonNullable<CatalogueRecord['data_preview']>;

/** `feedback` in `catalogue.yaml`. */
export type FeedbackConfigRecord = NonNullable<CatalogueRecord['feedback']>;

/** How the feedback form delivers messages (`feedback` in `catalogue.yaml`). */
export type FeedbackChannelName = FeedbackConfigRecord['channel'];

/** The types of column a data dictionary can declare (Frictionless Table Schema). */
export type FieldType = NonNullable<FieldRecord['type']>;

/** The rules of one column of a data dictionary. */
export type FieldConstraints = NonNullable<FieldRecord['constraints']>;

/** What a message to the catalogue is about; the feedback form's choices and a request's `type`. */
export type FeedbackType = RequestRecord['type'];

/** One dated step in answering a request. */
export type RequestUpdateRecord = RequestRecord['updates'][number];

/** Where a request stands after a status update. */
export type RequestStatus = RequestUpdateRecord['status'];

/** An Open Government Partnership completion level of a plan milestone. */
export type Completion = MilestoneRecord['completion'];

/** Where a planned release stands, as its ministry reports it. */
export type ReleaseStatus = ScheduleRowRecord['status'];
