/**
 * The shapes of the files ministries commit, as they are once they pass schema validation.
 * Generated from schemas/*.schema.json by `npm run generate:types` (scripts/types/record-types.ts):
 * do not edit; change the schemas and generate again. tests/types/record-types.test.ts fails when
 * this file is not what the schemas give.
 */

/** The site configuration in catalogue.yaml: what the catalogue is, who runs it, its languages, address, licences and themes. */
export type CatalogueRecord = {
	/** The catalogue's name, per language; shown in every page's header and title. */
	title: LocalizedShortText;
	/** What the catalogue is and who it is for, per language (Markdown, no raw HTML). Shown on the home page. */
	description: LocalizedMarkdown;
	/** The office that runs the catalogue and answers for it. */
	publisher: {
		/** The office's name, per language. */
		name: LocalizedShortText;
		/** The office's mailbox. */
		email: string;
		/** The office's web site. */
		homepage?: string;
	};
	/** The languages of the site, as ISO 639-1 codes; the first is the default. The site supports en and fr. */
	languages: ('en' | 'fr')[];
	/** What a text missing in one of the catalogue's languages is: warning (the default; pages fall back to another language with a marker) or error (an officially bilingual government, whose law requires every text in both languages). With error, metadata_language does not excuse a missing translation. */
	missing_translations?: 'warning' | 'error';
	/** Where the site is served. */
	site: {
		/** The site's origin, without the base path. Overridden by --site when building for GitHub Pages. */
		url: string;
		/** The path the site is served under, starting and ending with /. Overridden by --base. */
		base?: string;
	};
	/** The licences datasets may use. Datasets refer to them by id. */
	licences: ({
		/** How datasets refer to the licence. */
		id: string;
		/** The licence's name, per language. */
		name: LocalizedShortText;
		/** The licence text. */
		url: string;
		/** The well-known licence this one is equivalent to, as an SPDX identifier, so harvesters can compare licences (OGL-Ontario is equivalent to CC-BY-4.0). */
		equivalent?: 'CC-BY-4.0' | 'CC-BY-SA-4.0' | 'CC0-1.0' | 'PDDL-1.0' | 'ODC-By-1.0' | 'ODbL-1.0' | 'OGL-UK-3.0';
		/** Whether the licence meets the Open Definition. Defaults to true. */
		open?: boolean;
	})[];
	/** The EU data themes the catalogue uses, in the order the home page shows them. */
	themes: ThemeCode[];
	/** The level of government the catalogue's publishers belong to: national, regional (a province, state or region) or local (a city or county). The DCAT-AP export types each publisher from it, as a national, regional or local authority (ADMS publisher types); a municipality is always a local authority and a crown corporation a company. */
	government_level?: 'national' | 'regional' | 'local';
	/** The area the catalogue's data covers, as a whole (the DCAT-AP catalogue's dct:spatial); each dataset gives its own. */
	spatial_coverage?: {
		/** The name of the area, per language. */
		name: LocalizedShortText;
		/** An identifier of the area in a gazetteer, such as GeoNames. */
		uri?: string;
		/** A bounding box as [west, south, east, north] in WGS 84 degrees. */
		bbox?: [number, number, number, number];
	};
	/** The licence of the catalogue's metadata (these descriptions, not the data they describe): the id of one of the licences above, such as a CC0 licence. It is the DCAT-AP catalogue's dct:license. */
	metadata_licence?: string;
	/** How many datasets a page of the dataset list shows. */
	page_size?: number;
	/** Where the feedback form sends what people write (dataset requests, problems with a dataset, comments on the release plan). Without this section messages go by e-mail (channel email). */
	feedback?: {
		/** How messages are delivered: endpoint (POSTed as JSON to an address the catalogue's operator runs or rents, see schemas/feedback.schema.json), github (a new issue in the repository, through GitHub's new-issue page) or email (the reader's e-mail program, addressed to the dataset's publisher, else to the office). */
		channel: 'endpoint' | 'github' | 'email';
		/** The address that receives each message (channel endpoint): a form service or the ministry's intake API. It must answer the site's cross-origin requests (CORS) and reply with a 2xx status once the message is stored. */
		endpoint?: string;
		/** The GitHub repository, as owner/name, in which each message opens an issue (channel github). Its .github/ISSUE_TEMPLATE/ should hold the project's feedback issue forms. */
		repository?: string;
		/** Where messages go that are not about one publisher's dataset (channel email). Defaults to publisher.email. */
		email?: string;
	};
	/** Where the catalogue's history (read from git at build time) links to: each change on a dataset, request, commitment or release page links to its commit on GitHub. */
	history?: {
		/** The GitHub repository the catalogue is kept in, as owner/name; commit links go to https://github.com/<owner/name>/commit/<id>. When absent, the feedback repository (feedback.repository, channel github) is used; when neither is given, changes are shown without links. */
		repository?: string;
	};
	/** How dataset pages preview CSV and TSV files, and what a data file in the repository that breaks its data dictionary does to the build. */
	data_preview?: {
		/** What a CSV file in public/data/ that does not match its data dictionary (a wrong type, a missing required value, a repeated unique value, a value outside the allowed ones or out of range) does: error stops the build, warning reports the problems and lets the build go on. */
		dictionary_check?: 'error' | 'warning';
		/** The largest file, in megabytes, that a browser downloads to preview a CSV kept on another server; larger files are offered for download only. */
		remote_size_limit_mb?: number;
		/** How long a browser waits for a CSV kept on another server before giving up on the preview. */
		remote_timeout_seconds?: number;
		/** The most columns a CSV file of the repository (a data file in public/data/ or a release schedule) may have; a wider file is refused before it is read further, since no page can show it and a hostile one would take the build down. */
		max_columns?: number;
		/** Extra servers (origins: https://host or https://host:port) that dataset pages with a remote preview may fetch from, besides the servers of their distributions' own addresses: the hosts a data server redirects to (a CDN, a storage bucket). Every page's Content-Security-Policy refuses any other server. */
		remote_hosts?: string[];
	};
	/** The US federal codes for data.json (Project Open Data v1.1), written on every dataset unless its publisher gives its own. Its schema requires them; outside the US federal government write bureau_code: "000:00" and program_code: "000:000". */
	data_json: {
		/** The agency and bureau, agency:bureau, from OMB Circular A-11, Appendix C (data.json bureauCode). 000:00 outside the US federal government. */
		bureau_code: string;
		/** The primary program the data serves, agency:program, from the Federal Program Inventory (data.json programCode). 000:000 outside the US federal government. */
		program_code: string;
	};
};

