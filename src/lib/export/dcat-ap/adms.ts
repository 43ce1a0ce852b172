/**
 * The concepts DCAT-AP recommends for agents, licences and distributions, from the tables its
 * controlled-vocabulary shapes name: ADMS publisher types and licence types, and the EU
 * planned-availability table. Each is a `skos:Concept` placed in its table with `skos:inScheme`,
 * as the other vocabulary concepts of the export (concepts.ts).
 */
import type { CatalogueRecord, LicenceRecord, PublisherType } from '../../records.ts';
import type { VocabularyEntry } from '../../vocabularies/index.ts';

/** The ADMS publisher-type scheme. */
export const PUBLISHER_TYPE_SCHEME = 'http://purl.org/adms/publishertype/1.0';
/** The ADMS licence-type scheme. */
export const LICENCE_TYPE_SCHEME = 'http://purl.org/adms/licencetype/1.0';
/** The EU planned-availability table. */
export const AVAILABILITY_SCHEME = 'http://publications.europa.eu/resource/authority/planned-availability';

function publisherType(code: string, en: string, fr: string): VocabularyEntry {
	return { code, iri: `http://purl.org/adms/publishertype/${code}`, label: { en, fr } };
}

const AUTHORITY = {
	national: publisherType('NationalAuthority', 'National authority', 'Autorité nationale'),
	regional: publisherType('RegionalAuthority', 'Regional authority', 'Autorité régionale'),
	local: publisherType('LocalAuthority', 'Local authority', 'Autorité locale'),
} as const;

const COMPANY = publisherType('Company', 'Company', 'Entreprise');

/** The level of government of the catalogue's publishers (`government_level` in catalogue.yaml). */
export type GovernmentLevel = NonNullable<CatalogueRecord['government_level']>;

/**
 * The ADMS publisher type of a publisher: a municipality is a local authority and a crown
 * corporation a company, whatever the catalogue; a ministry, agency or office (and the office that
 * runs the catalogue, `type` undefined) is an authority of the catalogue's level of government,
 * and has no type when the catalogue does not give its level.
 */
export function admsPublisherType(type: PublisherType | undefined, level: GovernmentLevel | undefined): VocabularyEntry | undefined {
	if (type === 'municipality') return AUTHORITY.local;
	if (type === 'crown_corporation') return COMPANY;
	return level ? AUTHORITY[level] : undefined;
}

function licenceType(code: string, en: string, fr: string): VocabularyEntry {
	return { code, iri: `http://purl.org/adms/licencetype/${code}`, label: { en, fr } };
}

const ATTRIBUTION = licenceType('Attribution', 'Attribution', 'Attribution');
const SHARE_ALIKE = licenceType('ShareAlike', 'Share alike', 'Partage dans les mêmes conditions');
const PUBLIC_DOMAIN = licenceType('PublicDomain', 'Public domain', 'Domaine public');

/** What the well-known licences a catalogue licence can be `equivalent` to require, as ADMS licence types. */
const LICENCE_TYPES: Record<NonNullable<LicenceRecord['equivalent']>, VocabularyEntry[]> = {
	'CC-BY-4.0': [ATTRIBUTION],
	'CC-BY-SA-4.0': [ATTRIBUTION, SHARE_ALIKE],
	'CC0-1.0': [PUBLIC_DOMAIN],
	'PDDL-1.0': [PUBLIC_DOMAIN],
	'ODC-By-1.0': [ATTRIBUTION],
	'ODbL-1.0': [ATTRIBUTION, SHARE_ALIKE],
	'OGL-UK-3.0': [ATTRIBUTION],
};

/** The ADMS licence types of a licence, from the well-known licence it is equivalent to; none otherwise. */
export function admsLicenceTypes(licence: LicenceRecord): VocabularyEntry[] {
	return licence.equivalent ? LICENCE_TYPES[licence.equivalent] : [];
}

/**
 * The planned availability of every distribution: AVAILABLE, "available for some time" in the EU
 * table, the claim a catalogue can make of files whose publishers keep them up to date, without
 * promising the long-term permanence of STABLE.
 */
export const AVAILABLE: VocabularyEntry = { code: 'AVAILABLE', iri: `${AVAILABILITY_SCHEME}/AVAILABLE`, label: { en: 'available', fr: 'disponible' } };
