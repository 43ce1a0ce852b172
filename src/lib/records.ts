/**
 * The shapes of the files ministries commit, as they are after they pass schema validation.
 * `schemas/*.schema.json` is the source of truth; these types mirror it for the compiler (a file
 * that reaches this type has passed the schema, and the example catalogue is type-checked through
 * the pages that render it).
 */

/** A text per language code, e.g. `{ en: 'Roads', fr: 'Routes' }`. */
export type LocalizedText = Partial<Record<string, string>>;

/** A list of keywords per language code. */
export type LocalizedKeywords = Partial<Record<string, string[]>>;

export type AccessLevel = 'open' | 'restricted' | 'under_review';

export type Exemption =
	| 'legal_and_contractual_obligations'
	| 'privacy'
	| 'security'
	| 'confidentiality'
	| 'commercial_sensitivity';

export type PublisherType = 'ministry' | 'agency' | 'crown_corporation' | 'office' | 'municipality';

export interface ContactRecord {
	name?: LocalizedText;
	email: string;
	url?: string;
}

export interface LicenceRecord {
	id: string;
	name: LocalizedText;
	url: string;
	equivalent?: string;
	open?: boolean;
}

/** The US federal codes of data.json (Project Open Data v1.1), e.g. `000:00` and `000:000`. */
export interface DataJsonCodes {
	bureau_code: string;
	program_code: string;
}

/** `catalogue.yaml`. */
export interface CatalogueRecord {
	title: LocalizedText;
	description: LocalizedText;
	publisher: { name: LocalizedText; email: string; homepage?: string };
	languages: string[];
	site: { url: string; base?: string };
	licences: LicenceRecord[];
	themes: string[];
	page_size?: number;
	feedback?: FeedbackConfigRecord;
	data_json: DataJsonCodes;
	data_preview?: DataPreviewSettings;
	history?: HistorySettings;
}

/** `history` in `catalogue.yaml`: where changes link to. */
export interface HistorySettings {
	/** `owner/name` of the GitHub repository, for links to commits. */
	repository?: string;
}

/** `data_preview` in `catalogue.yaml`. */
export interface DataPreviewSettings {
	dictionary_check?: 'error' | 'warning';
	remote_size_limit_mb?: number;
	remote_timeout_seconds?: number;
}

/** How the feedback form delivers messages (`feedback` in `catalogue.yaml`). */
export type FeedbackChannelName = 'endpoint' | 'github' | 'email';

/** `feedback` in `catalogue.yaml`. */
export interface FeedbackConfigRecord {
	channel: FeedbackChannelName;
	endpoint?: string;
	repository?: string;
	email?: string;
}

/** `publishers/<id>.yaml`. */
export interface PublisherRecord {
	id: string;
	name: LocalizedText;
	acronym?: LocalizedText;
	type: PublisherType;
	description?: LocalizedText;
	homepage?: string;
	email: string;
	data_json?: DataJsonCodes;
}

export interface DistributionRecord {
	title: LocalizedText;
	description?: LocalizedText;
	download_url?: string;
	access_url?: string;
	format: string;
	media_type?: string;
	byte_size?: number;
	licence?: string;
	data_dictionary?: string;
	/** A data dictionary: the name of a `.schema.yaml`/`.schema.json` file beside the dataset, or the dictionary itself. */
	schema?: string | TableSchemaRecord;
	languages?: string[];
}

/** The types of column a data dictionary can declare (Frictionless Table Schema). */
export type FieldType =
	| 'string'
	| 'number'
	| 'integer'
	| 'boolean'
	| 'date'
	| 'time'
	| 'datetime'
	| 'year'
	| 'yearmonth'
	| 'duration'
	| 'geopoint'
	| 'geojson'
	| 'object'
	| 'array'
	| 'any';

/** A value in a constraint: a number, a date or time written as text, text, or true/false. */
export type ConstraintValue = string | number | boolean;

/** The rules of one column of a data dictionary. */
export interface FieldConstraints {
	required?: boolean;
	unique?: boolean;
	enum?: ConstraintValue[];
	minimum?: ConstraintValue;
	maximum?: ConstraintValue;
	exclusiveMinimum?: ConstraintValue;
	exclusiveMaximum?: ConstraintValue;
	minLength?: number;
	maxLength?: number;
	pattern?: string;
}

