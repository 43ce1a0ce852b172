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
	data_json: DataJsonCodes;
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
