/**
 * Synthetic catalogue generator for the benchmark (`npm run bench`) and for tests that need a
 * large, valid catalogue.
 *
 * `generateCatalogue(dir, { datasets, seed })` writes a complete catalogue folder:
 *
 * - `catalogue.yaml`: languages en/fr, four licences, all thirteen EU data themes;
 * - `publishers/<id>.yaml`: about one publisher per 200 datasets (at least 5);
 * - `datasets/<publisher>/<id>.yaml`: bilingual records with Markdown descriptions of ~1–2 KB per
 *   language, about 75% open (licence and 1–4 distributions), 15% restricted (exemption and
 *   rationale) and 10% under review (review note), some of them high-value.
 *
 * Everything is drawn from a seeded PRNG, so the same `datasets` and `seed` always give
 * byte-identical files. The output is meant to be valid against schemas/*.schema.json and the
 * cross-file rules (identifier = file name, publisher = folder, licences and themes from
 * catalogue.yaml, issued ≤ modified ≤ today).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type {
	AccessLevel,
	CatalogueRecord,
	DatasetRecord,
	DistributionRecord,
	Exemption,
	PublisherRecord,
	PublisherType,
} from '../../src/lib/records.ts';

/** Options for {@link generateCatalogue}. */
export interface GenerateOptions {
	/** How many dataset files to write. */
	datasets: number;
	/** PRNG seed; the same seed and size give the same files. Default 1. */
	seed?: number;
	/** How many publishers; default `max(5, round(datasets / 200))`. */
	publishers?: number;
}

/** What {@link generateCatalogue} wrote. */
export interface GeneratedCatalogue {
	/** The catalogue folder (the `dir` argument). */
	dir: string;
	/** Every file written, relative to `dir`, with forward slashes. */
	files: string[];
	/** Total size of the files, in bytes. */
	bytes: number;
	publisherIds: string[];
	/** How many datasets of each access level were written. */
	accessLevels: Record<AccessLevel, number>;
	highValue: number;
}

/** The frequency codes of src/lib/vocabularies/frequencies.json (weighted towards the common ones). */
const FREQUENCIES = [
	'UPDATE_CONT', 'CONT', 'HOURLY', 'DAILY', 'DAILY', 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'MONTHLY', 'MONTHLY',
	'BIMONTHLY', 'QUARTERLY', 'QUARTERLY', 'ANNUAL_2', 'ANNUAL', 'ANNUAL', 'ANNUAL', 'ANNUAL', 'BIENNIAL',
	'TRIENNIAL', 'QUINQUENNIAL', 'IRREG', 'IRREG', 'NEVER', 'OTHER', 'UNKNOWN',
];

const THEMES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN'];

const LICENCES = ['ogl-bench', 'cc-by-4-0', 'cc0-1-0', 'odbl-1-0'];
/** Weighted: most open data uses the government licence. */
const LICENCE_WEIGHTS = ['ogl-bench', 'ogl-bench', 'ogl-bench', 'ogl-bench', 'ogl-bench', 'ogl-bench', 'cc-by-4-0', 'cc0-1-0', 'odbl-1-0'];

const EXEMPTIONS: Exemption[] = ['legal_and_contractual_obligations', 'privacy', 'security', 'confidentiality', 'commercial_sensitivity'];

const BASE_URL = 'https://data.example.org';

/** A text in both languages (a type alias, so it fits the records' `LocalizedText`). */
type Word = { en: string; fr: string };

/** A subject area: a ministry's name, its themes and the words its datasets are made of. */
interface Subject {
	slug: string;
	acronym: string;
	name: Word;
	themes: string[];
	topics: Word[];
}

