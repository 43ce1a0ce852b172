/** The text of a new publisher file (`npm run new:publisher`). */
import { IDENTIFIER, yamlString, type ScaffoldFile } from './text.ts';

/** The kinds of publisher (publisher.schema.json). */
export const PUBLISHER_TYPES = ['ministry', 'agency', 'crown_corporation', 'office', 'municipality'] as const;

/** What the steward chooses for a new publisher. */
export interface PublisherInput {
	id: string;
	/** The full name per language. */
	name: Record<string, string>;
	type: string;
	/** The mailbox that answers questions about the publisher's data. */
	email: string;
}

/** The path of a publisher file: `publishers/<id>.yaml`. */
export function publisherFilePath(id: string): string {
	return `publishers/${id}.yaml`;
}

/** Problems with the input, each a sentence naming the flag; empty when the file can be written. */
export function checkPublisherInput(input: PublisherInput, languages: readonly string[], existing: readonly string[]): string[] {
	const problems: string[] = [];
	if (!IDENTIFIER.test(input.id)) problems.push(`--id: "${input.id}" must be lower-case letters, digits and hyphens, e.g. mto`);
	else if (existing.includes(input.id)) problems.push(`--id: the publisher "${input.id}" already exists`);
	for (const lang of languages) {
		if (!input.name[lang]?.trim()) problems.push(`--name-${lang}: the name in ${lang} is missing`);
	}
	if (!(PUBLISHER_TYPES as readonly string[]).includes(input.type)) problems.push(`--type: "${input.type}" must be one of ${PUBLISHER_TYPES.join(', ')}`);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) problems.push(`--email: "${input.email}" is not an email address`);
	return problems;
}

/** The new publisher file, starting with the yaml-language-server line; it validates as written. */
export function scaffoldPublisher(input: PublisherInput, languages: readonly string[]): ScaffoldFile {
	const lines = [
		'# yaml-language-server: $schema=../schemas/publisher.schema.json',
		'# Created by `npm run new:publisher`. Its datasets go in datasets/' + input.id + '/ (`npm run new:dataset`).',
		`id: ${input.id}`,
		'name:',
		...languages.map((lang) => `  ${lang}: ${yamlString(input.name[lang] ?? '')}`),
		`type: ${input.type}`,
		`email: ${yamlString(input.email)}`,
	];
	return { path: publisherFilePath(input.id), text: `${lines.join('\n')}\n` };
}