/** A ministry or agency that publishes data, in publishers/<id>.yaml. Its datasets live in datasets/<id>/. */
export type PublisherRecord = {
	/** The publisher's identifier: it must equal the file name without .yaml and the name of its folder under datasets/. */
	id: string;
	/** published (the default) or draft: a draft publisher, and every dataset of it, is checked but not published; what it still lacks (its type, its mailbox) is reported as warnings. The importers write a publisher as a draft when the source does not say what kind of body it is or how to reach it. */
	status?: 'published' | 'draft';
	/** The publisher's full name, per language. */
	name: LocalizedShortText;
	/** The short name people know, per language. */
	acronym?: LocalizedShortText;
	/** What kind of body the publisher is: ministry, agency (an agency, board or commission), crown_corporation, office (an office of the legislature or a central office), or municipality. */
	type: 'ministry' | 'agency' | 'crown_corporation' | 'office' | 'municipality';
	/** What the publisher does, per language (Markdown, no raw HTML). */
	description?: LocalizedMarkdown;
	/** The publisher's web site. */
	homepage?: string;
	/** The mailbox that answers questions about the publisher's data. */
	email: string;
	/** The one language this publisher writes its metadata in, when it does not translate it (a municipality that publishes in French only). Its datasets inherit it unless they give their own. */
	metadata_language?: string;
	/** This publisher's own US federal codes for data.json, when they differ from catalogue.yaml's (a US federal agency whose publishers are its bureaus). Leave it out otherwise. */
	data_json?: {
		/** The agency and bureau, agency:bureau, from OMB Circular A-11, Appendix C (data.json bureauCode). 000:00 outside the US federal government. */
		bureau_code: string;
		/** The primary program the data serves, agency:program, from the Federal Program Inventory (data.json programCode). 000:000 outside the US federal government. */
		program_code: string;
	};
};

