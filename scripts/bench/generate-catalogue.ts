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
 *   rationale) and 10% under review (review note), some of them high-value;
 * - with `scheduleRows`, `schedules/` with a plan and release schedules (generate-schedules.ts).
 *
 * Everything is drawn from a seeded PRNG, so the same `datasets` and `seed` always give
 * byte-identical files. The output is meant to be valid against schemas/*.schema.json and the
 * cross-file rules (identifier = file name, publisher = folder, licences and themes from
 * catalogue.yaml, issued ≤ modified ≤ today).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { append } from '../../src/lib/append.ts';
import { stringify } from 'yaml';
import { slugify } from '../../src/lib/text/slugify.ts';
import { generateSchedules, type DatasetSummary } from './generate-schedules.ts';
import { Draw } from './random.ts';
import { capitalize, catalogueRecord, publisherPlan, type PublisherPlan } from './synthetic-publishers.ts';
import {
	FREQUENCIES,
	THEMES,
	LICENCES,
	LICENCE_WEIGHTS,
	EXEMPTIONS,
	BASE_URL,
	type Word,
	BREAKDOWNS,
	REGIONS,
	METHODS,
	USES,
	FIELDS,
	RATIONALES,
	FORMATS,
} from './synthetic-words.ts';
import type { AccessLevel, DatasetRecord, DistributionRecord } from '../../src/lib/records.ts';

/** Options for {@link generateCatalogue}. */
export interface GenerateOptions {
	/** How many dataset files to write. */
	datasets: number;
	/** PRNG seed; the same seed and size give the same files. Default 1. */
	seed?: number;
	/** How many publishers; default `max(5, round(datasets / 200))`. */
	publishers?: number;
	/** How many release-schedule rows to write in `schedules/` (scripts/bench/generate-schedules.ts); default none. */
	scheduleRows?: number;
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
	/** How many release-schedule rows were written. */
	scheduleRows: number;
}

const DAY = 86_400_000;
const EPOCH_START = Date.UTC(2010, 0, 1);
/** The latest date written: safely before any "today" a validator may compare with. */
const LATEST = Date.UTC(2026, 5, 30);

function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** YAML text of a record with the language-server schema comment the example files carry. */
function toYaml(schemaPath: string, record: unknown): string {
	return `# yaml-language-server: $schema=${schemaPath}\n${stringify(record, { lineWidth: 0 })}`;
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
			? [
					`Figures before ${startYear + 2} were collected with an older system and are *not directly comparable* with later years; a note in the data dictionary explains the differences in detail.`,
				]
			: []),
	].join('\n\n');
	const fr = [
		`Données sur les **${topic.fr}** ${breakdown.fr}, de ${startYear} à la dernière période complète. Le fichier compte environ ${countFr} lignes et est mis à jour à mesure que de nouveaux dossiers sont confirmés.`,
		`Pour chaque ligne, les données indiquent :\n\n${fields.map((f, i) => `- ${f.fr}${i === fields.length - 1 ? '.' : ';'}`).join('\n')}`,
		`Les chiffres proviennent ${method.fr.startsWith('des ') ? method.fr.replace(/^des /, 'de ') : `d’${method.fr}`}. Les nombres inférieurs à cinq sont supprimés pour protéger la vie privée, et les périodes antérieures peuvent être révisées à l’arrivée de dossiers tardifs. Consultez la [méthodologie](${url}) pour les définitions, les limites connues et la politique de révision.`,
		`Ces données servent à ${uses[0]!.fr}, à ${uses[1]!.fr} et à ${uses[2]!.fr}.`,
		...(extra
			? [
					`Les chiffres antérieurs à ${startYear + 2} ont été recueillis au moyen d’un ancien système et *ne sont pas directement comparables* à ceux des années suivantes; une note du dictionnaire de données explique les différences en détail.`,
				]
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

	const issuedMs = EPOCH_START + Math.floor((draw.next() * (LATEST - EPOCH_START - 30 * DAY)) / DAY) * DAY;
	const modifiedMs = issuedMs + Math.floor((draw.next() * (LATEST - issuedMs)) / DAY) * DAY;
	const startMs = Date.UTC(draw.int(1990, new Date(issuedMs).getUTCFullYear()), draw.pick([0, 3, 6, 9]), 1);
	const ongoing = draw.chance(0.4);
	const endYear = Math.max(new Date(startMs).getUTCFullYear(), new Date(modifiedMs).getUTCFullYear() - 1);

	const themes = draw.chance(0.6) ? [...subject.themes] : [subject.themes[0]!];
	if (draw.chance(0.2)) {
		const other = draw.pick(THEMES);
		if (!themes.includes(other)) themes.push(other);
	}

	const keywordsEn = [
		...new Set([...topic.en.split(' ').filter((w) => w.length > 3), topic.en, subject.slug.replace('-', ' '), breakdown.en.replace(/^by /, '')]),
	];
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
	const summaries: DatasetSummary[] = [];
	for (let i = 0; i < count; i++) {
		// Every publisher gets datasets; the rest are spread at random.
		const plan = i < plans.length ? plans[i]! : draw.pick(plans);
		const record = datasetRecord(draw, i, plan);
		accessLevels[record.access_level]++;
		if (record.high_value) highValue++;
		write(`datasets/${plan.record.id}/${record.identifier}.yaml`, toYaml('../../schemas/dataset.schema.json', record));
		summaries.push({
			identifier: record.identifier,
			publisher: record.publisher,
			access_level: record.access_level,
			issued: record.issued,
			title: record.title as DatasetSummary['title'],
		});
	}

	const publisherIds = plans.map((p) => p.record.id);
	let scheduleRows = 0;
	if (options.scheduleRows) {
		// A PRNG of its own, so asking for schedules does not change the dataset files.
		const schedules = generateSchedules(dir, summaries, publisherIds, { rows: options.scheduleRows, seed: (options.seed ?? 1) + 1 });
		append(files, schedules.files);
		bytes += schedules.bytes;
		scheduleRows = schedules.rows;
	}
	return { dir, files, bytes, publisherIds, accessLevels, highValue, scheduleRows };
}