const SUBJECTS: Subject[] = [
	{
		slug: 'transportation', acronym: 'MTO', name: { en: 'Transportation', fr: 'Transports' }, themes: ['TRAN', 'REGI'],
		topics: [
			{ en: 'traffic volumes', fr: 'volumes de circulation' }, { en: 'road collisions', fr: 'collisions routières' },
			{ en: 'bridge inspections', fr: 'inspections des ponts' }, { en: 'transit ridership', fr: 'achalandage du transport collectif' },
			{ en: 'driver licences', fr: 'permis de conduire' }, { en: 'winter road conditions', fr: 'conditions routières hivernales' },
		],
	},
	{
		slug: 'health', acronym: 'MOH', name: { en: 'Health', fr: 'Santé' }, themes: ['HEAL', 'SOCI'],
		topics: [
			{ en: 'hospital wait times', fr: 'temps d’attente à l’hôpital' }, { en: 'vaccinations', fr: 'vaccinations' },
			{ en: 'emergency department visits', fr: 'visites aux urgences' }, { en: 'health facilities', fr: 'établissements de santé' },
			{ en: 'long-term care inspections', fr: 'inspections des soins de longue durée' }, { en: 'physician supply', fr: 'effectifs médicaux' },
		],
	},
	{
		slug: 'environment', acronym: 'MECP', name: { en: 'the Environment', fr: 'l’Environnement' }, themes: ['ENVI', 'HEAL'],
		topics: [
			{ en: 'air quality readings', fr: 'mesures de la qualité de l’air' }, { en: 'lake water quality', fr: 'qualité de l’eau des lacs' },
			{ en: 'spills', fr: 'déversements' }, { en: 'greenhouse gas emissions', fr: 'émissions de gaz à effet de serre' },
			{ en: 'park boundaries', fr: 'limites des parcs' }, { en: 'species at risk', fr: 'espèces en péril' },
		],
	},
	{
		slug: 'education', acronym: 'EDU', name: { en: 'Education', fr: 'l’Éducation' }, themes: ['EDUC', 'SOCI'],
		topics: [
			{ en: 'school enrolment', fr: 'effectifs scolaires' }, { en: 'graduation rates', fr: 'taux d’obtention du diplôme' },
			{ en: 'school locations', fr: 'emplacement des écoles' }, { en: 'assessment results', fr: 'résultats des évaluations' },
			{ en: 'school bus routes', fr: 'circuits d’autobus scolaires' }, { en: 'teacher counts', fr: 'nombre d’enseignants' },
		],
	},
	{
		slug: 'finance', acronym: 'FIN', name: { en: 'Finance', fr: 'Finances' }, themes: ['ECON', 'GOVE'],
		topics: [
			{ en: 'budget tables', fr: 'tableaux budgétaires' }, { en: 'public accounts', fr: 'comptes publics' },
			{ en: 'tax expenditures', fr: 'dépenses fiscales' }, { en: 'salary disclosure', fr: 'divulgation des traitements' },
			{ en: 'transfer payments', fr: 'paiements de transfert' }, { en: 'debt issues', fr: 'émissions de titres d’emprunt' },
		],
	},
	{
		slug: 'energy', acronym: 'ENG', name: { en: 'Energy', fr: 'Énergie' }, themes: ['ENER', 'ECON'],
		topics: [
			{ en: 'electricity rates', fr: 'tarifs d’électricité' }, { en: 'generation by source', fr: 'production par source' },
			{ en: 'natural gas rates', fr: 'tarifs du gaz naturel' }, { en: 'utility scorecards', fr: 'fiches de rendement des services publics' },
			{ en: 'power outages', fr: 'pannes de courant' }, { en: 'energy efficiency programs', fr: 'programmes d’efficacité énergétique' },
		],
	},
	{
		slug: 'agriculture', acronym: 'AGR', name: { en: 'Agriculture and Food', fr: 'Agriculture et Alimentation' }, themes: ['AGRI', 'ECON'],
		topics: [
			{ en: 'crop yields', fr: 'rendements des cultures' }, { en: 'farm incomes', fr: 'revenus agricoles' },
			{ en: 'livestock counts', fr: 'effectifs du bétail' }, { en: 'food inspections', fr: 'inspections des aliments' },
			{ en: 'soil surveys', fr: 'relevés pédologiques' }, { en: 'drainage permits', fr: 'permis de drainage' },
		],
	},
	{
		slug: 'justice', acronym: 'JUS', name: { en: 'the Attorney General', fr: 'Procureur général' }, themes: ['JUST', 'GOVE'],
		topics: [
			{ en: 'court caseloads', fr: 'charges de travail des tribunaux' }, { en: 'time to trial', fr: 'délais avant procès' },
			{ en: 'legal aid certificates', fr: 'certificats d’aide juridique' }, { en: 'jury summonses', fr: 'convocations de jurés' },
			{ en: 'tribunal decisions', fr: 'décisions des tribunaux administratifs' }, { en: 'fines collected', fr: 'amendes perçues' },
		],
	},
	{
		slug: 'economy', acronym: 'MED', name: { en: 'Economic Development', fr: 'Développement économique' }, themes: ['ECON', 'TECH'],
		topics: [
			{ en: 'business registrations', fr: 'immatriculations d’entreprises' }, { en: 'procurement contracts', fr: 'contrats d’approvisionnement' },
			{ en: 'export statistics', fr: 'statistiques d’exportation' }, { en: 'grant recipients', fr: 'bénéficiaires de subventions' },
			{ en: 'broadband coverage', fr: 'couverture à large bande' }, { en: 'labour force survey', fr: 'enquête sur la population active' },
		],
	},
	{
		slug: 'municipal-affairs', acronym: 'MMA', name: { en: 'Municipal Affairs and Housing', fr: 'Affaires municipales et Logement' }, themes: ['REGI', 'SOCI'],
		topics: [
			{ en: 'housing starts', fr: 'mises en chantier' }, { en: 'building permits', fr: 'permis de construire' },
			{ en: 'municipal finances', fr: 'finances municipales' }, { en: 'land use plans', fr: 'plans d’aménagement' },
			{ en: 'social housing waitlists', fr: 'listes d’attente de logement social' }, { en: 'property assessments', fr: 'évaluations foncières' },
		],
	},
	{
		slug: 'international', acronym: 'INT', name: { en: 'Intergovernmental Affairs', fr: 'Affaires intergouvernementales' }, themes: ['INTR', 'GOVE'],
		topics: [
			{ en: 'international agreements', fr: 'ententes internationales' }, { en: 'trade missions', fr: 'missions commerciales' },
			{ en: 'foreign offices', fr: 'bureaux à l’étranger' }, { en: 'federal transfers', fr: 'transferts fédéraux' },
			{ en: 'official visits', fr: 'visites officielles' }, { en: 'cross-border crossings', fr: 'passages frontaliers' },
		],
	},
	{
		slug: 'digital', acronym: 'DGS', name: { en: 'Digital Government', fr: 'Gouvernement numérique' }, themes: ['TECH', 'GOVE'],
		topics: [
			{ en: 'online service usage', fr: 'utilisation des services en ligne' }, { en: 'IT project costs', fr: 'coûts des projets informatiques' },
			{ en: 'web accessibility audits', fr: 'vérifications de l’accessibilité Web' }, { en: 'call centre volumes', fr: 'volumes des centres d’appels' },
			{ en: 'open data requests', fr: 'demandes de données ouvertes' }, { en: 'cybersecurity incidents', fr: 'incidents de cybersécurité' },
		],
	},
];

