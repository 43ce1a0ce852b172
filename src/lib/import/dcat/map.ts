/**
 * A `dcat:Dataset` of a DCAT-AP graph as a dataset: language-tagged literals become per-language
 * texts, EU vocabulary IRIs (themes, frequencies, file types, languages, access rights) their
 * codes, the licence comes from the dataset or its distributions, and the publisher and contact
 * point from their nodes. Landing pages on the catalogue's own site (the dataset's IRI's origin)
 * are the old catalogue's pages, not the publisher's, and are not kept as landing_page.
 */
import type { Quad_Subject, Term } from '@rdfjs/types';
import type { Store } from 'n3';
import { accessLevel } from '../access.ts';
import { toDate } from '../dates.ts';
import { toDistribution } from '../distributions.ts';
import { matchLicence } from '../licences.ts';
import { localizedKeywords, localizedLine, localizedMarkdown } from '../localized.ts';
import { toEmail, toLine, toWebUrl } from '../text.ts';
import { type MapContext, type MapOutcome, type MappedPublisher, Usage } from '../types.ts';
import { frequencyCode, languageCode, themeCode } from '../vocabularies.ts';
import { lastSegment } from '../datajson/map-dataset.ts';
import type { DcatRaw } from './read.ts';
import { DCAT, DCT, FOAF, RDFS, SCHEMA, SKOS, VCARD, compact, literalsByLanguage, objectsOf, valueOf } from './terms.ts';

type Fields = Extract<MapOutcome, { fields: unknown }>['fields'];