/** One data holding of the government's inventory, in datasets/<publisher-id>/<dataset-id>.yaml. Open data is listed with its distributions; restricted data is listed too, with the exemption that applies and why (open by default, International Open Data Charter principle 1). */
export type DatasetRecord = {
	/** The dataset's identifier. It must equal the file name without .yaml and be unique in the catalogue; it becomes the page address, so never change it once published. */
	identifier: string;
	/** published (the default) or draft: a draft is checked, and what it still lacks is reported as warnings, but the site does not publish it. The importers write a record as a draft when its source lacks something the catalogue requires (a licence, a contact), rather than invent it. */
	status?: 'published' | 'draft';
	/** The dataset's name, per language: plain words a member of the public would search for, no acronyms alone. */
	title: LocalizedShortText;
	/** What the data is, how it was collected and what it can be used for, per language. Markdown (paragraphs, lists, links, emphasis); raw HTML is not allowed and links must be https, http or mailto. */
	description: LocalizedMarkdown;
	/** The identifier of the ministry or agency that publishes the dataset: the name of a file in publishers/ (without .yaml). It must also be the folder the dataset file sits in. */
	publisher: string;
	/** Who answers questions about this dataset: a team mailbox, a name per language and optionally a contact page. */
	contact_point: ContactRecord;
	/** Words people may search for, per language. */
	keywords?: LocalizedKeywords;
	/** The one language this record's texts are written in, when they are not translated; defaults to the publisher's metadata_language. Texts in that language alone are then not reported one missing translation per field. */
	metadata_language?: string;
	/** One or more EU data themes that classify the dataset. Each must also be listed in catalogue.yaml's themes. */
	themes: ThemeCode[];
	/** Whether the data can be had: open (published under an open licence, with distributions or a landing page), restricted (cannot be released; give the exemption and rationale), under_review (being assessed for release). */
	access_level: 'open' | 'restricted' | 'under_review';
	/** Why restricted data cannot be released. Required when access_level is restricted. */
	exemption?: 'legal_and_contractual_obligations' | 'privacy' | 'security' | 'confidentiality' | 'commercial_sensitivity';
	/** A plain-language justification of the exemption, per language: what harm release would cause and under which law or agreement. Required when access_level is restricted. */
	rationale?: LocalizedMarkdown;
	/** For data under review: what is being assessed and what happens next, per language. */
	review_note?: LocalizedMarkdown;
	/** The licence the data is released under: the id of one of the licences in catalogue.yaml. Required when access_level is open, and then the licence must be open (a licence marked open: false cannot make a dataset open). */
	licence?: string;
	/** The date the dataset was first published (or, for data not yet open, first listed in the inventory). */
	issued: string;
	/** The date the data or this record last changed. Not earlier than issued. */
	modified: string;
	/** How often the data is updated, as an EU frequency code. */
	update_frequency: FrequencyCode;
	/** The period the data covers. Leave end out for data that is still being collected. */
	temporal_coverage?: {
		/** The first day the data covers. */
		start: string;
		/** The last day the data covers; left out while collection goes on. */
		end?: string;
	};
	/** The area the data covers. */
	spatial_coverage?: {
		/** The name of the area, per language. */
		name: LocalizedShortText;
		/** An identifier of the area in a gazetteer, such as GeoNames. */
		uri?: string;
		/** A bounding box as [west, south, east, north] in WGS 84 degrees. */
		bbox?: [number, number, number, number];
	};
	/** The languages the data itself is in (not the metadata), as ISO 639-1 codes. */
	languages?: DataLanguageCode[];
	/** Whether the dataset is a high-value dataset: one prioritised for release because of its value to the public and the economy (Charter principle 2). */
	high_value?: boolean;
	/** Why the dataset is of high value, per language. Required when high_value is true. */
	high_value_reasons?: LocalizedMarkdown;
	/** The ways the data can be had: files to download and services to query. An open dataset has at least one, or a landing_page where the data can be had; restricted and under-review datasets have none that can be downloaded. */
	distributions?: DistributionRecord[];
	/** The web page about the dataset on the publisher's own site, where people can learn about it and get it (DCAT-AP dcat:landingPage, data.json landingPage). An open dataset with a landing page need not list distributions. */
	landing_page?: string;
	/** Pages that document the dataset: methodology, user guides, technical notes (DCAT-AP foaf:page, data.json references). */
	documentation?: string[];
	/** Where an imported record came from, so a re-import finds it again and a reader can find the source. Written by npm run import; stewards leave it as it is. */
	origin?: {
		/** The kind of catalogue the record was imported from. */
		system: 'ckan' | 'dcat' | 'datajson' | 'jkan';
		/** The record's identifier in that catalogue (a CKAN id or name, a DCAT dataset IRI, a data.json identifier, a JKAN file name). */
		id: string;
		/** The record's page or API address in that catalogue. */
		url?: string;
	};
};

