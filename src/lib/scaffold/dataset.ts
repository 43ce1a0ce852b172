/**
 * The text of a new dataset file (`npm run new:dataset`): every required field filled in, with plain
 * placeholders where only the steward knows the answer. `npm run validate` reports each placeholder
 * as an error (validate/placeholders.ts), so an unedited file is never published.
 */
import { IDENTIFIER, isoDate, yamlString, type ScaffoldFile } from './text.ts';
import { append } from '../append.ts';

/** The access levels a dataset can have. */
export const ACCESS_LEVELS = ['open', 'restricted', 'under_review'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** The exemptions a restricted dataset can claim (dataset.schema.json). */
export const EXEMPTIONS = ['privacy', 'security', 'confidentiality', 'commercial_sensitivity', 'legal_and_contractual_obligations'] as const;

/** What the steward chooses for a new dataset. */
export interface DatasetInput {
	publisher: string;
	id: string;
	/** The title per language, e.g. `{ en: '…', fr: '…' }`. */
	title: Record<string, string>;
	access: AccessLevel;
	/** An EU data-theme code from catalogue.yaml. */
	theme: string;
	/** An EU frequency code. */
	frequency: string;
	/** The team mailbox for questions; usually the publisher's. */
	email: string;
	/** The licence id from catalogue.yaml (open datasets). */
	licence?: string;
	/** The exemption (restricted datasets). */
	exemption?: string;
	/** The dataset's `issued` and `modified` date. */
	date: Date;
}

/** What the catalogue offers, to check a choice against. */
export interface CatalogueChoices {
	languages: readonly string[];
	publishers: readonly string[];
	themes: readonly string[];
	licences: readonly string[];
	frequencies: readonly string[];
}

/** The path of a dataset file: `datasets/<publisher>/<id>.yaml`. */
export function datasetFilePath(publisher: string, id: string): string {
	return `datasets/${publisher}/${id}.yaml`;
}

/** Problems with the input, each a sentence naming the flag; empty when the file can be written. */
export function checkDatasetInput(input: DatasetInput, choices: CatalogueChoices): string[] {
	const problems: string[] = [];
	if (!choices.publishers.includes(input.publisher))
		problems.push(`--publisher: "${input.publisher}" is not a publisher (one of ${choices.publishers.join(', ')})`);
	if (!IDENTIFIER.test(input.id)) problems.push(`--id: "${input.id}" must be lower-case letters, digits and hyphens, e.g. traffic-volumes`);
	for (const lang of choices.languages) {
		if (!input.title[lang]?.trim()) problems.push(`--title-${lang}: the title in ${lang} is missing`);
	}
	if (!ACCESS_LEVELS.includes(input.access)) problems.push(`--access: "${input.access}" must be one of ${ACCESS_LEVELS.join(', ')}`);
	if (!choices.themes.includes(input.theme)) problems.push(`--theme: "${input.theme}" is not one of the catalogue's themes (${choices.themes.join(', ')})`);
	if (!choices.frequencies.includes(input.frequency))
		problems.push(`--frequency: "${input.frequency}" is not an EU frequency code (e.g. ANNUAL, MONTHLY, IRREG)`);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) problems.push(`--email: "${input.email}" is not an email address`);
	if (input.access === 'open' && !choices.licences.includes(input.licence ?? ''))
		problems.push(`--licence: "${input.licence ?? ''}" is not a licence of the catalogue (${choices.licences.join(', ')})`);
	if (input.access === 'restricted' && !(EXEMPTIONS as readonly string[]).includes(input.exemption ?? ''))
		problems.push(`--exemption: "${input.exemption ?? ''}" must be one of ${EXEMPTIONS.join(', ')}`);
	return problems;
}

/** Placeholder text per language, for what only the steward can write. */
const PLACEHOLDER: Record<string, Record<string, string>> = {
	description: {
		en: 'To be written: what the data covers, where it comes from, how it is collected and its limits.',
		fr: 'À rédiger : ce que couvrent les données, leur provenance, leur mode de collecte et leurs limites.',
	},
	rationale: {
		en: 'To be written: what harm release would cause, and under which law or agreement the data is withheld.',
		fr: 'À rédiger : le préjudice que causerait la diffusion, et la loi ou l’entente qui justifie la restriction.',
	},
	review_note: {
		en: 'To be written: what is being assessed before release, and what comes next.',
		fr: 'À rédiger : ce qui est évalué avant la diffusion, et les prochaines étapes.',
	},
};

function perLanguage(key: string, languages: readonly string[], values?: Record<string, string>): string[] {
	return [`${key}:`, ...languages.map((lang) => `  ${lang}: ${yamlString(values?.[lang] ?? PLACEHOLDER[key]?.[lang] ?? PLACEHOLDER[key]?.en ?? '')}`)];
}

/**
 * The new dataset file. It starts with the yaml-language-server line so editors check it as it is
 * typed; its only errors are its placeholders, and comments say what to replace.
 */
export function scaffoldDataset(input: DatasetInput, languages: readonly string[]): ScaffoldFile {
	const date = isoDate(input.date);
	const lines = [
		'# yaml-language-server: $schema=../../schemas/dataset.schema.json',
		'# Created by `npm run new:dataset`. Replace the "To be written" texts and the example.org address,',
		'# check every field, then run `npm run validate`: it reports each placeholder left as an error.',
		'# Every field is described in schemas/dataset.schema.json.',
		`identifier: ${input.id}`,
		...perLanguage('title', languages, input.title),
		'# Markdown: paragraphs, lists, **emphasis** and links.',
		...perLanguage('description', languages),
		`publisher: ${input.publisher}`,
		'contact_point:',
		`  email: ${yamlString(input.email)}`,
		'themes:',
		`  - ${input.theme}`,
		`access_level: ${input.access}`,
	];
	if (input.access === 'restricted') {
		lines.push(`exemption: ${input.exemption}`, ...perLanguage('rationale', languages));
	} else if (input.access === 'under_review') {
		append(lines, perLanguage('review_note', languages));
	} else {
		lines.push(`licence: ${input.licence}`);
	}
	lines.push(`issued: ${date}`, `modified: ${date}`, `update_frequency: ${input.frequency}`);
	if (input.access === 'open') {
		lines.push(
			'distributions:',
			'  # Replace with the real file: its title, its address and its EU file-type code (CSV, JSON, GEOJSON…).',
			'  - title:',
			...languages.map((lang) => `      ${lang}: ${yamlString(`${input.title[lang] ?? input.id} (CSV)`)}`),
			`    download_url: ${yamlString(`https://example.org/replace-me/${input.id}.csv`)}`,
			'    format: CSV',
		);
	}
	return { path: datasetFilePath(input.publisher, input.id), text: `${lines.join('\n')}\n` };
}
