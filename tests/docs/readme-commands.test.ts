/**
 * The "Adding a dataset" commands of the README's stewards' part (docs/stewards.md), run as written (through npm) on a copy of the example
 * catalogue: they describe the row the example schedule plans, and what `npm run validate` then
 * reports is exactly the placeholders left to replace.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

const run = promisify(execFile);
const AS_OF = '2026-11-23';
const copy = mkdtempSync(join(tmpdir(), 'odc-readme-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** The shell commands of the stewards' code block that scaffolds a dataset, one per entry, continuations joined. */
function readmeCommands(): string[] {
	const readme = readFileSync(join(REPO_ROOT, 'docs/stewards.md'), 'utf8');
	const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.includes('npm run new:dataset'));
	if (!block) throw new Error('docs/stewards.md has no sh block with npm run new:dataset');
	return block
		.replace(/\\\n\s*/g, '')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
}

/** Splits a command line into words, honouring double quotes (all the README uses). */
function words(line: string): string[] {
	return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the README’s commands for adding a dataset', () => {
	it('describe the example schedule’s bridge-condition-ratings row, leaving only the placeholders to replace', async () => {
		for (const part of ['catalogue.yaml', 'datasets', 'publishers', 'requests', 'schedules', 'public/data'])
			cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
		const commands = readmeCommands();
		expect(commands.map((c) => words(c).slice(0, 3).join(' '))).toEqual(['npm run new:dataset', 'npm run new:publisher', 'npm run validate']);
		const outputs: Array<{ code: number; stdout: string }> = [];
		for (const command of commands) {
			const [program, ...args] = words(command);
			const env = { ...process.env, CATALOGUE_DIR: copy, AS_OF };
			outputs.push(
				await run(program!, args, { cwd: REPO_ROOT, env }).then(
					({ stdout }) => ({ code: 0, stdout }),
					(error) => ({ code: error.code as number, stdout: error.stdout as string }),
				),
			);
		}
		expect(outputs.slice(0, 2).map((o) => o.code)).toEqual([0, 0]);
		const validate = outputs[2]!;
		expect(validate.code).toBe(1);
		const errors = validate.stdout.split('\n').filter((line) => line.includes('  error  '));
		expect(
			errors.map((line) =>
				line
					.replace(/:\d+:\d+ /, ' ')
					.split('  (')[0]!
					.replace(/ {2}still says.*| {2}is still.*/, ''),
			),
		).toEqual([
			'datasets/mto/bridge-condition-ratings.yaml  error  description.en',
			'datasets/mto/bridge-condition-ratings.yaml  error  description.fr',
			'datasets/mto/bridge-condition-ratings.yaml  error  distributions[0].download_url',
		]);

		const path = join(copy, 'datasets/mto/bridge-condition-ratings.yaml');
		writeFileSync(
			path,
			readFileSync(path, 'utf8')
				.replace(/"(To be written|À rédiger)[^"]*"/g, '"Ratings of every provincial bridge."')
				.replace('https://example.org/replace-me/', 'https://data.belle-riviere.example/mto/'),
		);
		const { catalogue, diagnostics } = await loadCatalogue(copy, { asOf: AS_OF });
		expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(diagnostics.filter((d) => d.file === 'schedules/mto.csv' && d.field.startsWith('row 4:')).map((d) => d.code)).not.toContain('schedule.same-title');
		const release = catalogue!.schedule.releases.find((r) => r.datasetId === 'bridge-condition-ratings');
		expect(release?.publisher).toBe('mto');
		expect(catalogue!.datasetById.get('bridge-condition-ratings')?.title).toEqual({ en: 'Bridge condition ratings', fr: 'Cotes d’état des ponts' });
	});
});