/** One way to get the data: a file to download or a service to query. */
export type DistributionRecord = {
	/** What this distribution is, per language. */
	title: LocalizedShortText;
	/** Anything a user should know about this distribution, per language. */
	description?: LocalizedMarkdown;
	/** A direct link to the file (https, http, or ftp where the file is only served that way). Not allowed on restricted or under-review datasets. */
	download_url?: string;
	/** A page or service endpoint that gives access to the data (an API, a map service, a request form). */
	access_url?: string;
	/** The file format, as an EU file-type code. */
	format: FileTypeCode;
	/** The IANA media type of the file; taken from the format when left out. */
	media_type?: string;
	/** The size of the file in bytes. */
	byte_size?: number;
	/** A licence id from catalogue.yaml, when this distribution's licence differs from the dataset's. */
	licence?: string;
	/** A link to the description of the columns or fields (a data dictionary). */
	data_dictionary?: string;
	/** The data dictionary of a CSV or TSV file: its columns, with their types, descriptions per language and constraints, as a Table Schema (schemas/table-schema.schema.json). Either the name of a file beside the dataset's file, e.g. traffic-counts.schema.yaml in datasets/mto/, or the dictionary itself written here. Dataset pages show it beside the file's preview, and a file kept in the repository is checked against it when the site is built. */
	schema?: string | TableSchemaRecord;
	/** The languages of this distribution, when they differ from the dataset's. */
	languages?: DataLanguageCode[];
};

/** The columns of a tabular file (CSV, TSV): each column's name, type, description per language and constraints. It follows the Frictionless Table Schema (https://datapackage.org/standard/table-schema/, profile 2.0) with one change: titles and descriptions are given per language, like every text of the catalogue. Write it in a distribution's schema field, or in a file beside the dataset (datasets/<publisher>/<name>.schema.yaml) named by that field. */
export type TableSchemaRecord = {
	/** The Table Schema profile the dictionary follows; informative only. */
	$schema?: string;
	/** The columns of the file, in the order they appear. */
	fields: FieldRecord[];
	/** How the file's header must match the fields: exact (the same columns in the same order, the default), equal (the same columns in any order), subset (all the fields, and maybe more columns), superset (only fields, maybe not all) or partial (at least one field). */
	fieldsMatch?: 'exact' | 'equal' | 'subset' | 'superset' | 'partial';
	/** Cell values that mean "no value" in every column, e.g. an empty cell, NA or a dash. Default: the empty cell only. */
	missingValues?: string[];
	/** The column, or columns together, whose values identify each row: they must be given and unique. */
	primaryKey?: string | string[];
	/** Other sets of columns whose values, taken together, must not repeat from one row to another (empty values are not compared). */
	uniqueKeys?: string[][];
};

