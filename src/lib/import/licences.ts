/**
 * Licences other catalogues name (CKAN licence ids, SPDX ids, EU licence IRIs, licence URLs and
 * titles) as licences of catalogue.yaml, with whether each is open as the Open Definition judges
 * it (https://opendefinition.org/licenses/). A licence not in this table is reported for the
 * steward to add, saying whether it is open; the importer never decides that.
 */
import type { LicenceRecord } from '../records.ts';

/** A licence this table knows, and the names other catalogues give it. */
interface KnownLicence extends LicenceRecord {
	open: boolean;
	/** Names besides `id` and `url`, which match already (as keys: any scheme, `www.`, trailing slash). */
	aliases: string[];
}

const KNOWN: KnownLicence[] = [
	{
		id: 'ogl-canada-2-0',
		name: { en: 'Open Government Licence – Canada', fr: 'Licence du gouvernement ouvert – Canada' },
		url: 'https://open.canada.ca/en/open-government-licence-canada',
		open: true,
		aliases: ['ca-ogl-lgo', 'ogl-canada-2.0', 'open.canada.ca/fr/licence-du-gouvernement-ouvert-canada', 'open government licence - canada'],
	},
	{
		id: 'ogl-ontario',
		name: { en: 'Open Government Licence – Ontario', fr: 'Licence du gouvernement ouvert – Ontario' },
		url: 'https://www.ontario.ca/page/open-government-licence-ontario',
		equivalent: 'CC-BY-4.0',
		open: true,
		aliases: ['ogl-on', 'open government licence - ontario'],
	},
	{
		id: 'ogl-uk-3-0',
		name: { en: 'Open Government Licence v3.0 (UK)', fr: 'Open Government Licence v3.0 (Royaume-Uni)' },
		url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
		equivalent: 'OGL-UK-3.0',
		open: true,
		aliases: ['uk-ogl', 'ogl-uk-3.0', 'nationalarchives.gov.uk/doc/open-government-licence', 'uk open government licence v3.0'],
	},
	{
		id: 'ogl-uk-2-0',
		name: { en: 'Open Government Licence v2.0 (UK)', fr: 'Open Government Licence v2.0 (Royaume-Uni)' },
		url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/2/',
		open: true,
		aliases: ['ogl-uk-2.0'],
	},
	{
		id: 'cc-by-4-0',
		name: { en: 'Creative Commons Attribution 4.0 International', fr: 'Creative Commons Attribution 4.0 International' },
		url: 'https://creativecommons.org/licenses/by/4.0/',
		equivalent: 'CC-BY-4.0',
		open: true,
		aliases: [
			'cc-by',
			'cc-by-4.0',
			'publications.europa.eu/resource/authority/licence/cc_by_4_0',
			'dcat-ap.de/def/licenses/cc-by-4.0',
			'creative commons attribution 4.0 international',
		],
	},
	{
		id: 'cc-by-3-0',
		name: { en: 'Creative Commons Attribution 3.0', fr: 'Creative Commons Attribution 3.0' },
		url: 'https://creativecommons.org/licenses/by/3.0/',
		open: true,
		aliases: ['cc-by-3.0'],
	},
	{
		id: 'cc-by-sa-4-0',
		name: { en: 'Creative Commons Attribution-ShareAlike 4.0', fr: 'Creative Commons Attribution - Partage dans les mêmes conditions 4.0' },
		url: 'https://creativecommons.org/licenses/by-sa/4.0/',
		equivalent: 'CC-BY-SA-4.0',
		open: true,
		aliases: ['cc-by-sa', 'cc-by-sa-4.0', 'publications.europa.eu/resource/authority/licence/cc_bysa_4_0'],
	},
	{
		id: 'cc-by-sa-3-0',
		name: { en: 'Creative Commons Attribution-ShareAlike 3.0', fr: 'Creative Commons Attribution - Partage dans les mêmes conditions 3.0' },
		url: 'https://creativecommons.org/licenses/by-sa/3.0/',
		open: true,
		aliases: ['cc-by-sa-3.0'],
	},
	{
		id: 'cc0-1-0',
		name: { en: 'CC0 1.0 Universal (public domain dedication)', fr: 'CC0 1.0 universel (dévouement au domaine public)' },
		url: 'https://creativecommons.org/publicdomain/zero/1.0/',
		equivalent: 'CC0-1.0',
		open: true,
		aliases: [
			'cc-zero',
			'cc0',
			'cc0-1.0',
			'creativecommons.org/share-your-work/public-domain/cc0',
			'publications.europa.eu/resource/authority/licence/cc0',
			'dcat-ap.de/def/licenses/cc-zero',
		],
	},
	{
		id: 'public-domain-mark',
		name: { en: 'Public Domain Mark 1.0', fr: 'Marque du domaine public 1.0' },
		url: 'https://creativecommons.org/publicdomain/mark/1.0/',
		open: true,
		aliases: ['other-pd'],
	},
	{
		id: 'us-public-domain',
		name: { en: 'U.S. Government Works (public domain)', fr: 'Œuvres du gouvernement des États-Unis (domaine public)' },
		url: 'https://www.usa.gov/government-works',
		open: true,
		aliases: ['us-pd', 'usa.gov/publicdomain/label/1.0', 'usa.gov/publicdomain'],
	},
	{
		id: 'odbl-1-0',
		name: { en: 'Open Data Commons Open Database License 1.0', fr: 'Licence ouverte de base de données (ODbL) 1.0' },
		url: 'https://opendatacommons.org/licenses/odbl/1-0/',
		equivalent: 'ODbL-1.0',
		open: true,
		aliases: ['odc-odbl', 'odbl', 'odbl-1.0', 'opendatacommons.org/licenses/odbl', 'opendatacommons.org/licenses/odbl/1.0', 'dcat-ap.de/def/licenses/odbl'],
	},
	{
		id: 'odc-by-1-0',
		name: { en: 'Open Data Commons Attribution License 1.0', fr: 'Licence Open Data Commons Attribution 1.0' },
		url: 'https://opendatacommons.org/licenses/by/1-0/',
		equivalent: 'ODC-By-1.0',
		open: true,
		aliases: ['odc-by', 'odc-by-1.0', 'opendatacommons.org/licenses/by', 'opendefinition.org/licenses/odc-by'],
	},
	{
		id: 'pddl-1-0',
		name: { en: 'Open Data Commons Public Domain Dedication and Licence 1.0', fr: 'Dédicace et licence du domaine public Open Data Commons 1.0' },
		url: 'https://opendatacommons.org/licenses/pddl/1-0/',
		equivalent: 'PDDL-1.0',
		open: true,
		aliases: ['odc-pddl', 'pddl', 'pddl-1.0', 'opendatacommons.org/licenses/pddl', 'opendefinition.org/licenses/odc-pddl'],
	},
	{
		id: 'dl-de-by-2-0',
		name: { en: 'Data licence Germany – attribution – version 2.0', fr: 'Licence de données Allemagne – attribution – version 2.0' },
		url: 'https://www.govdata.de/dl-de/by-2-0',
		open: true,
		aliases: ['dl-de/by-2-0', 'dl-by-de/2.0', 'dcat-ap.de/def/licenses/dl-by-de/2.0', 'dcat-ap.de/def/licenses/dl-by-de/2_0'],
	},
	{
		id: 'dl-de-zero-2-0',
		name: { en: 'Data licence Germany – zero – version 2.0', fr: 'Licence de données Allemagne – zéro – version 2.0' },
		url: 'https://www.govdata.de/dl-de/zero-2-0',
		open: true,
		aliases: ['dl-de/zero-2-0', 'dl-zero-de/2.0', 'dcat-ap.de/def/licenses/dl-zero-de/2.0'],
	},
	{
		id: 'licence-ouverte-2-0',
		name: { en: 'Open Licence 2.0 (Etalab)', fr: 'Licence Ouverte 2.0 (Etalab)' },
		url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
		open: true,
		aliases: ['lo-2.0', 'etalab-2.0', 'etalab.gouv.fr/wp-content/uploads/2017/04/etalab-licence-ouverte-v2.0.pdf'],
	},
	{
		id: 'cc-by-nc-4-0',
		name: { en: 'Creative Commons Attribution-NonCommercial 4.0', fr: 'Creative Commons Attribution - Pas d’utilisation commerciale 4.0' },
		url: 'https://creativecommons.org/licenses/by-nc/4.0/',
		open: false,
		aliases: ['cc-nc', 'cc-by-nc-4.0'],
	},
	{
		id: 'non-commercial-use-only',
		name: { en: 'Non-commercial use only (rightsstatements.org NoC-NC)', fr: 'Usage non commercial seulement (rightsstatements.org NoC-NC)' },
		url: 'https://rightsstatements.org/page/NoC-NC/1.0/',
		open: false,
		aliases: ['other-nc', 'rightsstatements.org/vocab/noc-nc/1.0'],
	},
];

