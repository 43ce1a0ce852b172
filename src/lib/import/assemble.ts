/**
 * A mapped record as the dataset file the importer writes: identifier, publisher and origin added,
 * the licence resolved against catalogue.yaml, fields in the schema's order, values the schema
 * refuses dropped, and `status: draft` when the source lacks something the catalogue requires.
 */
import datasetSchema from '../../../schemas/dataset.schema.json' with { type: 'json' };
import { getValidators } from '../validate/schemas.ts';
import { pruneToSchema, type PruneResult } from './prune.ts';
import type { MappedDataset, MappedPublisher, SourceSystem } from './types.ts';

/** A dataset file's content, and why it is a draft (empty when it is not). */
export interface AssembledDataset extends PruneResult {
	record: Record<string, unknown>;
	/** Why the record cannot be published as it is: missing fields, and licences the catalogue lacks or that are not open. */
	draftReasons: string[];
}

/** What the importer knows when it files a record. */
export interface AssembleContext {
	system: SourceSystem;
	identifier: string;
	publisherId: string;
	/** The catalogue's languages; with more than one, a record written in one of them says so (metadata_language). */
	languages: readonly string[];
	/** The licences catalogue.yaml has (or will have, once the importer adds the known ones), with whether each is open. */
	licenceOpen: ReadonlyMap<string, boolean>;
}

/** The order of the dataset schema's fields, so written files read like the hand-written ones. */
const ORDER = Object.keys(datasetSchema.properties);

/** The dataset file for `mapped`. */
export function assembleDataset(mapped: MappedDataset, context: AssembleContext): AssembledDataset {
	const draftReasons: string[] = [];
	let licence: string | undefined;
	if (mapped.licence.kind === 'known') licence = mapped.licence.licence.id;
	else if (mapped.licence.kind === 'unknown') {
		licence = mapped.licence.id;
		draftReasons.push(`licence "${mapped.licence.label}" is not in catalogue.yaml: add it as ${licence}, saying whether it is open`);
	}
	if (licence && mapped.fields.access_level === 'open' && context.licenceOpen.get(licence) === false) {
		draftReasons.push(`licence ${licence} is not open, so the dataset cannot be published as open data`);
	}
	// A distribution whose licence differs from the dataset's keeps its own.
	const distributions = mapped.fields.distributions?.map((distribution, i) => {
		const own = mapped.distributionLicences?.[i];
		if (!own || own.kind === 'none') return distribution;
		const id = own.kind === 'known' ? own.licence.id : own.id;
		if (own.kind === 'unknown') draftReasons.push(`licence "${own.label}" is not in catalogue.yaml: add it as ${id}, saying whether it is open`);
		return id === licence ? distribution : { ...distribution, licence: id };
	});
	const single = singleTextLanguage(mapped.fields);
	const draft: Record<string, unknown> = {
		...mapped.fields,
		distributions,
		identifier: context.identifier,
		publisher: context.publisherId,
		licence,
		metadata_language: context.languages.length > 1 && single ? single : undefined,
		origin: { system: context.system, id: mapped.sourceId, url: mapped.url },
	};
	const record = ordered(draft, ORDER);
	const pruned = pruneToSchema(record, getValidators().dataset);
	draftReasons.unshift(...pruned.missing.map((field) => `${field} is missing`));
	if (draftReasons.length > 0) {
		const withStatus = ordered({ ...record, status: 'draft' }, ORDER);
		return { ...pruned, record: withStatus, draftReasons };
	}
	return { ...pruned, record, draftReasons };
}

/** A publisher file: a draft when the source does not say what kind of body it is or how to reach it. */
export function assemblePublisher(publisher: MappedPublisher, id: string, languages: readonly string[]): AssembledDataset {
	const order = ['id', 'status', 'name', 'acronym', 'type', 'description', 'homepage', 'email', 'metadata_language', 'data_json'];
	const nameLanguages = Object.keys(publisher.name);
	const single = languages.length > 1 && nameLanguages.length === 1 ? nameLanguages[0] : undefined;
	const record = ordered(
		{
			id,
			name: publisher.name,
			acronym: publisher.acronym,
			description: publisher.description,
			homepage: publisher.homepage,
			email: publisher.email,
			metadata_language: single,
			data_json: publisher.dataJson,
		},
		order,
	);
	const pruned = pruneToSchema(record, getValidators().publisher);
	const draftReasons = pruned.missing.map((field) => `${field} is missing`);
	return { ...pruned, record: draftReasons.length > 0 ? ordered({ ...record, status: 'draft' }, order) : record, draftReasons };
}

/** The one language all the record's texts are in, when there is exactly one. */
function singleTextLanguage(fields: MappedDataset['fields']): string | undefined {
	const seen = new Set<string>();
	const add = (text: object | undefined) => Object.keys(text ?? {}).forEach((lang) => seen.add(lang));
	add(fields.title);
	add(fields.description);
	for (const distribution of fields.distributions ?? []) add(distribution.title);
	return seen.size === 1 ? [...seen][0] : undefined;
}

function ordered(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of order) if (record[key] !== undefined) out[key] = record[key];
	for (const [key, value] of Object.entries(record)) if (!(key in out) && value !== undefined) out[key] = value;
	return out;
}
