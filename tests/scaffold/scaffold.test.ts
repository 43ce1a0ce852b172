import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { ACCESS_LEVELS, checkDatasetInput, scaffoldDataset, type DatasetInput } from '../../src/lib/scaffold/dataset.ts';
import { checkPublisherInput, scaffoldPublisher } from '../../src/lib/scaffold/publisher.ts';
import { writeScaffold } from '../../src/lib/scaffold/write.ts';
import { REPO_ROOT } from '../browser/support/build.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';

const run = promisify(execFile);
afterAll(cleanUp);

const LANGUAGES = ['en', 'fr'];
const choices = { languages: LANGUAGES, publishers: ['mto'], themes: ['TRAN', 'HEAL'], licences: ['ogl'], frequencies: ['ANNUAL', 'MONTHLY'] };

function input(overrides: Partial<DatasetInput> = {}): DatasetInput {
	return {
		publisher: 'mto',
		id: 'my-data',
		title: { en: 'Bridges: "state" & repairs', fr: 'Ponts : état et réparations' },
		access: 'open',
		theme: 'TRAN',
		frequency: 'ANNUAL',
		email: 'mto@example.org',
		licence: 'ogl',
		exemption: 'privacy',
		date: new Date(2026, 0, 31),
		...overrides,
	};
}

/** The problems `loadCatalogue` reports for one file of a catalogue. */
async function problemsIn(root: string, path: string) {
	const { diagnostics } = await loadCatalogue(root);
	return diagnostics.filter((d) => d.file === path).map((d) => `${d.severity} ${d.field} ${d.message}`);
}

