/**
 * The synthetic catalogue's own record and its publishers, for the benchmark's generator
 * (generate-catalogue.ts): deterministic, no randomness needed.
 */
import type { CatalogueRecord, PublisherRecord, PublisherType } from '../../src/lib/records.ts';
import { BASE_URL, MINISTRY_FR, SUBJECTS, THEMES, type Subject, type Word } from './synthetic-words.ts';

/** `text` with its first letter in capitals. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The synthetic catalogue's `catalogue.yaml`: languages en/fr, four licences, all thirteen EU data themes. */
export function catalogueRecord(): CatalogueRecord {
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
		data_json: { bureau_code: '000:00', program_code: '000:000' },
	} as CatalogueRecord;
}

/** A publisher's record and the subject its datasets are drawn from. */
export interface PublisherPlan {
	record: PublisherRecord;
	subject: Subject;
}

/** Publisher `index`: one ministry per subject, then agencies, boards and regional offices. */
export function publisherPlan(index: number): PublisherPlan {
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
			en: `The ${name.en} publishes data on ${subject.topics
				.slice(0, 3)
				.map((t) => t.en)
				.join(', ')} and related subjects.\n\nIts datasets are listed in this catalogue, whether they are open, restricted or under review.`,
			fr: `L’organisme « ${name.fr} » publie des données sur les sujets suivants : ${subject.topics
				.slice(0, 3)
				.map((t) => t.fr)
				.join(', ')}.\n\nSes jeux de données figurent dans ce catalogue, qu’ils soient ouverts, restreints ou en cours d’examen.`,
		},
		homepage: `${BASE_URL}/publishers/${id}`,
		email: `${id}.opendata@example.org`,
	};
	return { record, subject };
}