/** The French "Ministère …" complement of each subject. */
const MINISTRY_FR: Record<string, string> = {
	transportation: 'des Transports', health: 'de la Santé', environment: 'de l’Environnement', education: 'de l’Éducation',
	finance: 'des Finances', energy: 'de l’Énergie', agriculture: 'de l’Agriculture et de l’Alimentation', justice: 'du Procureur général',
	economy: 'du Développement économique', 'municipal-affairs': 'des Affaires municipales et du Logement',
	international: 'des Affaires intergouvernementales', digital: 'du Gouvernement numérique',
};

/** How a dataset is broken down; combined with a topic to make a title. */
const BREAKDOWNS: Word[] = [
	{ en: 'by region', fr: 'par région' }, { en: 'by municipality', fr: 'par municipalité' }, { en: 'by month', fr: 'par mois' },
	{ en: 'by age group and sex', fr: 'selon le groupe d’âge et le sexe' }, { en: 'by facility', fr: 'par établissement' },
	{ en: 'by fiscal year', fr: 'par exercice financier' }, { en: 'by postal area', fr: 'par secteur postal' },
	{ en: 'by program', fr: 'par programme' }, { en: 'by census division', fr: 'par division de recensement' },
];

const REGIONS: Word[] = [
	{ en: 'Province of Bench', fr: 'Province de Bench' }, { en: 'Northern region', fr: 'Région du Nord' },
	{ en: 'Eastern region', fr: 'Région de l’Est' }, { en: 'Central region', fr: 'Région du Centre' },
	{ en: 'Western region', fr: 'Région de l’Ouest' },
];

