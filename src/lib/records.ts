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
	languages?: string[];
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
