/**
 * `npm run new:dataset -- --publisher mto --id my-data --title-en "…" --title-fr "…"
 * [--access open|restricted|under_review] [--theme TRAN] [--frequency ANNUAL] [--licence ID]
 * [--exemption privacy] [--email ADDRESS] [--root DIR]`: creates datasets/<publisher>/<id>.yaml,
 * whose only errors are the placeholders the steward replaces. Missing values are asked for when run in a terminal. Never
 * overwrites a file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDatasetInput, scaffoldDataset, type AccessLevel } from '../src/lib/scaffold/dataset.ts';
import { writeScaffold } from '../src/lib/scaffold/write.ts';
import { fillIn, readChoices } from './scaffold/cli.ts';

try {
	const { values } = parseArgs({
		options: {
			publisher: { type: 'string' },
			id: { type: 'string' },
			'title-en': { type: 'string' },
			'title-fr': { type: 'string' },
			access: { type: 'string' },
			theme: { type: 'string' },
			frequency: { type: 'string' },
			licence: { type: 'string' },
			exemption: { type: 'string' },
			email: { type: 'string' },
			root: { type: 'string', default: process.env.CATALOGUE_DIR ?? process.cwd() },
		},
	});
	const root = resolve(values.root!);
	const choices = readChoices(root);
	const first = await fillIn([
		{ flag: 'publisher', prompt: `Publisher (${choices.publishers.join(', ')})`, value: values.publisher },
		{ flag: 'id', prompt: 'Identifier (lower case and hyphens, becomes the page address)', value: values.id },
		...choices.languages.map((lang) => ({
			flag: `title-${lang}`,
			prompt: `Title (${lang})`,
			value: (values as Record<string, string | undefined>)[`title-${lang}`],
		})),
		{ flag: 'access', prompt: 'Access level (open, restricted, under_review)', value: values.access, fallback: 'open' },
		{ flag: 'theme', prompt: `Theme (${choices.themes.join(', ')})`, value: values.theme, fallback: choices.themes[0] },
		{ flag: 'frequency', prompt: 'Update frequency (EU code, e.g. ANNUAL, MONTHLY, IRREG)', value: values.frequency, fallback: 'ANNUAL' },
	]);
	const second = await fillIn([
		{ flag: 'email', prompt: 'Contact email', value: values.email, fallback: choices.publisherEmails[first.publisher!] },
		...(first.access === 'open'
			? [{ flag: 'licence', prompt: `Licence (${choices.licences.join(', ')})`, value: values.licence, fallback: choices.licences[0] }]
			: []),
		...(first.access === 'restricted'
			? [
					{
						flag: 'exemption',
						prompt: 'Exemption (privacy, security, confidentiality, commercial_sensitivity, legal_and_contractual_obligations)',
						value: values.exemption,
					},
				]
			: []),
	]);
	const input = {
		publisher: first.publisher!,
		id: first.id!,
		title: Object.fromEntries(choices.languages.map((lang) => [lang, first[`title-${lang}`]!])),
		access: first.access as AccessLevel,
		theme: first.theme!,
		frequency: first.frequency!,
		email: second.email!,
		licence: second.licence,
		exemption: second.exemption,
		date: new Date(),
	};
	const problems = checkDatasetInput(input, choices);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	const file = scaffoldDataset(input, choices.languages);
	writeScaffold(root, file);
	console.log(
		`Created ${file.path}. Replace its "To be written" texts${input.access === 'open' ? ' and its example.org address' : ''}: until then npm run validate lists them as errors.`,
	);
} catch (error) {
	console.error(`new:dataset: ${(error as Error).message}`);
	process.exitCode = 2;
}