/** One column of the file. */
export type FieldRecord = {
	/** The column's name exactly as the file's header writes it. */
	name: string;
	/** A readable name for the column, per language. */
	title?: LocalizedShortText;
	/** What the column holds, per language: its meaning, its unit, how it was measured. Markdown, no raw HTML. */
	description?: LocalizedMarkdown;
	/** The kind of value in the column (Table Schema types). Default: string. */
	type?: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'time' | 'datetime' | 'year' | 'yearmonth' | 'duration' | 'geopoint' | 'geojson' | 'object' | 'array' | 'any';
	/** How values of the type are written. For string: email, uri, uuid or binary. For date, time and datetime: default (ISO 8601), any, or a pattern such as %d/%m/%Y (%Y year, %m month, %d day, %H hour, %M minute, %S second). For geopoint: default ("lon, lat"), array or object. */
	format?: string;
	/** A typical value, as written in the file. */
	example?: string | number | boolean;
	/** Rules every value of the column must follow; a file in the repository is checked against them when the site is built. */
	constraints?: {
		/** Whether every row must have a value. */
		required?: boolean;
		/** Whether no value may appear twice in the column. */
		unique?: boolean;
		/** The only values allowed. */
		enum?: ConstraintValue[];
		/** The smallest value allowed (numbers, dates, times, years, durations). */
		minimum?: ConstraintValue;
		/** The largest value allowed (numbers, dates, times, years, durations). */
		maximum?: ConstraintValue;
		/** Values must be larger than this. */
		exclusiveMinimum?: ConstraintValue;
		/** Values must be smaller than this. */
		exclusiveMaximum?: ConstraintValue;
		/** The fewest characters a value may have. */
		minLength?: number;
		/** The most characters a value may have. */
		maxLength?: number;
		/** A regular expression the whole value must match, e.g. ^[A-Z]{2}-\d{4}$ (anchored whether or not it starts with ^). */
		pattern?: string;
	};
	/** Cell values that mean "no value" in this column, replacing the dictionary's missingValues. */
	missingValues?: string[];
	/** For boolean columns: the values that mean true. Default: true, True, TRUE, 1. */
	trueValues?: string[];
	/** For boolean columns: the values that mean false. Default: false, False, FALSE, 0. */
	falseValues?: string[];
	/** For number columns: the character before the decimals. Default: a point. */
	decimalChar?: string;
	/** For number and integer columns: the character that groups thousands (1,000,000), if any. */
	groupChar?: string;
	/** For number and integer columns: false when numbers may come with text around them, such as $ or %. Default: true. */
	bareNumber?: boolean;
	/** The address of the concept the column's values are instances of, in a vocabulary (RDF). */
	rdfType?: string;
};

/** A value in the column's own type: a number for numbers, a date written YYYY-MM-DD for dates, text for text. */
export type ConstraintValue = string | number | boolean;

/** One request or report from the public and how the government answered it, in requests/<request-id>.yaml. The request log publishes every one, so that feedback is never a black hole: what was asked, who answers it, and each step of the answer with its date. */
export type RequestRecord = {
	/** The request's identifier. It must equal the file name without .yaml; it becomes the page address (/en/requests/<id>/), so never change it once published. */
	id: string;
	/** What was asked, in a few words per language, as the request log lists it. */
	title: LocalizedShortText;
	/** What kind of message it was, as the feedback form asks: a dataset request, a problem with a dataset, a comment on the release plan, or general feedback. */
	type: 'request' | 'problem' | 'plan' | 'general';
	/** The day the request came in. Status updates cannot be earlier. */
	received: string;
	/** The ministry or agency that answers the request: the name of a file in publishers/ (without .yaml). */
	publisher: string;
	/** What was asked or reported, per language, in the government's words. Never the requester's name, e-mail or anything else that identifies them. */
	summary?: LocalizedMarkdown;
	/** The datasets the request is about, or that were released to answer it: identifiers of datasets in the catalogue. Their pages link to the request. Required once the request is released. */
	datasets?: string[];
	/** What happened to the request, oldest first: each step has a date, a status and, per language, a note. The last one is the request's current status. */
	updates: ({
		/** The day of this step; no earlier than the request's received date or the step before it. */
		date: string;
		/** Where the request stands after this step: received, under_review (being assessed), planned (release is scheduled), released (the data is published), not_held (the government does not have this data) or declined (it will not be released; the note says why). */
		status: 'received' | 'under_review' | 'planned' | 'released' | 'not_held' | 'declined';
		/** What was done or decided, per language (Markdown). Required when the status is declined or not_held: a refusal is always explained. */
		note?: LocalizedMarkdown;
	})[];
};

