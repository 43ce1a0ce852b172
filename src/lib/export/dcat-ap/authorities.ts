/**
 * IRIs of the EU authority tables and registries the export points to, beyond the vocabularies in
 * `src/lib/vocabularies/` (themes, frequencies, file types, languages).
 */
import type { AccessLevel } from '../../records.ts';
import { SCHEMES, type VocabularyEntry } from '../../vocabularies/index.ts';

/** The EU access-right table. */
export const ACCESS_RIGHT_SCHEME = 'http://publications.europa.eu/resource/authority/access-right';

/** The EU data-theme scheme, the catalogue's `dcat:themeTaxonomy`. */
export const DATA_THEME_SCHEME = SCHEMES.theme;

/** The two access-right concepts the export uses, with their labels in the EU table. */
const ACCESS_RIGHTS: Record<'PUBLIC' | 'NON_PUBLIC', VocabularyEntry> = {
	PUBLIC: { code: 'PUBLIC', iri: `${ACCESS_RIGHT_SCHEME}/PUBLIC`, label: { en: 'public', fr: 'public' } },
	NON_PUBLIC: { code: 'NON_PUBLIC', iri: `${ACCESS_RIGHT_SCHEME}/NON_PUBLIC`, label: { en: 'non-public', fr: 'non public' } },
};

/**
 * The EU access-right concept for an access level.
 *
 * - `open` → PUBLIC.
 * - `restricted` → NON_PUBLIC: an exemption (privacy, security, …) keeps the data from the public.
 * - `under_review` → NON_PUBLIC as well. In the EU table RESTRICTED means "available under
 *   conditions" (registration, a request, a fee): a reader could obtain the data. A dataset under
 *   review cannot be obtained at all until the review ends, which is what NON_PUBLIC says; the
 *   review note goes with it as a rights statement.
 */
export function accessRight(level: AccessLevel): VocabularyEntry {
	return ACCESS_RIGHTS[level === 'open' ? 'PUBLIC' : 'NON_PUBLIC'];
}

/** The IANA registry IRI of a media type, e.g. `text/csv` → `http://www.iana.org/assignments/media-types/text/csv`. */
export function mediaTypeIri(mediaType: string): string {
	return `http://www.iana.org/assignments/media-types/${mediaType.trim().toLowerCase()}`;
}

/** The SPDX IRI of a licence identifier, e.g. `CC-BY-4.0` → `http://spdx.org/licenses/CC-BY-4.0`. */
export function spdxLicenceIri(spdxId: string): string {
	return `http://spdx.org/licenses/${spdxId}`;
}

/** SPDX identifiers the schema allows for `equivalent`, with their code in the EU licence table. */
const EU_LICENCE_CODE: Record<string, string> = {
	'CC-BY-4.0': 'CC_BY_4_0',
	'CC-BY-SA-4.0': 'CC_BYSA_4_0',
	'CC0-1.0': 'CC0',
	'PDDL-1.0': 'ODC_PDDL',
	'ODC-By-1.0': 'ODC_BY',
	'ODbL-1.0': 'ODC_BL',
	'OGL-UK-3.0': 'OGL_3_0',
};

/** The EU licence authority IRI for an SPDX identifier, or `undefined` when the table has none. */
export function euLicenceIri(spdxId: string): string | undefined {
	const code = EU_LICENCE_CODE[spdxId];
	return code ? `http://publications.europa.eu/resource/authority/licence/${code}` : undefined;
}