/** Maps one dataset node. */
export function mapDcatDataset({ store, node }: DcatRaw, context: MapContext): MapOutcome {
	const usage = new Usage();
	const lang = context.textLanguage;
	const identifier = toLine(valueOf(store, node, DCT('identifier')));
	const sourceId = node.termType === 'NamedNode' ? node.value : identifier;
	if (!sourceId) return { skip: 'is a blank node with no dct:identifier' };
	usage.use('dct:identifier', 'identifier');
	const texts = (predicate: Term) => {
		const byLang = literalsByLanguage(store, node, predicate, lang);
		return Object.fromEntries(Object.entries(byLang).map(([l, values]) => [l, values[0]]));
	};
	const title = localizedLine(texts(DCT('title')));
	if (title) usage.use('dct:title', 'title');
	const description = localizedMarkdown(texts(DCT('description')));
	if (description) usage.use('dct:description', 'description');
	const keywords = localizedKeywords(literalsByLanguage(store, node, DCAT('keyword'), lang));
	if (keywords) usage.use('dcat:keyword', 'keywords');
	const themes = [
		...new Set(
			objectsOf(store, node, DCAT('theme'))
				.map((t) => usage.vocabulary('theme', t.value, themeCode(t.value, context.themes) ?? themeCode(valueOf(store, t, SKOS('prefLabel')), context.themes)))
				.filter(Boolean) as string[],
		),
	];
	if (themes.length > 0) usage.use('dcat:theme', 'themes');
	const rightsIri = valueOf(store, node, DCT('accessRights'));
	const level = rightsIri ? (usage.vocabulary('access right', rightsIri, accessLevel(rightsIri)) as Fields['access_level']) : 'open';
	if (rightsIri) usage.use('dct:accessRights', 'access_level');
	const rights = objectsOf(store, node, DCT('rights'))[0];
	const rationale =
		level === 'restricted' && rights
			? localizedMarkdown(Object.fromEntries(Object.entries(literalsByLanguage(store, rights, RDFS('label'), lang)).map(([l, v]) => [l, v[0]])))
			: undefined;
	if (rationale) usage.use('dct:rights', 'rationale');
	const frequencyIri = valueOf(store, node, DCT('accrualPeriodicity'));
	const frequency = frequencyIri ? usage.vocabulary('frequency', frequencyIri, frequencyCode(frequencyIri)) : undefined;
	if (frequencyIri) usage.use('dct:accrualPeriodicity', 'update_frequency');
	const issued = toDate(valueOf(store, node, DCT('issued')));
	if (issued) usage.use('dct:issued', 'issued');
	const modified = toDate(valueOf(store, node, DCT('modified')));
	if (modified) usage.use('dct:modified', 'modified');
	const languages = [
		...new Set(
			objectsOf(store, node, DCT('language'))
				.map((l) => usage.vocabulary('language', l.value, languageCode(l.value)))
				.filter(Boolean) as string[],
		),
	];
	if (languages.length > 0) usage.use('dct:language', 'languages');
	const ownOrigin = node.termType === 'NamedNode' ? originOf(node.value) : undefined;
	const landing = objectsOf(store, node, DCAT('landingPage'))
		.map((p) => toWebUrl(p.value))
		.find((url) => url && originOf(url) !== ownOrigin);
	if (landing) usage.use('dcat:landingPage', 'landing_page');
	const documentation = [
		...new Set(
			objectsOf(store, node, FOAF('page'))
				.map((p) => toWebUrl(p.value))
				.filter(Boolean) as string[],
		),
	];
	if (documentation.length > 0) usage.use('foaf:page', 'documentation');
	const distributionNodes = objectsOf(store, node, DCAT('distribution'));
	// DCAT-AP puts licences on distributions: the dataset's is its own, else the one most of its distributions have.
	const ownLicence = valueOf(store, node, DCT('license'));
	const licenceIris = distributionNodes.map((d) => valueOf(store, d, DCT('license')));
	const licenceIri = ownLicence ?? mostCommon(licenceIris);
	const licence = matchLicence(licenceIri);
	if (licence.kind !== 'none') {
		usage.use(ownLicence ? 'dct:license' : 'distribution dct:license', 'licence');
		usage.vocabulary('licence', licenceIri, licence.kind === 'known' ? licence.licence.id : undefined);
	}
	// A distribution named after its file is named in the language the record is written in.
	const recordLanguage = title && Object.keys(title).length === 1 ? Object.keys(title)[0]! : lang;
	const mapped = distributionNodes.map((d, i) => ({ distribution: distribution(store, d, lang, recordLanguage, usage), licence: licenceIris[i] }));
	const kept = mapped.filter((m) => m.distribution);
	const distributions = kept.map((m) => m.distribution) as NonNullable<Fields['distributions']>;
	const distributionLicences = kept.map((m) => (m.licence && m.licence !== licenceIri ? matchLicence(m.licence) : { kind: 'none' as const }));
	if (distributions.length > 0) usage.use('dcat:distribution', 'distributions');
	return {
		sourceId,
		preferredId: identifier && /^[a-z0-9][a-z0-9-]{0,99}$/.test(identifier) ? identifier : node.termType === 'NamedNode' ? lastSegment(node.value) : identifier,
		url: node.termType === 'NamedNode' ? toWebUrl(node.value) : undefined,
		publisher: publisher(store, node, lang, usage),
		licence,
		distributionLicences,
		usage,
		fields: {
			title,
			description,
			contact_point: contact(store, node, lang, usage),
			keywords,
			themes: themes.length > 0 ? themes : undefined,
			access_level: level,
			rationale,
			issued,
			modified,
			update_frequency: frequency,
			temporal_coverage: temporal(store, node, usage),
			spatial_coverage: spatial(store, node, lang, usage),
			languages: languages.length > 0 ? languages : undefined,
			distributions: distributions.length > 0 ? distributions : undefined,
			landing_page: landing,
			documentation: documentation.length > 0 ? documentation.slice(0, 20) : undefined,
		},
	};
}