/** The government's implementation schedule and plan for the International Open Data Charter, in schedules/<plan-id>.yaml: time-bound commitments, each with milestones and a completion level, the way Open Government Partnership progress reports present them. */
export type PlanRecord = {
	/** The plan's identifier. It must equal the file name without .yaml. */
	id: string;
	/** The plan's name, per language. */
	title: LocalizedShortText;
	/** What the plan sets out to do and how it was made, per language (Markdown). */
	description?: LocalizedMarkdown;
	/** The dates the plan runs from and to. Every commitment falls within them. */
	period: {
		/** The first day of the plan. */
		start: string;
		/** The last day of the plan; not before start. */
		end: string;
	};
	/** The charter the government adopted and when, which this plan implements. */
	charter: {
		/** The charter's name, per language. */
		name: LocalizedShortText;
		/** The date the government adopted the charter. */
		adopted: string;
		/** Where the charter (or the government's adoption of it) is published. */
		url?: string;
	};
	/** The institution that leads the plan as a whole. */
	lead: {
		/** The lead institution's name, per language. */
		name: LocalizedShortText;
		/** The lead institution's publisher identifier, when it is one of the catalogue's publishers (a file in publishers/). */
		publisher?: string;
	};
	/** The point of contact for the plan: who answers questions about it. */
	contact_point: ContactRecord;
	/** What the government commits to do, each with its milestones. */
	commitments: CommitmentRecord[];
};

/** One commitment of the plan. */
export type CommitmentRecord = {
	/** The commitment's identifier, unique in the catalogue; it becomes the commitment's page address, and release schedules refer to it in their commitment column. */
	id: string;
	/** The commitment's name, per language. */
	title: LocalizedShortText;
	/** What the commitment is about, the problem it addresses and what will change, per language (Markdown). */
	description: LocalizedMarkdown;
	/** The Charter principles the commitment serves: a principle number (1 to 6) optionally followed by the letter of one of its commitments, e.g. 1b. */
	principles: string[];
	/** The publisher that leads the commitment: the name of a file in publishers/ (without .yaml). */
	lead_publisher: string;
	/** When work on the commitment starts. Its milestones start on or after this date. */
	start: string;
	/** When the commitment is due to be complete. Its milestones end on or before this date. */
	end: string;
	/** The steps of the commitment, in order, each with its dates and completion level. */
	milestones: MilestoneRecord[];
};

/** One verifiable step of a commitment. */
export type MilestoneRecord = {
	/** What the step delivers, per language. */
	title: LocalizedShortText;
	/** When work on the milestone starts. */
	start: string;
	/** When the milestone is due; not before start. */
	end: string;
	/** How far the milestone has got, in the Open Government Partnership's levels: not_started, limited, substantial, complete, or withdrawn (dropped from the plan). */
	completion: 'not_started' | 'limited' | 'substantial' | 'complete' | 'withdrawn';
	/** Web pages that show the progress: a publication, a dataset, a report. A complete milestone needs at least one. */
	evidence?: string[];
};