/** A licence id, URL or title as a key: lower case, without scheme, `www.`, trailing slash or `.html`. */
function key(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\.html?$/, '')
		.replace(/\/+$/, '');
}

const BY_KEY = new Map<string, KnownLicence>();
for (const licence of KNOWN) for (const alias of [licence.id, licence.url, ...licence.aliases]) BY_KEY.set(key(alias), licence);

/** What a source's licence values (id, URL, title: any of them) come to. */
export type LicenceMatch =
	{ kind: 'known'; licence: LicenceRecord & { open: boolean } } | { kind: 'unknown'; id: string; label: string; url?: string } | { kind: 'none' };

/** Values that say there is no licence, or that a licence was not given. */
const NONE = new Set(['', 'notspecified', 'not specified', 'none', 'no licence', 'no license', 'not applicable', 'other']);

/**
 * The licence the first of `values` that names one stands for. A value the table does not know is
 * `unknown`, with an identifier made from it (so every record under it points to the same entry
 * the steward adds); no value at all is `none`.
 */
export function matchLicence(...values: unknown[]): LicenceMatch {
	const given = values.filter((v): v is string => typeof v === 'string' && !NONE.has(v.trim().toLowerCase()));
	for (const value of given) {
		const known = BY_KEY.get(key(value));
		if (known) {
			const { aliases: _aliases, ...licence } = known;
			return { kind: 'known', licence };
		}
	}
	const first = given[0];
	if (first === undefined) return { kind: 'none' };
	const url = given.map((v) => v.trim()).find((v) => /^https?:\/\//i.test(v));
	const id =
		key(first)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'licence';
	return { kind: 'unknown', id, label: first.trim(), url: url?.replace(/ /g, '%20') };
}