function mostCommon(values: ReadonlyArray<string | undefined>): string | undefined {
	const counts = new Map<string, number>();
	for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function originOf(url: string): string | undefined {
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

function publisher(store: Store, node: Term, lang: string, usage: Usage): MappedPublisher | undefined {
	const agent = objectsOf(store, node, DCT('publisher'))[0];
	if (!agent) return undefined;
	usage.use('dct:publisher', 'publisher');
	const names = Object.fromEntries(Object.entries(literalsByLanguage(store, agent, FOAF('name'), lang)).map(([l, v]) => [l, v[0]]));
	const name = localizedLine(names);
	const key = (name && (name[lang] ?? Object.values(name)[0])) ?? (agent.termType === 'NamedNode' ? agent.value : undefined);
	if (!key) return undefined;
	return {
		key,
		name: name ?? { [lang]: key },
		email: toEmail(valueOf(store, agent, FOAF('mbox'))),
		homepage: toWebUrl(valueOf(store, agent, FOAF('homepage'))),
	};
}

function contact(store: Store, node: Term, lang: string, usage: Usage): Fields['contact_point'] {
	const kind = objectsOf(store, node, DCAT('contactPoint'))[0];
	if (!kind) return undefined;
	const email = toEmail(valueOf(store, kind, VCARD('hasEmail')));
	if (!email) return undefined;
	usage.use('dcat:contactPoint', 'contact_point');
	const name = localizedLine(Object.fromEntries(Object.entries(literalsByLanguage(store, kind, VCARD('fn'), lang)).map(([l, v]) => [l, v[0]])));
	const url = toWebUrl(valueOf(store, kind, VCARD('hasURL')));
	return { email, ...(name ? { name } : {}), ...(url ? { url } : {}) };
}

function temporal(store: Store, node: Term, usage: Usage): Fields['temporal_coverage'] {
	const period = objectsOf(store, node, DCT('temporal'))[0];
	if (!period) return undefined;
	const start = toDate(valueOf(store, period, DCAT('startDate'), SCHEMA('startDate')));
	if (!start) return undefined;
	usage.use('dct:temporal', 'temporal_coverage');
	const end = toDate(valueOf(store, period, DCAT('endDate'), SCHEMA('endDate')));
	return end && end >= start ? { start, end } : { start };
}

function spatial(store: Store, node: Term, lang: string, usage: Usage): Fields['spatial_coverage'] {
	const place = objectsOf(store, node, DCT('spatial'))[0];
	if (!place) return undefined;
	const labels = { ...literalsByLanguage(store, place, RDFS('label'), lang), ...literalsByLanguage(store, place, SKOS('prefLabel'), lang) };
	const name = localizedLine(Object.fromEntries(Object.entries(labels).map(([l, v]) => [l, v[0]])));
	if (!name) return undefined;
	usage.use('dct:spatial', 'spatial_coverage');
	const uri = place.termType === 'NamedNode' ? toWebUrl(place.value) : undefined;
	const bbox = wktBox(valueOf(store, place, DCAT('bbox')));
	return { name, ...(uri && !uri.includes('/datasets/') ? { uri } : {}), ...(bbox ? { bbox } : {}) };
}

/** The bounding box of a WKT polygon (`POLYGON((w s, e s, e n, w n, w s))`). */
function wktBox(wkt: string | undefined): [number, number, number, number] | undefined {
	if (!wkt) return undefined;
	const numbers = [...wkt.replace(/^<[^>]*>\s*/, '').matchAll(/(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
	if (numbers.length === 0) return undefined;
	const xs = numbers.map((p) => p[0]!);
	const ys = numbers.map((p) => p[1]!);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function distribution(store: Store, node: Term, lang: string, recordLanguage: string, usage: Usage) {
	const text = (predicate: Term) => Object.fromEntries(Object.entries(literalsByLanguage(store, node, predicate, lang)).map(([l, v]) => [l, v[0]]));
	const download = valueOf(store, node, DCAT('downloadURL'));
	const access = valueOf(store, node, DCAT('accessURL'));
	const mediaType = valueOf(store, node, DCAT('mediaType'))?.replace(/^https?:\/\/www\.iana\.org\/assignments\/media-types\//, '');
	const format = valueOf(store, node, DCT('format'));
	const size = valueOf(store, node, DCAT('byteSize'));
	for (const [predicate, target] of [
		['dct:title', 'title'],
		['dct:description', 'description'],
		['dcat:downloadURL', 'download_url'],
		['dcat:accessURL', 'access_url'],
		['dct:format', 'format'],
		['dcat:mediaType', 'media_type'],
		['dcat:byteSize', 'byte_size'],
		['dct:license', 'licence'],
		['foaf:page', 'data_dictionary'],
	])
		usage.use(`distribution ${predicate}`, `distributions[].${target}`);
	return toDistribution(
		{
			title: localizedLine(text(DCT('title'))),
			description: localizedMarkdown(text(DCT('description'))),
			url: download ?? access,
			kind: download ? 'download' : undefined,
			formats: [format, mediaType],
			mediaType,
			byteSize: size,
			dataDictionary: valueOf(store, node, FOAF('page')),
			languages: [
				...new Set(
					objectsOf(store, node, DCT('language'))
						.map((l) => languageCode(l.value))
						.filter(Boolean) as string[],
				),
			],
		},
		usage,
		recordLanguage,
	);
}

/** The predicates a dataset node carries, and those of its distributions, as report field names. */
export function dcatFields({ store, node }: DcatRaw): string[] {
	const fields = new Set(store.getQuads(node, null, null, null).map((q) => compact(q.predicate.value)));
	for (const d of objectsOf(store, node, DCAT('distribution')))
		for (const q of store.getQuads(d as Quad_Subject, null, null, null)) fields.add(`distribution ${compact(q.predicate.value)}`);
	return [...fields];
}
