import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { treeDigest } from '../../scripts/bench/tree-digest.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding `files` (relative path → content), written in the given order. */
function tree(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-digest-'));
	made.push(dir);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}

describe('treeDigest', () => {
	const site = { 'index.html': '<p>a</p>', 'en/datasets/x/index.html': '<p>x</p>', 'catalog.ttl': '@prefix a: <b> .' };

	it('is the same for the same files whatever order they were written in', () => {
		const reversed = Object.fromEntries(Object.entries(site).reverse());
		expect(treeDigest(tree(site))).toEqual(treeDigest(tree(reversed)));
		expect(treeDigest(tree(site)).files).toBe(3);
	});

	it('changes with one byte of one file, a renamed file, or a file more', () => {
		const digest = treeDigest(tree(site)).digest;
		expect(treeDigest(tree({ ...site, 'catalog.ttl': '@prefix a: <c> .' })).digest).not.toBe(digest);
		const { 'catalog.ttl': turtle, ...rest } = site;
		expect(treeDigest(tree({ ...rest, 'catalog2.ttl': turtle })).digest).not.toBe(digest);
		expect(treeDigest(tree({ ...site, 'robots.txt': '' })).digest).not.toBe(digest);
	});
});
