import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRepositoryFiles } from '../../src/integrations/repository-files.ts';
import { CATALOGUE_ENTRIES, findUnsafeFiles } from '../../src/lib/repository/unsafe-files.ts';

const made: string[] = [];
function tree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'odc-unsafe-'));
	made.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findUnsafeFiles', () => {
	it('accepts regular files and folders', () => {
		const root = tree({ 'catalogue.yaml': 'x', 'public/data/mto/a.csv': 'a', 'datasets/mto/a.yaml': 'a' });
		expect(findUnsafeFiles(root, CATALOGUE_ENTRIES)).toEqual([]);
	});

	it('reports file links, folder links (without entering them), dangling links and FIFOs, each by its path', () => {
		const root = tree({ 'catalogue.yaml': 'x', 'public/data/a.csv': 'a', 'elsewhere/inner/b.csv': 'b' });
		symlinkSync('/etc/passwd', join(root, 'public/data/passwd.csv'));
		symlinkSync(join(root, 'elsewhere'), join(root, 'public/data/folder'));
		symlinkSync('/nowhere/at/all', join(root, 'public/dangling'));
		mkdirSync(join(root, 'datasets/mto'), { recursive: true });
		symlinkSync('/dev/zero', join(root, 'datasets/mto/zero.yaml'));
		mkdirSync(join(root, 'schedules'));
		expect(spawnSync('mkfifo', [join(root, 'schedules/mto.csv')]).status).toBe(0);
		const found = findUnsafeFiles(root, CATALOGUE_ENTRIES).map((d) => [d.file, d.message]);
		expect(found).toEqual([
			['datasets/mto/zero.yaml', 'is a symbolic link'],
			['public/dangling', 'is a symbolic link'],
			['public/data/folder', 'is a symbolic link'],
			['public/data/passwd.csv', 'is a symbolic link'],
			['schedules/mto.csv', 'is not a regular file (a FIFO, socket or device)'],
		]);
	});

	it('refuses a linked top-level folder or catalogue.yaml itself', () => {
		const root = tree({ 'real/catalogue.yaml': 'x', 'real/public/a.csv': 'a' });
		symlinkSync(join(root, 'real/catalogue.yaml'), join(root, 'catalogue.yaml'));
		symlinkSync(join(root, 'real/public'), join(root, 'public'));
		expect(findUnsafeFiles(root, CATALOGUE_ENTRIES).map((d) => d.file)).toEqual(['catalogue.yaml', 'public']);
	});
});

describe('checkRepositoryFiles', () => {
	it('throws one error listing every entry, with the hint', () => {
		const root = tree({ 'catalogue.yaml': 'x', 'public/a.csv': 'a' });
		symlinkSync('../.git/config', join(root, 'public/config'));
		symlinkSync('/etc/passwd', join(root, 'public/passwd'));
		expect(() => checkRepositoryFiles(root, join(root, 'public'))).toThrowErrorMatchingInlineSnapshot(`
			[Error: The catalogue holds 2 entries the build will not follow or publish:
			public/config:1:1  error  is a symbolic link
			    hint: the build publishes and reads only regular files inside the repository and follows no link: commit the file itself instead of a link to it
			public/passwd:1:1  error  is a symbolic link
			    hint: the build publishes and reads only regular files inside the repository and follows no link: commit the file itself instead of a link to it]
		`);
	});

	it('checks a public folder outside the catalogue (the project one) too', () => {
		const root = tree({ 'catalogue.yaml': 'x' });
		const project = tree({ 'public/a.csv': 'a' });
		symlinkSync('/etc/passwd', join(project, 'public/passwd'));
		expect(() => checkRepositoryFiles(root, join(project, 'public'))).toThrow(`${join(project, 'public/passwd')}:1:1  error  is a symbolic link`);
		expect(() => checkRepositoryFiles(project, join(project, 'public'))).toThrow('public/passwd:1:1  error  is a symbolic link');
	});
});