const METHODS: Word[] = [
	{ en: 'administrative records kept by the program office', fr: 'des dossiers administratifs tenus par le bureau du programme' },
	{ en: 'a province-wide survey repeated every year', fr: 'une enquête provinciale répétée chaque année' },
	{ en: 'automatic sensors that report to a central system', fr: 'des capteurs automatiques reliés à un système central' },
	{ en: 'returns filed by regulated organizations', fr: 'des déclarations produites par les organismes réglementés' },
	{ en: 'inspections carried out by ministry staff', fr: 'des inspections effectuées par le personnel du ministère' },
];

const USES: Word[] = [
	{ en: 'plan services and infrastructure', fr: 'planifier les services et les infrastructures' },
	{ en: 'compare regions and track trends over time', fr: 'comparer les régions et suivre les tendances' },
	{ en: 'support academic research', fr: 'appuyer la recherche universitaire' },
	{ en: 'hold the government to account', fr: 'demander des comptes au gouvernement' },
	{ en: 'build applications and maps', fr: 'créer des applications et des cartes' },
	{ en: 'inform local decisions', fr: 'éclairer les décisions locales' },
];

const FIELDS: Word[] = [
	{ en: 'the reporting period', fr: 'la période de déclaration' }, { en: 'the region and municipality', fr: 'la région et la municipalité' },
	{ en: 'a count or amount', fr: 'un nombre ou un montant' }, { en: 'the category code and its label', fr: 'le code de catégorie et son libellé' },
	{ en: 'the data quality flag', fr: 'l’indicateur de qualité des données' }, { en: 'the source system', fr: 'le système source' },
	{ en: 'the rate per 100,000 people', fr: 'le taux pour 100 000 habitants' },
];

const RATIONALES: Record<Exemption, Word> = {
	legal_and_contractual_obligations: {
		en: 'The data was obtained under an agreement that forbids its release to third parties, and the *Public Records Act* requires the ministry to honour that agreement.',
		fr: 'Les données ont été obtenues en vertu d’une entente qui en interdit la communication à des tiers, et la *Loi sur les documents publics* oblige le ministère à respecter cette entente.',
	},
	privacy: {
		en: 'The records contain **personal information** about identifiable people. The *Freedom of Information and Protection of Privacy Act* does not allow their publication, even in part.',
		fr: 'Les dossiers contiennent des **renseignements personnels** sur des personnes identifiables. La *Loi sur l’accès à l’information et la protection de la vie privée* n’en permet pas la publication, même partielle.',
	},
	security: {
		en: 'The data describes the location and weaknesses of **critical infrastructure**; publishing it would help anyone planning to damage it.',
		fr: 'Les données décrivent l’emplacement et les vulnérabilités d’**infrastructures essentielles**; leur publication aiderait quiconque voudrait leur nuire.',
	},
	confidentiality: {
		en: 'The data is part of **Cabinet submissions** and advice to ministers, which are confidential under the Act.',
		fr: 'Les données font partie de **présentations au Conseil des ministres** et de conseils aux ministres, confidentiels en vertu de la Loi.',
	},
	commercial_sensitivity: {
		en: 'The data includes **trade secrets** and prices supplied in confidence by companies; releasing it could harm their competitive position.',
		fr: 'Les données comprennent des **secrets commerciaux** et des prix fournis à titre confidentiel par des entreprises; leur diffusion pourrait nuire à leur position concurrentielle.',
	},
};

interface FormatInfo {
	format: string;
	ext: string;
	mediaType: string;
	api: boolean;
}

