/** The shapes an import passes from a source's reader, through its mapper, to the files it writes. */
import type { DatasetRecord, DistributionRecord, LocalizedText } from '../records.ts';
import type { LicenceMatch } from './licences.ts';
import type { ThemeMapping } from './vocabularies.ts';

/** The kinds of catalogue the importers read. */
export type SourceSystem = 'ckan' | 'dcat' | 'datajson' | 'jkan';

/** One record as a reader found it: where it is, and its data in the source's own shape. */
export interface SourceRecord {
	/** The file (or address) it came from. */
	file: string;
	/** Where in the file: `line 12`, `record 3`, `_datasets/roads.md`, a DCAT dataset IRI. */
	position: string;
	raw: unknown;
}

/** Bad input met while reading: the import names it and goes on with the other records. */
export interface SourceProblem {
	file: string;
	position?: string;
	message: string;
}

/** What a reader yields. */
export type ReadItem = { record: SourceRecord } | { problem: SourceProblem };

/** A publisher as a source names it. */
export interface MappedPublisher {
	/** The source's key for it (a CKAN organization name, a publisher's name): its identifier here is made from it. */
	key: string;
	name: LocalizedText;
	acronym?: LocalizedText;
	homepage?: string;
	email?: string;
	/** The publisher's description, when the source gives one (a JKAN organization's page). */
	description?: LocalizedText;
	/** Its US federal codes, when a data.json gives them. */
	dataJson?: { bureau_code: string; program_code: string };
}

/**
 * A distribution as a mapper makes it: vocabulary codes are still plain strings, since they come
 * from another catalogue's values and are checked by the schema when the written file is validated.
 */
export type MappedDistribution = Partial<Omit<DistributionRecord, 'format' | 'languages'>> & { format?: string; languages?: string[] };

/** Dataset fields a mapper fills; identifier, publisher, origin and status are the importer's. Codes are plain strings, as in {@link MappedDistribution}. */
export type MappedFields = Partial<
	Omit<DatasetRecord, 'identifier' | 'publisher' | 'origin' | 'status' | 'licence' | 'themes' | 'update_frequency' | 'languages' | 'distributions'>
> & {
	themes?: string[];
	update_frequency?: string;
	languages?: string[];
	distributions?: MappedDistribution[];
};

/** One source record mapped onto the catalogue's model, with what the mapping used and could not map. */
export interface MappedDataset {
	/** The record's identifier in its source. */
	sourceId: string;
	/** A name the source gives that can become the identifier here (a CKAN `name`, a JKAN file name). */
	preferredId?: string;
	/** The record's page or API address in the source. */
	url?: string;
	publisher?: MappedPublisher;
	fields: MappedFields;
	licence: LicenceMatch;
	/** Per distribution (in the order of `fields.distributions`), its own licence when the source gives one. */
	distributionLicences?: LicenceMatch[];
	usage: Usage;
}

/** Everything a mapper needs to know about the catalogue it maps into. */
export interface MapContext {
	/** The catalogue's languages (catalogue.yaml), first the default. */
	languages: string[];
	/** The language of texts the source does not tag. */
	textLanguage: string;
	/** The steward's mapping of groups, tags, subjects or themes to EU data themes. */
	themes: ThemeMapping;
}

/**
 * What a mapper did with one record's source fields: where each went, and the vocabulary values
 * that found an EU code and those that did not. Fields the mapper never names count as dropped.
 */
export class Usage {
	readonly targets = new Map<string, string>();
	readonly mapped: Array<{ vocabulary: string; value: string; code: string }> = [];
	readonly unmapped: Array<{ vocabulary: string; value: string }> = [];

	/** Says that source `field` went to `target` (a field of the dataset, e.g. `distributions[].format`). */
	use(field: string, target: string): void {
		this.targets.set(field, target);
	}

	/** Records a vocabulary value and the code it found, or that it found none; returns the code. */
	vocabulary(vocabulary: string, value: unknown, code: string | undefined): string | undefined {
		if (typeof value !== 'string' || !value.trim()) return code;
		if (code) this.mapped.push({ vocabulary, value: value.trim(), code });
		else this.unmapped.push({ vocabulary, value: value.trim().slice(0, 120) });
		return code;
	}
}

/** What a mapper makes of one source record: a dataset, a publisher (a CKAN organization, a JKAN organization page), or nothing, with why. */
export type MapOutcome = MappedDataset | { publisher: MappedPublisher; sourceId: string; usage: Usage } | { skip: string };

/** One kind of source: how to read its records, which fields each carries, and how to map them. */
export interface Importer {
	system: SourceSystem;
	/** Reads a file, a folder or an http(s) address; bad input goes to `problems` and reading goes on. */
	read(source: string, problems: SourceProblem[], options: ReadOptions): AsyncIterable<SourceRecord>;
	/** The source fields a record carries (`title`, `resources.format`), for the mapping report. */
	fields(record: SourceRecord): string[];
	map(record: SourceRecord, context: MapContext): MapOutcome;
}

/** Bounds on what is fetched over the network. */
export interface ReadOptions {
	/** How long one request may take, in milliseconds. */
	timeoutMs: number;
	/** The largest response read, in bytes. */
	maxBytes: number;
	/** The most records read from an API. */
	maxRecords: number;
	/** Records per page of a CKAN API. */
	pageSize: number;
}
