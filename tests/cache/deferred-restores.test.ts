import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BATCH_PAGES, finishRestores, RestoreQueue } from '../../src/lib/build/deferred-restores.ts';
import { restoreBatch } from '../../src/lib/build/restore-worker.ts';
import keptPages from '../../src/integrations/kept-pages.ts';

const made: string[] = [];
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-deferred-restores-'));
	made.push(dir);
	return dir;
}
afterEach(async () => {
	// A test that failed part-way leaves no queue for the next one.
	await finishRestores().catch(() => {});
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const inode = (path: string) => statSync(path).ino;

/** A cache folder of kept pages `entry-0` … `entry-<count - 1>`. */
function keptPagesFolder(dir: string, count: number): string {
	const pages = join(dir, 'pages');
	mkdirSync(pages);
	for (let i = 0; i < count; i++) writeFileSync(join(pages, `entry-${i}`), `page ${i}`);
	return pages;
}

describe('RestoreQueue', () => {
	it('answers from the entries listed when it was made, and puts every page queued in place off the main thread', async () => {
		const dir = folder();
		const pages = keptPagesFolder(dir, BATCH_PAGES * 2 + 5);
		const queue = new RestoreQueue(pages);
		// Listed once: an entry made later is not known, so its page is rendered.
		writeFileSync(join(pages, 'later'), 'later');
		expect(queue.has('later')).toBe(false);
		expect(queue.has('entry-0')).toBe(true);
		const targets = Array.from({ length: BATCH_PAGES * 2 + 5 }, (_, i) => join(dir, 'out', 'en', 'datasets', `d${i}`, 'index.html'));
		targets.forEach((target, i) => queue.add(`entry-${i}`, target));
		expect(await queue.finish()).toBe(targets.length);
		targets.forEach((target, i) => expect(inode(target)).toBe(inode(join(pages, `entry-${i}`))));
	});

	it('knows no page when there is no folder of kept pages (a cold build), and starts no worker', async () => {
		const queue = new RestoreQueue(join(folder(), 'missing'));
		expect(queue.has('entry-0')).toBe(false);
		expect(await queue.finish()).toBe(0);
	});

	it('fails, naming the page, when a listed entry is gone by the time it is linked', async () => {
		const dir = folder();
		const pages = keptPagesFolder(dir, 2);
		const queue = new RestoreQueue(pages);
		rmSync(join(pages, 'entry-1'));
		queue.add('entry-0', join(dir, 'out', 'a', 'index.html'));
		queue.add('entry-1', join(dir, 'out', 'b', 'index.html'));
		await expect(queue.finish()).rejects.toThrow(
			`could not be put back at ${join(dir, 'out', 'b', 'index.html')}: its cached copy ${join(pages, 'entry-1')} is gone`,
		);
		expect(existsSync(join(dir, 'out', 'b', 'index.html'))).toBe(false);
	});

	it('fails rather than write over a file in the output, and refuses more pages once one failed', async () => {
		const dir = folder();
		const pages = keptPagesFolder(dir, BATCH_PAGES + 1);
		mkdirSync(join(dir, 'out'));
		writeFileSync(join(dir, 'out', 'there.html'), 'already there');
		const queue = new RestoreQueue(pages);
		queue.add('entry-0', join(dir, 'out', 'there.html'));
		for (let i = 1; i < BATCH_PAGES; i++) queue.add(`entry-${i}`, join(dir, 'out', `${i}.html`));
		await expect
			.poll(
				() => {
					try {
						queue.add(`entry-${BATCH_PAGES}`, join(dir, 'out', 'late.html'));
						return undefined;
					} catch (error) {
						return (error as Error).message;
					}
				},
				{ timeout: 20_000 },
			)
			.toMatch(/there\.html: EEXIST/);
		await expect(queue.finish()).rejects.toThrow(/there\.html: EEXIST/);
		expect(readFileSync(join(dir, 'out', 'there.html'), 'utf8')).toBe('already there');
		expect(readFileSync(join(pages, 'entry-0'), 'utf8')).toBe('page 0');
	});
});

describe('the kept-pages integration', () => {
	it('has every page queued in place when its astro:build:done hook returns, and fails the build when one could not be put back', async () => {
		const dir = folder();
		const pages = keptPagesFolder(dir, 3);
		const queue = new RestoreQueue(pages);
		for (let i = 0; i < 3; i++) queue.add(`entry-${i}`, join(dir, 'out', `${i}`, 'index.html'));
		const logged: string[] = [];
		const done = keptPages().hooks['astro:build:done'] as (options: { logger: { info(message: string): void } }) => Promise<void>;
		await done({ logger: { info: (message) => logged.push(message) } });
		expect(readdirSync(join(dir, 'out')).sort()).toEqual(['0', '1', '2']);
		expect(logged).toEqual([expect.stringMatching(/^3 pages kept from the last build put back/)]);

		const failing = new RestoreQueue(pages);
		failing.add('entry-0', join(dir, 'out', '0', 'index.html'));
		await expect(done({ logger: { info: () => {} } })).rejects.toThrow(/could not be put back at .*EEXIST/);
	});
});

describe('restoreBatch', () => {
	it('puts back the pages of a batch in order and stops at the first that cannot be', () => {
		const dir = folder();
		const pages = keptPagesFolder(dir, 2);
		const batch = ['entry-0', join(dir, 'a', 'index.html'), 'gone', join(dir, 'b', 'index.html'), 'entry-1', join(dir, 'c', 'index.html')];
		expect(restoreBatch(pages, batch)).toEqual({ failed: `its cached copy ${join(pages, 'gone')} is gone`, target: join(dir, 'b', 'index.html') });
		expect(inode(join(dir, 'a', 'index.html'))).toBe(inode(join(pages, 'entry-0')));
		expect(existsSync(join(dir, 'c'))).toBe(false);
	});
});