const FORMATS: FormatInfo[] = [
	{ format: 'CSV', ext: 'csv', mediaType: 'text/csv', api: false },
	{ format: 'JSON', ext: 'json', mediaType: 'application/json', api: false },
	{ format: 'GEOJSON', ext: 'geojson', mediaType: 'application/geo+json', api: false },
	{ format: 'PDF', ext: 'pdf', mediaType: 'application/pdf', api: false },
	{ format: 'XLSX', ext: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', api: false },
	{ format: 'REST', ext: '', mediaType: 'application/json', api: true },
];

/** Mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Helpers bound to one PRNG. */
class Draw {
	readonly next: () => number;
	constructor(seed: number) {
		this.next = createRandom(seed);
	}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}
	/** `count` distinct items, in the order drawn. */
	sample<T>(items: readonly T[], count: number): T[] {
		const pool = [...items];
		const out: T[] = [];
		while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
		return out;
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
}

const DAY = 86_400_000;
const EPOCH_START = Date.UTC(2010, 0, 1);
/** The latest date written: safely before any "today" a validator may compare with. */
const LATEST = Date.UTC(2026, 5, 30);

function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugify(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** YAML text of a record with the language-server schema comment the example files carry. */
function toYaml(schemaPath: string, record: unknown): string {
	return `# yaml-language-server: $schema=${schemaPath}\n${stringify(record, { lineWidth: 0 })}`;
}

function catalogueRecord(): CatalogueRecord {
	return {
		title: { en: 'Province of Bench Open Data Catalogue (synthetic)', fr: 'Catalogue de données ouvertes de la Province de Bench (synthétique)' },
		description: {
			en: 'A **synthetic** catalogue generated for benchmarking. Government data is *open by default*; restricted data is listed with the exemption that applies.\n\nQuestions: [opendata@example.org](mailto:opendata@example.org).',
			fr: 'Un catalogue **synthétique** produit pour les mesures de performance. Les données gouvernementales sont *ouvertes par défaut*; les données restreintes sont inscrites avec l’exception applicable.\n\nQuestions : [opendata@example.org](mailto:opendata@example.org).',
		},
		publisher: {
			name: { en: 'Open Data Office', fr: 'Bureau des données ouvertes' },
			email: 'opendata@example.org',
			homepage: `${BASE_URL}/about`,
		},
		languages: ['en', 'fr'],
		site: { url: 'https://bench.example.org', base: '/' },
		licences: [
			{
				id: 'ogl-bench',
				name: { en: 'Open Government Licence – Bench', fr: 'Licence du gouvernement ouvert – Bench' },
				url: `${BASE_URL}/open-government-licence`,
				equivalent: 'CC-BY-4.0',
			},
			{
				id: 'cc-by-4-0',
				name: { en: 'Creative Commons Attribution 4.0 International', fr: 'Creative Commons Attribution 4.0 International' },
				url: 'https://creativecommons.org/licenses/by/4.0/',
				equivalent: 'CC-BY-4.0',
			},
			{
				id: 'cc0-1-0',
				name: { en: 'CC0 1.0 Universal', fr: 'CC0 1.0 universel' },
				url: 'https://creativecommons.org/publicdomain/zero/1.0/',
				equivalent: 'CC0-1.0',
			},
			{
				id: 'odbl-1-0',
				name: { en: 'Open Data Commons Open Database License 1.0', fr: 'Licence ouverte de base de données (ODbL) 1.0' },
				url: 'https://opendatacommons.org/licenses/odbl/1-0/',
				equivalent: 'ODbL-1.0',
			},
		],
		themes: [...THEMES],
		page_size: 20,
	} as CatalogueRecord;
}

interface PublisherPlan {
	record: PublisherRecord;
	subject: Subject;
}

/** Publisher `index`: one ministry per subject, then agencies, boards and regional offices. */
function publisherPlan(index: number): PublisherPlan {
	const subject = SUBJECTS[index % SUBJECTS.length]!;
	const round = Math.floor(index / SUBJECTS.length);
	let id: string;
	let name: Word;
	let acronym: Word;
	let type: PublisherType;
	if (round === 0) {
		id = subject.acronym.toLowerCase();
		name = { en: `Ministry of ${subject.name.en}`, fr: `Ministère ${MINISTRY_FR[subject.slug] ?? `— ${subject.name.fr}`}` };
		acronym = { en: subject.acronym, fr: subject.acronym };
		type = 'ministry';
	} else if (round === 1) {
		id = `${subject.slug}-agency`;
		name = { en: `${capitalize(subject.name.en.replace(/^the /, ''))} Agency`, fr: `Agence — ${subject.name.fr}` };
		acronym = { en: `${subject.acronym}A`, fr: `A${subject.acronym}` };
		type = 'agency';
	} else if (round === 2) {
		id = `${subject.slug}-board`;
		name = { en: `${capitalize(subject.name.en.replace(/^the /, ''))} Board`, fr: `Commission — ${subject.name.fr}` };
		acronym = { en: `${subject.acronym}B`, fr: `C${subject.acronym}` };
		type = 'crown_corporation';
	} else {
		const n = round - 2;
		id = `${subject.slug}-office-${n}`;
		name = { en: `${capitalize(subject.name.en.replace(/^the /, ''))} Regional Office ${n}`, fr: `Bureau régional ${n} — ${subject.name.fr}` };
		acronym = { en: `${subject.acronym}R${n}`, fr: `${subject.acronym}R${n}` };
		type = 'office';
	}
	const record: PublisherRecord = {
		id,
		name,
		acronym,
		type,
		description: {
			en: `The ${name.en} publishes data on ${subject.topics.slice(0, 3).map((t) => t.en).join(', ')} and related subjects.\n\nIts datasets are listed in this catalogue, whether they are open, restricted or under review.`,
			fr: `L’organisme « ${name.fr} » publie des données sur les sujets suivants : ${subject.topics.slice(0, 3).map((t) => t.fr).join(', ')}.\n\nSes jeux de données figurent dans ce catalogue, qu’ils soient ouverts, restreints ou en cours d’examen.`,
		},
		homepage: `${BASE_URL}/publishers/${id}`,
		email: `${id}.opendata@example.org`,
	};
	return { record, subject };
}

/** A few paragraphs of bilingual Markdown describing a dataset (~1–2 KB per language). */
function description(draw: Draw, topic: Word, breakdown: Word, publisherId: string, id: string, start: number): Word {
	const method = draw.pick(METHODS);
	const uses = draw.sample(USES, 3);
	const fields = draw.sample(FIELDS, draw.int(3, 5));
	const startYear = new Date(start).getUTCFullYear();
	const count = draw.int(120, 98_000).toLocaleString('en-US');
	const countFr = count.replace(/,/g, ' ');
	const url = `${BASE_URL}/${publisherId}/${id}/methodology`;
	const extra = draw.chance(0.5);
	const en = [
		`Data on **${topic.en}** ${breakdown.en}, from ${startYear} to the latest complete period. The file holds about ${count} rows and is refreshed as new records are confirmed.`,
		`For each row the data gives:\n\n${fields.map((f, i) => `- ${f.en}${i === fields.length - 1 ? '.' : ';'}`).join('\n')}`,
		`The figures come from ${method.en}. Counts below five are suppressed to protect privacy, and earlier periods may be revised when late records arrive. See the [methodology](${url}) for definitions, known limitations and the revision policy.`,
		`People use this data to ${uses[0]!.en}, to ${uses[1]!.en} and to ${uses[2]!.en}.`,
		...(extra
			? [`Figures before ${startYear + 2} were collected with an older system and are *not directly comparable* with later years; a note in the data dictionary explains the differences in detail.`]
			: []),
	].join('\n\n');
	const fr = [
		`Données sur les **${topic.fr}** ${breakdown.fr}, de ${startYear} à la dernière période complète. Le fichier compte environ ${countFr} lignes et est mis à jour à mesure que de nouveaux dossiers sont confirmés.`,
		`Pour chaque ligne, les données indiquent :\n\n${fields.map((f, i) => `- ${f.fr}${i === fields.length - 1 ? '.' : ';'}`).join('\n')}`,
		`Les chiffres proviennent ${method.fr.startsWith('des ') ? method.fr.replace(/^des /, 'de ') : `d’${method.fr}`}. Les nombres inférieurs à cinq sont supprimés pour protéger la vie privée, et les périodes antérieures peuvent être révisées à l’arrivée de dossiers tardifs. Consultez la [méthodologie](${url}) pour les définitions, les limites connues et la politique de révision.`,
		`Ces données servent à ${uses[0]!.fr}, à ${uses[1]!.fr} et à ${uses[2]!.fr}.`,
		...(extra
			? [`Les chiffres antérieurs à ${startYear + 2} ont été recueillis au moyen d’un ancien système et *ne sont pas directement comparables* à ceux des années suivantes; une note du dictionnaire de données explique les différences en détail.`]
			: []),
	].join('\n\n');
	return { en, fr };
}

function distributions(draw: Draw, topic: Word, publisherId: string, id: string, endYear: number, licence: string): DistributionRecord[] {
	const formats = draw.sample(FORMATS, draw.int(1, 4));
	return formats.map((f) => {
		const base = `${BASE_URL}/${publisherId}/${id}`;
		if (f.api) {
			return {
				title: { en: `${capitalize(topic.en)} API`, fr: `API — ${topic.fr}` },
				description: {
					en: 'A REST API returning JSON. No key is needed; limited to 60 requests a minute.',
					fr: 'API REST qui renvoie du JSON. Aucune clé n’est requise; limite de 60 requêtes par minute.',
				},
				access_url: `${BASE_URL}/api/${id}/v1`,
				format: f.format,
				media_type: f.mediaType,
			} as DistributionRecord;
		}
		const distribution: Record<string, unknown> = {
			title: { en: `${capitalize(topic.en)}, to ${endYear} (${f.format})`, fr: `${capitalize(topic.fr)}, jusqu’à ${endYear} (${f.format})` },
			download_url: `${base}/${id}-${endYear}.${f.ext}`,
			format: f.format,
			media_type: f.mediaType,
			byte_size: draw.int(2_000, 250_000_000),
		};
		if (f.format !== 'PDF' && draw.chance(0.6)) distribution.data_dictionary = `${base}/data-dictionary`;
		if (draw.chance(0.05)) distribution.licence = LICENCES.find((l) => l !== licence)!;
		return distribution as unknown as DistributionRecord;
	});
}

function datasetRecord(draw: Draw, index: number, plan: PublisherPlan): DatasetRecord {
	const { subject, record: publisher } = plan;
	const topic = draw.pick(subject.topics);
	const breakdown = draw.pick(BREAKDOWNS);
	const id = `${slugify(`${topic.en} ${breakdown.en}`)}-${String(index + 1).padStart(5, '0')}`;
	const roll = draw.next();
	const access: AccessLevel = roll < 0.75 ? 'open' : roll < 0.9 ? 'restricted' : 'under_review';

	const issuedMs = EPOCH_START + Math.floor(draw.next() * (LATEST - EPOCH_START - 30 * DAY) / DAY) * DAY;
	const modifiedMs = issuedMs + Math.floor(draw.next() * (LATEST - issuedMs) / DAY) * DAY;
	const startMs = Date.UTC(draw.int(1990, new Date(issuedMs).getUTCFullYear()), draw.pick([0, 3, 6, 9]), 1);
	const ongoing = draw.chance(0.4);
	const endYear = Math.max(new Date(startMs).getUTCFullYear(), new Date(modifiedMs).getUTCFullYear() - 1);

	const themes = draw.chance(0.6) ? [...subject.themes] : [subject.themes[0]!];
	if (draw.chance(0.2)) {
		const other = draw.pick(THEMES);
		if (!themes.includes(other)) themes.push(other);
	}

	const keywordsEn = [...new Set([...topic.en.split(' ').filter((w) => w.length > 3), topic.en, subject.slug.replace('-', ' '), breakdown.en.replace(/^by /, '')])];
	const keywordsFr = [...new Set([topic.fr, subject.name.fr.replace(/^l’/, ''), breakdown.fr.replace(/^(par|selon) (le |la |l’)?/, '')])];

	const region = draw.pick(REGIONS);
	const record: Record<string, unknown> = {
		identifier: id,
		title: { en: `${capitalize(topic.en)} ${breakdown.en}`, fr: `${capitalize(topic.fr)} ${breakdown.fr}` },
		description: description(draw, topic, breakdown, publisher.id, id, startMs),
		publisher: publisher.id,
		contact_point: {
			name: { en: `${publisher.name.en} — Data Services`, fr: `Services de données — ${publisher.name.fr}` },
			email: publisher.email,
			...(draw.chance(0.3) ? { url: `${BASE_URL}/${publisher.id}/contact` } : {}),
		},
		keywords: { en: keywordsEn, fr: keywordsFr },
		themes,
		access_level: access,
	};
	if (access === 'restricted') {
		const exemption = draw.pick(EXEMPTIONS);
		const rationale = RATIONALES[exemption];
		record.exemption = exemption;
		record.rationale = {
			en: `${rationale.en}\n\nAggregate statistics on ${topic.en} are published in the ministry's annual report.`,
			fr: `${rationale.fr}\n\nDes statistiques agrégées sur les ${topic.fr} sont publiées dans le rapport annuel du ministère.`,
		};
	} else if (access === 'under_review') {
		const decision = isoDate(LATEST + draw.int(60, 400) * DAY).slice(0, 7);
		record.review_note = {
			en: `The ministry is assessing whether ${topic.en} ${breakdown.en} can be released without revealing information about individuals:\n\n- which breakdowns can be combined safely;\n- whether small counts must be suppressed or rounded.\n\nA decision is expected by **${decision}**.`,
			fr: `Le ministère évalue si les ${topic.fr} ${breakdown.fr} peuvent être diffusés sans révéler de renseignements sur des personnes :\n\n- quelles ventilations peuvent être combinées sans risque;\n- s’il faut supprimer ou arrondir les petits nombres.\n\nUne décision est attendue d’ici **${decision}**.`,
		};
	}
	const licence = draw.pick(LICENCE_WEIGHTS);
	if (access === 'open') record.licence = licence;
	record.issued = isoDate(issuedMs);
	record.modified = isoDate(modifiedMs);
	record.update_frequency = draw.pick(FREQUENCIES);
	record.temporal_coverage = ongoing ? { start: isoDate(startMs) } : { start: isoDate(startMs), end: `${endYear}-12-31` };
	record.spatial_coverage = {
		name: region,
		...(draw.chance(0.5) ? { bbox: [-79.5, 44.1, -69.8, 51.3] } : {}),
	};
	record.languages = draw.chance(0.7) ? ['en', 'fr'] : ['en'];
	if (access === 'open' && draw.chance(0.12)) {
		record.high_value = true;
		record.high_value_reasons = {
			en: `Data on ${topic.en} is among the most requested from the ${publisher.name.en}: municipalities, businesses and researchers use it to ${draw.pick(USES).en}.`,
			fr: `Les données sur les ${topic.fr} sont parmi les plus demandées : les municipalités, les entreprises et les chercheurs s’en servent pour ${draw.pick(USES).fr}.`,
		};
	}
	if (access === 'open') record.distributions = distributions(draw, topic, publisher.id, id, endYear, licence);
	return record as unknown as DatasetRecord;
}

/**
 * Writes a synthetic catalogue of `options.datasets` datasets into `dir` (created if missing;
 * existing files with the same names are overwritten, others are left alone).
 *
 * Deterministic: the files depend only on `datasets`, `seed` and `publishers`.
 *
 * @param dir The catalogue folder to write into (it gets catalogue.yaml, publishers/, datasets/).
 * @param options How many datasets, and the PRNG seed.
 * @returns The files written and a few counts, for reports and assertions.
 */
export function generateCatalogue(dir: string, options: GenerateOptions): GeneratedCatalogue {
	const count = Math.max(0, Math.floor(options.datasets));
	const draw = new Draw(options.seed ?? 1);
	const publisherCount = Math.max(1, options.publishers ?? Math.max(5, Math.round(count / 200)));
	const files: string[] = [];
	let bytes = 0;
	const write = (relative: string, text: string): void => {
		writeFileSync(join(dir, relative), text);
		files.push(relative);
		bytes += Buffer.byteLength(text);
	};

	mkdirSync(join(dir, 'publishers'), { recursive: true });
	mkdirSync(join(dir, 'datasets'), { recursive: true });
	write('catalogue.yaml', toYaml('schemas/catalogue.schema.json', catalogueRecord()));

	const plans = Array.from({ length: publisherCount }, (_, i) => publisherPlan(i));
	for (const plan of plans) {
		mkdirSync(join(dir, 'datasets', plan.record.id), { recursive: true });
		write(`publishers/${plan.record.id}.yaml`, toYaml('../schemas/publisher.schema.json', plan.record));
	}

	const accessLevels: Record<AccessLevel, number> = { open: 0, restricted: 0, under_review: 0 };
	let highValue = 0;
	for (let i = 0; i < count; i++) {
		// Every publisher gets datasets; the rest are spread at random.
		const plan = i < plans.length ? plans[i]! : draw.pick(plans);
		const record = datasetRecord(draw, i, plan);
		accessLevels[record.access_level]++;
		if (record.high_value) highValue++;
		write(`datasets/${plan.record.id}/${record.identifier}.yaml`, toYaml('../../schemas/dataset.schema.json', record));
	}

	return { dir, files, bytes, publisherIds: plans.map((p) => p.record.id), accessLevels, highValue };
}
