/** The words, codes and formats the synthetic catalogue is made of (see generate-catalogue.ts). */
import type { Exemption } from '../../src/lib/records.ts';

/** The frequency codes of src/lib/vocabularies/frequencies.json (weighted towards the common ones). */
export const FREQUENCIES = [
	'UPDATE_CONT',
	'CONT',
	'HOURLY',
	'DAILY',
	'DAILY',
	'WEEKLY',
	'BIWEEKLY',
	'MONTHLY',
	'MONTHLY',
	'MONTHLY',
	'BIMONTHLY',
	'QUARTERLY',
	'QUARTERLY',
	'ANNUAL_2',
	'ANNUAL',
	'ANNUAL',
	'ANNUAL',
	'ANNUAL',
	'BIENNIAL',
	'TRIENNIAL',
	'QUINQUENNIAL',
	'IRREG',
	'IRREG',
	'NEVER',
	'OTHER',
	'UNKNOWN',
];

export const THEMES = ['AGRI', 'ECON', 'EDUC', 'ENER', 'ENVI', 'GOVE', 'HEAL', 'INTR', 'JUST', 'REGI', 'SOCI', 'TECH', 'TRAN'];

export const LICENCES = ['ogl-bench', 'cc-by-4-0', 'cc0-1-0', 'odbl-1-0'];
/** Weighted: most open data uses the government licence. */
export const LICENCE_WEIGHTS = ['ogl-bench', 'ogl-bench', 'ogl-bench', 'ogl-bench', 'ogl-bench', 'ogl-bench', 'cc-by-4-0', 'cc0-1-0', 'odbl-1-0'];

export const EXEMPTIONS: Exemption[] = ['legal_and_contractual_obligations', 'privacy', 'security', 'confidentiality', 'commercial_sensitivity'];

export const BASE_URL = 'https://data.example.org';

/** A text in both languages (a type alias, so it fits the records' `LocalizedText`). */
export type Word = { en: string; fr: string };

/** A subject area: a ministry's name, its themes and the words its datasets are made of. */
export interface Subject {
	slug: string;
	acronym: string;
	name: Word;
	themes: string[];
	topics: Word[];
}