/** One column of a data dictionary. */
export interface FieldRecord {
	name: string;
	title?: LocalizedText;
	description?: LocalizedText;
	type?: FieldType;
	format?: string;
	example?: ConstraintValue;
	constraints?: FieldConstraints;
	missingValues?: string[];
	trueValues?: string[];
	falseValues?: string[];
	decimalChar?: string;
	groupChar?: string;
	bareNumber?: boolean;
	rdfType?: string;
}

/** A data dictionary (`schemas/table-schema.schema.json`): inline in a distribution or in `datasets/<publisher>/<name>.schema.yaml`. */
export interface TableSchemaRecord {
	$schema?: string;
	fields: FieldRecord[];
	fieldsMatch?: 'exact' | 'equal' | 'subset' | 'superset' | 'partial';
	missingValues?: string[];
	primaryKey?: string | string[];
	uniqueKeys?: string[][];
}

/** `datasets/<publisher-id>/<dataset-id>.yaml`. */
export interface DatasetRecord {
	identifier: string;
	title: LocalizedText;
	description: LocalizedText;
	publisher: string;
	contact_point: ContactRecord;
	keywords?: LocalizedKeywords;
	themes: string[];
	access_level: AccessLevel;
	exemption?: Exemption;
	rationale?: LocalizedText;
	review_note?: LocalizedText;
	licence?: string;
	issued: string;
	modified: string;
	update_frequency: string;
	temporal_coverage?: { start: string; end?: string };
	spatial_coverage?: { name: LocalizedText; uri?: string; bbox?: [number, number, number, number] };
	languages?: string[];
	high_value?: boolean;
	high_value_reasons?: LocalizedText;
	distributions?: DistributionRecord[];
}

/** What a message to the catalogue is about; the feedback form's choices and a request's `type`. */
export type FeedbackType = 'request' | 'problem' | 'plan' | 'general';

/** Where a request stands after a status update. */
export type RequestStatus = 'received' | 'under_review' | 'planned' | 'released' | 'not_held' | 'declined';

/** One dated step in answering a request. */
export interface RequestUpdateRecord {
	date: string;
	status: RequestStatus;
	note?: LocalizedText;
}

/** `requests/<id>.yaml`: a request from the public and how it was answered. */
export interface RequestRecord {
	id: string;
	title: LocalizedText;
	type: FeedbackType;
	received: string;
	publisher: string;
	summary?: LocalizedText;
	datasets?: string[];
	updates: RequestUpdateRecord[];
}

/** An Open Government Partnership completion level of a plan milestone. */
export type Completion = 'not_started' | 'limited' | 'substantial' | 'complete' | 'withdrawn';

export interface MilestoneRecord {
	title: LocalizedText;
	start: string;
	end: string;
	completion: Completion;
	evidence?: string[];
}

export interface CommitmentRecord {
	id: string;
	title: LocalizedText;
	description: LocalizedText;
	/** Charter principles, `1` to `6`, optionally with a letter: `2a`. */
	principles: string[];
	lead_publisher: string;
	start: string;
	end: string;
	milestones: MilestoneRecord[];
}

/** `schedules/<plan-id>.yaml`: the implementation schedule and plan. */
export interface PlanRecord {
	id: string;
	title: LocalizedText;
	description?: LocalizedText;
	period: { start: string; end: string };
	charter: { name: LocalizedText; adopted: string; url?: string };
	lead: { name: LocalizedText; publisher?: string };
	contact_point: ContactRecord;
	commitments: CommitmentRecord[];
}

/** Where a planned release stands, as its ministry reports it. */
export type ReleaseStatus = 'planned' | 'in_progress' | 'released' | 'delayed' | 'cancelled';

/** One row of `schedules/<publisher-id>.csv`, empty cells left out. */
export interface ScheduleRowRecord {
	dataset_id: string;
	title_en?: string;
	title_fr?: string;
	/** `2027-03-31`, `2027-03` or `2027-Q1`. */
	planned_release: string;
	status: ReleaseStatus;
	actual_release?: string;
	high_value?: 'yes' | 'no';
	commitment?: string;
	priority_reason_en?: string;
	priority_reason_fr?: string;
	notes_en?: string;
	notes_fr?: string;
	delay_reason_en?: string;
	delay_reason_fr?: string;
}
