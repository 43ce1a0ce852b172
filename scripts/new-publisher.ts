/**
 * `npm run new:publisher -- --id mto --name-en "…" --name-fr "…" --email ADDRESS
 * [--type ministry|agency|crown_corporation|office|municipality] [--root DIR]`: creates
 * publishers/<id>.yaml, a file that validates as it is. Missing values are asked for when run in
 * a terminal. Never overwrites a file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPublisherInput, scaffoldPublisher } from '../src/lib/scaffold/publisher.ts';
import { writeScaffold } from '../src/lib/scaffold/write.ts';
import { fillIn, readChoices } from './scaffold/cli.ts';

try {
	const { values } = parseArgs({
		options: {
			id: { type: 'string' },
			'name-en': { type: 'string' },
			'name-fr': { type: 'string' },
			type: { type: 'string' },
			email: { type: 'string' },
			root: { type: 'string', default: process.env.CATALOGUE_DIR ?? process.cwd() },
		},
	});
	const root = resolve(values.root!);
	const choices = readChoices(root);
	const answers = await fillIn([
		{ flag: 'id', prompt: 'Identifier (lower case, e.g. mto; also the folder of its datasets)', value: values.id },
		...choices.languages.map((lang) => ({
			flag: `name-${lang}`,
			prompt: `Full name (${lang})`,
			value: (values as Record<string, string | undefined>)[`name-${lang}`],
		})),
		{ flag: 'type', prompt: 'Type (ministry, agency, crown_corporation, office, municipality)', value: values.type, fallback: 'ministry' },
		{ flag: 'email', prompt: 'Email for questions about its data', value: values.email },
	]);
	const input = {
		id: answers.id!,
		name: Object.fromEntries(choices.languages.map((lang) => [lang, answers[`name-${lang}`]!])),
		type: answers.type!,
		email: answers.email!,
	};
	const problems = checkPublisherInput(input, choices.languages, choices.publishers);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	const file = scaffoldPublisher(input, choices.languages);
	writeScaffold(root, file);
	console.log(`Created ${file.path}. Add its datasets with npm run new:dataset -- --publisher ${input.id}`);
} catch (error) {
	console.error(`new:publisher: ${(error as Error).message}`);
	process.exitCode = 2;
}