export const SUBJECTS: Subject[] = [
	{
		slug: 'transportation',
		acronym: 'MTO',
		name: { en: 'Transportation', fr: 'Transports' },
		themes: ['TRAN', 'REGI'],
		topics: [
			{ en: 'traffic volumes', fr: 'volumes de circulation' },
			{ en: 'road collisions', fr: 'collisions routières' },
			{ en: 'bridge inspections', fr: 'inspections des ponts' },
			{ en: 'transit ridership', fr: 'achalandage du transport collectif' },
			{ en: 'driver licences', fr: 'permis de conduire' },
			{ en: 'winter road conditions', fr: 'conditions routières hivernales' },
		],
	},
	{
		slug: 'health',
		acronym: 'MOH',
		name: { en: 'Health', fr: 'Santé' },
		themes: ['HEAL', 'SOCI'],
		topics: [
			{ en: 'hospital wait times', fr: 'temps d’attente à l’hôpital' },
			{ en: 'vaccinations', fr: 'vaccinations' },
			{ en: 'emergency department visits', fr: 'visites aux urgences' },
			{ en: 'health facilities', fr: 'établissements de santé' },
			{ en: 'long-term care inspections', fr: 'inspections des soins de longue durée' },
			{ en: 'physician supply', fr: 'effectifs médicaux' },
		],
	},
	{
		slug: 'environment',
		acronym: 'MECP',
		name: { en: 'the Environment', fr: 'l’Environnement' },
		themes: ['ENVI', 'HEAL'],
		topics: [
			{ en: 'air quality readings', fr: 'mesures de la qualité de l’air' },
			{ en: 'lake water quality', fr: 'qualité de l’eau des lacs' },
			{ en: 'spills', fr: 'déversements' },
			{ en: 'greenhouse gas emissions', fr: 'émissions de gaz à effet de serre' },
			{ en: 'park boundaries', fr: 'limites des parcs' },
			{ en: 'species at risk', fr: 'espèces en péril' },
		],
	},
	{
		slug: 'education',
		acronym: 'EDU',
		name: { en: 'Education', fr: 'l’Éducation' },
		themes: ['EDUC', 'SOCI'],
		topics: [
			{ en: 'school enrolment', fr: 'effectifs scolaires' },
			{ en: 'graduation rates', fr: 'taux d’obtention du diplôme' },
			{ en: 'school locations', fr: 'emplacement des écoles' },
			{ en: 'assessment results', fr: 'résultats des évaluations' },
			{ en: 'school bus routes', fr: 'circuits d’autobus scolaires' },
			{ en: 'teacher counts', fr: 'nombre d’enseignants' },
		],
	},
	{
		slug: 'finance',
		acronym: 'FIN',
		name: { en: 'Finance', fr: 'Finances' },
		themes: ['ECON', 'GOVE'],
		topics: [
			{ en: 'budget tables', fr: 'tableaux budgétaires' },
			{ en: 'public accounts', fr: 'comptes publics' },
			{ en: 'tax expenditures', fr: 'dépenses fiscales' },
			{ en: 'salary disclosure', fr: 'divulgation des traitements' },
			{ en: 'transfer payments', fr: 'paiements de transfert' },
			{ en: 'debt issues', fr: 'émissions de titres d’emprunt' },
		],
	},
	{
		slug: 'energy',
		acronym: 'ENG',
		name: { en: 'Energy', fr: 'Énergie' },
		themes: ['ENER', 'ECON'],
		topics: [
			{ en: 'electricity rates', fr: 'tarifs d’électricité' },
			{ en: 'generation by source', fr: 'production par source' },
			{ en: 'natural gas rates', fr: 'tarifs du gaz naturel' },
			{ en: 'utility scorecards', fr: 'fiches de rendement des services publics' },
			{ en: 'power outages', fr: 'pannes de courant' },
			{ en: 'energy efficiency programs', fr: 'programmes d’efficacité énergétique' },
		],
	},
	{
		slug: 'agriculture',
		acronym: 'AGR',
		name: { en: 'Agriculture and Food', fr: 'Agriculture et Alimentation' },
		themes: ['AGRI', 'ECON'],
		topics: [
			{ en: 'crop yields', fr: 'rendements des cultures' },
			{ en: 'farm incomes', fr: 'revenus agricoles' },
			{ en: 'livestock counts', fr: 'effectifs du bétail' },
			{ en: 'food inspections', fr: 'inspections des aliments' },
			{ en: 'soil surveys', fr: 'relevés pédologiques' },
			{ en: 'drainage permits', fr: 'permis de drainage' },
		],
	},
	{
		slug: 'justice',
		acronym: 'JUS',
		name: { en: 'the Attorney General', fr: 'Procureur général' },
		themes: ['JUST', 'GOVE'],
		topics: [
			{ en: 'court caseloads', fr: 'charges de travail des tribunaux' },
			{ en: 'time to trial', fr: 'délais avant procès' },
			{ en: 'legal aid certificates', fr: 'certificats d’aide juridique' },
			{ en: 'jury summonses', fr: 'convocations de jurés' },
			{ en: 'tribunal decisions', fr: 'décisions des tribunaux administratifs' },
			{ en: 'fines collected', fr: 'amendes perçues' },
		],
	},
	{
		slug: 'economy',
		acronym: 'MED',
		name: { en: 'Economic Development', fr: 'Développement économique' },
		themes: ['ECON', 'TECH'],
		topics: [
			{ en: 'business registrations', fr: 'immatriculations d’entreprises' },
			{ en: 'procurement contracts', fr: 'contrats d’approvisionnement' },
			{ en: 'export statistics', fr: 'statistiques d’exportation' },
			{ en: 'grant recipients', fr: 'bénéficiaires de subventions' },
			{ en: 'broadband coverage', fr: 'couverture à large bande' },
			{ en: 'labour force survey', fr: 'enquête sur la population active' },
		],
	},
	{
		slug: 'municipal-affairs',
		acronym: 'MMA',
		name: { en: 'Municipal Affairs and Housing', fr: 'Affaires municipales et Logement' },
		themes: ['REGI', 'SOCI'],
		topics: [
			{ en: 'housing starts', fr: 'mises en chantier' },
			{ en: 'building permits', fr: 'permis de construire' },
			{ en: 'municipal finances', fr: 'finances municipales' },
			{ en: 'land use plans', fr: 'plans d’aménagement' },
			{ en: 'social housing waitlists', fr: 'listes d’attente de logement social' },
			{ en: 'property assessments', fr: 'évaluations foncières' },
		],
	},
	{
		slug: 'international',
		acronym: 'INT',
		name: { en: 'Intergovernmental Affairs', fr: 'Affaires intergouvernementales' },
		themes: ['INTR', 'GOVE'],
		topics: [
			{ en: 'international agreements', fr: 'ententes internationales' },
			{ en: 'trade missions', fr: 'missions commerciales' },
			{ en: 'foreign offices', fr: 'bureaux à l’étranger' },
			{ en: 'federal transfers', fr: 'transferts fédéraux' },
			{ en: 'official visits', fr: 'visites officielles' },
			{ en: 'cross-border crossings', fr: 'passages frontaliers' },
		],
	},
	{
		slug: 'digital',
		acronym: 'DGS',
		name: { en: 'Digital Government', fr: 'Gouvernement numérique' },
		themes: ['TECH', 'GOVE'],
		topics: [
			{ en: 'online service usage', fr: 'utilisation des services en ligne' },
			{ en: 'IT project costs', fr: 'coûts des projets informatiques' },
			{ en: 'web accessibility audits', fr: 'vérifications de l’accessibilité Web' },
			{ en: 'call centre volumes', fr: 'volumes des centres d’appels' },
			{ en: 'open data requests', fr: 'demandes de données ouvertes' },
			{ en: 'cybersecurity incidents', fr: 'incidents de cybersécurité' },
		],
	},
];