/** One planned release in a ministry's release schedule, schedules/<publisher-id>.csv: a spreadsheet saved as CSV (UTF-8, comma or semicolon), one row per dataset, with these columns as its first row. Empty cells are left out before validation; only dataset_id, planned_release and status are required. */
export type ScheduleRowRecord = {
	/** The identifier of the dataset to release: a dataset of this publisher (datasets/<publisher-id>/<dataset-id>.yaml), or, for a dataset not described yet, the identifier it will have (then give title_en and title_fr). A dataset appears once in the whole schedule. */
	dataset_id: string;
	/** The dataset's title in English, for a dataset that has no metadata file yet. Ignored when the dataset has one. */
	title_en?: string;
	/** The dataset's title in French, for a dataset that has no metadata file yet. */
	title_fr?: string;
	/** When the dataset is to be released: a day (2027-03-31), a month (2027-03) or a quarter (2027-Q1). A month or quarter is due by its last day. */
	planned_release: string;
	/** Where the release stands: planned (not started), in_progress, released (give actual_release), delayed (give delay_reason_en and delay_reason_fr), cancelled (say why in the notes). */
	status: 'planned' | 'in_progress' | 'released' | 'delayed' | 'cancelled';
	/** The day the dataset was actually released, YYYY-MM-DD. Required when status is released, and only then; it should agree with the dataset's issued date. */
	actual_release?: string;
	/** Whether the dataset is a high-value dataset, a priority for release: yes or no (empty means no). */
	high_value?: 'yes' | 'no';
	/** The identifier of the plan commitment this release delivers (a commitment id in a schedules/*.yaml plan), if any. */
	commitment?: string;
	/** Why the dataset is a priority, in English: demand, high value, a legal duty. */
	priority_reason_en?: string;
	/** Why the dataset is a priority, in French. */
	priority_reason_fr?: string;
	/** Anything else readers should know about the release, in English. */
	notes_en?: string;
	/** Anything else readers should know about the release, in French. */
	notes_fr?: string;
	/** Why the release is late, in English. When status is delayed a reason is required (in at least one language; a missing translation is a warning); a delayed release with a reason is not counted as overdue. */
	delay_reason_en?: string;
	/** Why the release is late, in French. */
	delay_reason_fr?: string;
};

/** How to reach the people who look after something. */
export type ContactRecord = {
	/** The name of the team or office, per language (preferably a team, not a person). */
	name?: LocalizedShortText;
	/** The contact e-mail address. */
	email: string;
	/** A contact page, if there is one. */
	url?: string;
};

/** A text given once per catalogue language, keyed by language code. A language left out is a validation warning and pages fall back to another language with a visible marker. */
export type LocalizedText = Partial<Record<string, string>>;

/** A short text (a title, a name) given once per catalogue language, keyed by language code: one line of at most 500 characters (real titles, such as Statistics Canada's French ones, run past 300). */
export type LocalizedShortText = Partial<Record<string, string>>;

/** A Markdown text given once per catalogue language, keyed by language code: paragraphs, lists, emphasis and links (https, http or mailto only). Raw HTML is not allowed. */
export type LocalizedMarkdown = Partial<Record<string, string>>;

/** Keywords per catalogue language: a list of short words or phrases for each language code. */
export type LocalizedKeywords = Partial<Record<string, string[]>>;

/** A data theme from the EU data-theme vocabulary, e.g. TRAN (Transport), ENVI (Environment), HEAL (Health). */
export type ThemeCode = 'AGRI' | 'ECON' | 'EDUC' | 'ENER' | 'ENVI' | 'GOVE' | 'HEAL' | 'INTR' | 'JUST' | 'REGI' | 'SOCI' | 'TECH' | 'TRAN';

/** How often the data is updated, as an EU frequency code, e.g. DAILY, MONTHLY, ANNUAL, IRREG (irregular), NEVER (historical data). */
export type FrequencyCode = 'UPDATE_CONT' | 'CONT' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY' | 'BIMONTHLY' | 'QUARTERLY' | 'ANNUAL_2' | 'ANNUAL' | 'BIENNIAL' | 'TRIENNIAL' | 'QUINQUENNIAL' | 'IRREG' | 'NEVER' | 'OTHER' | 'UNKNOWN';

