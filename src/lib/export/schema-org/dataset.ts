/**
 * A dataset as a schema.org `Dataset` (https://schema.org/Dataset), the JSON-LD block search
 * engines read from the dataset page (Google Dataset Search). One block per page, in the page's
 * language, with fallbacks as the page shows them.
 */
import { localize, localizedString } from '../../i18n/localize.ts';
import type { Catalogue, Dataset } from '../../model/catalogue.ts';
import { fileType } from '../../vocabularies/index.ts';
import type { DcatIris } from '../dcat-ap/iris.ts';
import { schemaOrgDescription } from './description.ts';

/** A schema.org JSON-LD object. */
export type SchemaOrgNode = Record<string, unknown>;

/**
 * The schema.org `Dataset` of `dataset` for its page in `lang`. Each language's page describes the
 * dataset under its own `@id` (the page's address with `#dataset`), since each block names it in
 * one language; the default language's is the DCAT-AP export's IRI of the dataset.
 */
export function toSchemaOrgDataset(dataset: Dataset, catalogue: Catalogue, lang: string, iris: DcatIris): SchemaOrgNode {
	const { languages } = catalogue;
	const text = (value: Parameters<typeof localizedString>[0]) => localizedString(value, lang, languages);
	const publisher = catalogue.publisherById.get(dataset.publisher);
	const publisherNode = publisher && { '@type': 'GovernmentOrganization', name: text(publisher.name), url: publisher.homepage, email: publisher.email };
	const catalogueName = text(catalogue.config.title);
	const name = text(dataset.title) || dataset.identifier;
	const licence = dataset.licence ? catalogue.licenceById.get(dataset.licence) : undefined;
	const { temporal_coverage: temporal, spatial_coverage: spatial } = dataset;
	return withoutEmpty({
		'@context': 'https://schema.org/',
		'@type': 'Dataset',
		'@id': `${iris.page(lang, { page: 'dataset', id: dataset.identifier })}#dataset`,
		name,
		description: schemaOrgDescription(text(dataset.description), `${name}: ${[publisherNode?.name, catalogueName].filter(Boolean).join(', ')}.`),
		url: iris.page(lang, { page: 'dataset', id: dataset.identifier }),
		// The publisher's own page about the dataset names the same dataset; documentation is about it.
		sameAs: dataset.landing_page,
		subjectOf: (dataset.documentation ?? []).map((url) => ({ '@type': 'CreativeWork', url })),
		identifier: dataset.identifier,
		inLanguage: lang,
		keywords: localize(dataset.keywords, lang, languages)?.value,
		license: licence?.url,
		isAccessibleForFree: dataset.access_level === 'open' ? true : undefined,
		publisher: publisherNode,
		creator: publisherNode,
		datePublished: dataset.issued,
		dateModified: dataset.modified,
		temporalCoverage: temporal ? `${temporal.start}/${temporal.end ?? '..'}` : undefined,
		spatialCoverage:
			spatial &&
			withoutEmpty({
				'@type': 'Place',
				name: text(spatial.name),
				sameAs: spatial.uri,
				geo: spatial.bbox ? { '@type': 'GeoShape', box: `${spatial.bbox[1]} ${spatial.bbox[0]} ${spatial.bbox[3]} ${spatial.bbox[2]}` } : undefined,
			}),
		distribution: (dataset.distributions ?? []).map((distribution) =>
			withoutEmpty({
				'@type': 'DataDownload',
				name: text(distribution.title),
				contentUrl: iris.download(distribution) ?? distribution.access_url,
				encodingFormat: distribution.media_type ?? fileType(distribution.format)?.mediaType,
				contentSize: distribution.byte_size === undefined ? undefined : `${distribution.byte_size} B`,
			}),
		),
		includedInDataCatalog: { '@type': 'DataCatalog', name: catalogueName, url: iris.page(lang, { page: 'home' }) },
	});
}

/**
 * The JSON of a JSON-LD object, safe inside `<script type="application/ld+json">`: every `<` is
 * escaped, so no metadata can close the element (`</script>`) or open a comment.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

function withoutEmpty(node: SchemaOrgNode): SchemaOrgNode {
	return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)));
}