/** The French "Ministère …" complement of each subject. */
export const MINISTRY_FR: Record<string, string> = {
	transportation: 'des Transports',
	health: 'de la Santé',
	environment: 'de l’Environnement',
	education: 'de l’Éducation',
	finance: 'des Finances',
	energy: 'de l’Énergie',
	agriculture: 'de l’Agriculture et de l’Alimentation',
	justice: 'du Procureur général',
	economy: 'du Développement économique',
	'municipal-affairs': 'des Affaires municipales et du Logement',
	international: 'des Affaires intergouvernementales',
	digital: 'du Gouvernement numérique',
};

/** How a dataset is broken down; combined with a topic to make a title. */
export const BREAKDOWNS: Word[] = [
	{ en: 'by region', fr: 'par région' },
	{ en: 'by municipality', fr: 'par municipalité' },
	{ en: 'by month', fr: 'par mois' },
	{ en: 'by age group and sex', fr: 'selon le groupe d’âge et le sexe' },
	{ en: 'by facility', fr: 'par établissement' },
	{ en: 'by fiscal year', fr: 'par exercice financier' },
	{ en: 'by postal area', fr: 'par secteur postal' },
	{ en: 'by program', fr: 'par programme' },
	{ en: 'by census division', fr: 'par division de recensement' },
];

export const REGIONS: Word[] = [
	{ en: 'Province of Bench', fr: 'Province de Bench' },
	{ en: 'Northern region', fr: 'Région du Nord' },
	{ en: 'Eastern region', fr: 'Région de l’Est' },
	{ en: 'Central region', fr: 'Région du Centre' },
	{ en: 'Western region', fr: 'Région de l’Ouest' },
];

export const METHODS: Word[] = [
	{ en: 'administrative records kept by the program office', fr: 'des dossiers administratifs tenus par le bureau du programme' },
	{ en: 'a province-wide survey repeated every year', fr: 'une enquête provinciale répétée chaque année' },
	{ en: 'automatic sensors that report to a central system', fr: 'des capteurs automatiques reliés à un système central' },
	{ en: 'returns filed by regulated organizations', fr: 'des déclarations produites par les organismes réglementés' },
	{ en: 'inspections carried out by ministry staff', fr: 'des inspections effectuées par le personnel du ministère' },
];

export const USES: Word[] = [
	{ en: 'plan services and infrastructure', fr: 'planifier les services et les infrastructures' },
	{ en: 'compare regions and track trends over time', fr: 'comparer les régions et suivre les tendances' },
	{ en: 'support academic research', fr: 'appuyer la recherche universitaire' },
	{ en: 'hold the government to account', fr: 'demander des comptes au gouvernement' },
	{ en: 'build applications and maps', fr: 'créer des applications et des cartes' },
	{ en: 'inform local decisions', fr: 'éclairer les décisions locales' },
];

export const FIELDS: Word[] = [
	{ en: 'the reporting period', fr: 'la période de déclaration' },
	{ en: 'the region and municipality', fr: 'la région et la municipalité' },
	{ en: 'a count or amount', fr: 'un nombre ou un montant' },
	{ en: 'the category code and its label', fr: 'le code de catégorie et son libellé' },
	{ en: 'the data quality flag', fr: 'l’indicateur de qualité des données' },
	{ en: 'the source system', fr: 'le système source' },
	{ en: 'the rate per 100,000 people', fr: 'le taux pour 100 000 habitants' },
];

export const RATIONALES: Record<Exemption, Word> = {
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

export interface FormatInfo {
	format: string;
	ext: string;
	mediaType: string;
	api: boolean;
}

export const FORMATS: FormatInfo[] = [
	{ format: 'CSV', ext: 'csv', mediaType: 'text/csv', api: false },
	{ format: 'JSON', ext: 'json', mediaType: 'application/json', api: false },
	{ format: 'GEOJSON', ext: 'geojson', mediaType: 'application/geo+json', api: false },
	{ format: 'PDF', ext: 'pdf', mediaType: 'application/pdf', api: false },
	{ format: 'XLSX', ext: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', api: false },
	{ format: 'REST', ext: '', mediaType: 'application/json', api: true },
];