/** The file format, as a code of the EU file-type authority table (every code of it is allowed), e.g. CSV, JSON, GEOJSON, PDF, XLSX, SHP, TIFF, REST (an API), WMS_SRVC (a web map service). Common names are suggested when a value is not a code: Shapefile → SHP, Excel → XLSX, WMS → WMS_SRVC, ESRI REST → REST. */
export type FileTypeCode = 'CSV' | 'TSV' | 'JSON' | 'GEOJSON' | 'JSON_LD' | 'XML' | 'RDF_XML' | 'RDF_TURTLE' | 'YAML' | 'TXT' | 'HTML' | 'PDF' | 'ODS' | 'ODT' | 'XLSX' | 'XLS' | 'DOCX' | 'ZIP' | 'SHP' | 'KML' | 'KMZ' | 'GPKG' | 'GML' | 'GEOTIFF' | 'NETCDF' | 'GTFS' | 'SQL' | 'ATOM' | 'RSS' | 'REST' | 'WMS_SRVC' | 'WFS_SRVC' | 'PNG' | 'JPEG' | '7Z' | 'AAB' | 'AAC' | 'AKN4EU' | 'AKN4EU_ZIP' | 'APK' | 'APPX' | 'ARC' | 'ARCINFO_COV' | 'ARC_GZ' | 'ARJ' | 'AZW' | 'BIN' | 'BITS' | 'BMP' | 'BWF' | 'BZIP2' | 'CSS' | 'DAPK' | 'DBF' | 'DCR' | 'DEB' | 'DGN' | 'DMG' | 'DMP' | 'DOC' | 'DTD_SGML' | 'DTD_XML' | 'DWG' | 'DXF' | 'E00' | 'EAR' | 'ECW' | 'EFORMS_XML' | 'EPS' | 'EPUB' | 'ETSI_XML' | 'EXE' | 'FMX2' | 'FMX3' | 'FMX4' | 'FMX4_ZIP' | 'GDB' | 'GIF' | 'GMZ' | 'GRID' | 'GRID_ASCII' | 'GZIP' | 'HDF' | 'HDT' | 'HTML5' | 'HTML_SIMPL' | 'ICS' | 'IMMC_XML' | 'INDD' | 'IPA' | 'ISO' | 'ISO_ZIP' | 'JAR' | 'JATS' | 'JPEG2000' | 'JS' | 'LAS' | 'LAZ' | 'LEG' | 'LHA' | 'LPK' | 'LZIP' | 'LZMA' | 'LZO' | 'MAP_PRVW' | 'MAP_SRVC' | 'MBOX' | 'MDB' | 'METS' | 'METS_ZIP' | 'MHTML' | 'MIF_MID' | 'MOBI' | 'MOP' | 'MOV' | 'MP3' | 'MPEG2' | 'MPEG4' | 'MPEG4_AVC' | 'MRSID' | 'MSG_HTTP' | 'MSI' | 'MXD' | 'N3' | 'OAPK' | 'OCTET' | 'ODB' | 'ODC' | 'ODF' | 'ODG' | 'ODP' | 'OP_DATPRO' | 'OVF' | 'OWL' | 'PDF1X' | 'PDFA1A' | 'PDFA1B' | 'PDFA2A' | 'PDFA2B' | 'PDFA3' | 'PDFUA' | 'PDFX' | 'PDFX1A' | 'PDFX2A' | 'PDFX4' | 'PL' | 'PPS' | 'PPSX' | 'PPT' | 'PPTX' | 'PS' | 'PSD' | 'PWP' | 'QGS' | 'RAR' | 'RDF' | 'RDFA' | 'RDF_N_QUADS' | 'RDF_N_TRIPLES' | 'RDF_THRIFT' | 'RDF_TRIG' | 'RDF_TRIX' | 'RPM' | 'RTF' | 'SB3' | 'SCHEMA_XML' | 'SDMX' | 'SGML' | 'SKOS_XML' | 'SPARQLQ' | 'SPARQLQRES' | 'STL' | 'SVG' | 'SWM' | 'TAB' | 'TAB_RSTR' | 'TAR' | 'TAR_GZ' | 'TAR_XZ' | 'TIFF' | 'TIFF_FX' | 'TMX' | 'UNGEN' | 'WAR' | 'WARC' | 'WARC_GZ' | 'WAV' | 'WCS_SRVC' | 'WEBP' | 'WIM' | 'WMTS_SRVC' | 'WORLD' | 'XHTML' | 'XHTML5' | 'XHTML_SIMPL' | 'XLIFF' | 'XLSB' | 'XLSM' | 'XSLFO' | 'XSLT' | 'XYZ' | 'XZ' | 'Z';

/** A language of the data, as an ISO 639-1 code. */
export type DataLanguageCode = 'en' | 'fr' | 'iu' | 'cr' | 'oj' | 'es' | 'de' | 'it' | 'pt' | 'zh' | 'ar';