describe('scaffoldDataset', () => {
	it.each(ACCESS_LEVELS)(
		'writes a dataset with access_level %s whose only errors are its placeholders, and that validates once they are replaced',
		async (access) => {
			const root = catalogueWith();
			const id = `new-${access.replace('_', '-')}`;
			const file = scaffoldDataset(input({ access, id }), LANGUAGES);
			writeScaffold(root, file);
			expect(file.path).toBe(`datasets/mto/${id}.yaml`);
			expect(file.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/dataset.schema.json');
			const placeholderText = { open: 'description', restricted: 'rationale', under_review: 'review_note' }[access];
			const expected = [...new Set(['description', placeholderText])].flatMap((field) =>
				LANGUAGES.map((lang) => `error ${field}.${lang} still says "${lang === 'en' ? 'To be written' : 'À rédiger'}": the text has not been written`),
			);
			if (access === 'open') expected.push('error distributions[0].download_url is still the placeholder address of the new file');
			expect((await problemsIn(root, file.path)).sort()).toEqual(expected.sort());

			writeFileSync(
				join(root, file.path),
				file.text
					.replace(/"(To be written|À rédiger)[^"]*"/g, '"Written by the steward."')
					.replace(/https:\/\/example\.org\/replace-me\//, 'https://data.mto.example/'),
			);
			expect(await problemsIn(root, file.path)).toEqual([]);
			const { catalogue, diagnostics } = await loadCatalogue(root);
			expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			expect(catalogue?.datasets.map((d) => d.identifier)).toContain(id);
		},
	);

	it('keeps titles as they were typed, quotes and all, and dates the file', () => {
		const { text } = scaffoldDataset(input(), LANGUAGES);
		expect(text).toContain('  en: "Bridges: \\"state\\" & repairs"');
		expect(text).toMatch(/issued: 2026-01-31\nmodified: 2026-01-31/);
	});

	it('gives restricted datasets their exemption and under-review datasets no licence', () => {
		expect(scaffoldDataset(input({ access: 'restricted' }), LANGUAGES).text).toMatch(/exemption: privacy\nrationale:/);
		const review = scaffoldDataset(input({ access: 'under_review' }), LANGUAGES).text;
		expect(review).toContain('review_note:');
		expect(review).not.toMatch(/licence:|distributions:/);
	});
});

describe('checkDatasetInput', () => {
	it('accepts good input and names the flag of each problem', () => {
		expect(checkDatasetInput(input(), choices)).toEqual([]);
		const problems = checkDatasetInput(
			input({ publisher: 'xyz', id: 'My Data', title: { en: 'x' }, theme: 'ECON', frequency: 'YEARLY', email: 'nope', licence: 'cc0' }),
			choices,
		);
		expect(problems.map((p) => p.split(':')[0])).toEqual(['--publisher', '--id', '--title-fr', '--theme', '--frequency', '--email', '--licence']);
		expect(checkDatasetInput(input({ access: 'restricted', exemption: undefined }), choices)).toEqual([expect.stringMatching(/^--exemption/)]);
	});
});

describe('scaffoldPublisher', () => {
	it('writes a publisher that validates, and checks its input', async () => {
		const root = catalogueWith();
		const file = scaffoldPublisher(
			{ id: 'moh', name: { en: 'Ministry of Health', fr: 'Ministère de la Santé' }, type: 'ministry', email: 'moh@example.org' },
			LANGUAGES,
		);
		writeScaffold(root, file);
		expect(file.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/publisher.schema.json');
		expect(await problemsIn(root, 'publishers/moh.yaml')).toEqual([]);
		expect(checkPublisherInput({ id: 'mto', name: { en: 'x' }, type: 'board', email: 'x' }, LANGUAGES, ['mto']).map((p) => p.split(':')[0])).toEqual([
			'--id',
			'--name-fr',
			'--type',
			'--email',
		]);
	});
});

describe('writeScaffold', () => {
	it('refuses to overwrite a file', () => {
		const root = catalogueWith();
		const path = 'datasets/mto/traffic-volumes.yaml';
		const before = readFileSync(join(root, path), 'utf8');
		expect(() => writeScaffold(root, { path, text: 'identifier: x\n' })).toThrow(`${path} already exists`);
		expect(readFileSync(join(root, path), 'utf8')).toBe(before);
	});
});

describe('npm run new:dataset and new:publisher', () => {
	const script = (name: string) => join(REPO_ROOT, 'scripts', name);

	it('create files from flags with sensible defaults, whose only errors are the placeholders to replace', async () => {
		const root = catalogueWith();
		await run(process.execPath, [
			script('new-publisher.ts'),
			'--root',
			root,
			'--id',
			'moh',
			'--name-en',
			'Health',
			'--name-fr',
			'Santé',
			'--email',
			'moh@example.org',
		]);
		const { stdout } = await run(process.execPath, [
			script('new-dataset.ts'),
			'--root',
			root,
			'--publisher',
			'moh',
			'--id',
			'wait-times',
			'--title-en',
			'Wait times',
			'--title-fr',
			'Temps d’attente',
		]);
		expect(stdout).toContain('Created datasets/moh/wait-times.yaml');
		const text = readFileSync(join(root, 'datasets/moh/wait-times.yaml'), 'utf8');
		expect(text).toMatch(/access_level: open\nlicence: ogl\n/);
		expect(text).toContain('email: "moh@example.org"');
		const { diagnostics } = await loadCatalogue(root);
		expect(diagnostics.map((d) => `${d.file} ${d.field} ${d.code}`)).toEqual([
			'datasets/moh/wait-times.yaml description.en placeholder.text',
			'datasets/moh/wait-times.yaml description.fr placeholder.text',
			'datasets/moh/wait-times.yaml distributions[0].download_url placeholder.address',
		]);
		expect(stdout).toContain('npm run validate lists them');
	});

	it('refuse to overwrite, and fail naming what is missing when they cannot ask', async () => {
		const root = catalogueWith();
		const before = readFileSync(join(root, 'datasets/mto/traffic-volumes.yaml'), 'utf8');
		const args = ['--root', root, '--publisher', 'mto', '--id', 'traffic-volumes', '--title-en', 'T', '--title-fr', 'T'];
		await expect(run(process.execPath, [script('new-dataset.ts'), ...args])).rejects.toMatchObject({
			code: 2,
			stderr: expect.stringContaining('already exists'),
		});
		expect(readFileSync(join(root, 'datasets/mto/traffic-volumes.yaml'), 'utf8')).toBe(before);
		await expect(run(process.execPath, [script('new-dataset.ts'), '--root', root, '--publisher', 'mto'])).rejects.toMatchObject({
			stderr: expect.stringContaining('missing --id, --title-en, --title-fr'),
		});
	});
});
