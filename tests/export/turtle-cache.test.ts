/**
 * The Turtle text of the export's parts kept from one build to the next
 * (src/lib/export/dcat-ap/turtle-cache.ts): the files must be the ones made without it, byte for
 * byte, whatever the cache folder holds.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTurtleParts } from '../../src/lib/export/dcat-ap/turtle-cache.ts';
import type { Catalogue } from '../../src/lib/model/catalogue.ts';
import { exportAndValidate } from '../../src/lib/site/dcat-export.ts';
import { loadFixture } from './support.ts';

const options = { siteUrl: 'https://open-data-catalogue.github.io', base: '/' };
const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-turtle-'));
	made.push(dir);
	return dir;
}

const turtle = async (catalogue: Catalogue, cache?: string) =>
	(await exportAndValidate(catalogue, options, 3, undefined, cache === undefined ? undefined : openTurtleParts('/catalogue', cache, 'v1'))).turtle.text();

describe('kept Turtle parts', () => {
	it('give catalog.ttl as made afresh: first kept, then taken, then after one dataset changed', async () => {
		const catalogue = await loadFixture('.');
		const cache = folder();
		const fresh = await turtle(catalogue);
		expect(await turtle(catalogue, cache)).toBe(fresh);
		const entries = readdirSync(join(cache, 'turtle'), { recursive: true }).filter((name) => String(name).endsWith('.ttl'));
		expect(entries).toHaveLength(Math.ceil(catalogue.datasets.length / 3));
		expect(await turtle(catalogue, cache)).toBe(fresh);
		const changed = structuredClone(catalogue);
		changed.datasets[0]!.title = { ...changed.datasets[0]!.title, en: 'A title changed since' };
		const changedFresh = await turtle(changed);
		expect(changedFresh).not.toBe(fresh);
		expect(await turtle(changed, cache)).toBe(changedFresh);
		// Only this export's parts are kept: the first part's old text is gone.
		expect(readdirSync(join(cache, 'turtle'), { recursive: true }).filter((name) => String(name).endsWith('.ttl'))).toHaveLength(entries.length);
	});

	it('are made again when a kept file is damaged or is not one this code wrote', async () => {
		const catalogue = await loadFixture('.');
		const cache = folder();
		const fresh = await turtle(catalogue, cache);
		const dir = join(cache, 'turtle', readdirSync(join(cache, 'turtle'))[0]!);
		const [first, second] = readdirSync(dir);
		writeFileSync(join(dir, first!), `${'0'.repeat(64)}\n@prefix x: <http://example.org/> .\n`);
		writeFileSync(join(dir, second!), 'not an entry');
		expect(await turtle(catalogue, cache)).toBe(fresh);
		// Another code version keys every part afresh.
		const other = openTurtleParts('/catalogue', cache, 'v2')!;
		expect(other.key('x', 0, 'p0', {})).not.toBe(openTurtleParts('/catalogue', cache, 'v1')!.key('x', 0, 'p0', {}));
	});
});
