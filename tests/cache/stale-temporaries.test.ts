import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isStaleTemporary, sweepStaleTemporaries, temporaryOwner } from '../../src/lib/build/stale-temporaries.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-stale-temporaries-'));
	made.push(dir);
	return dir;
}
// Process 4242 is gone, 777 still runs: the test decides, not the machine.
const running = (pid: number) => pid === 777;

describe('temporaryOwner', () => {
	it('reads the process id of both temporary names the caches write', () => {
		expect(temporaryOwner('0f3a.ttl.4242.k2j9x1.tmp')).toBe(4242);
		expect(temporaryOwner('index.html.4242-17.tmp')).toBe(4242);
		expect(temporaryOwner('en.4242.abc123.tmp')).toBe(4242);
	});

	it('says undefined for entries and other names', () => {
		expect(temporaryOwner('ca8bf7a90af4486c')).toBeUndefined();
		expect(temporaryOwner('ca8bf7a90af4486c.delta.json')).toBeUndefined();
		expect(temporaryOwner('notes.tmp')).toBeUndefined();
		expect(temporaryOwner('.4242.x.tmp')).toBeUndefined();
	});
});

describe('isStaleTemporary', () => {
	it('is stale only when the process that wrote it is gone, and never for this process', () => {
		expect(isStaleTemporary('entry.4242.x1.tmp', running)).toBe(true);
		expect(isStaleTemporary('entry.777.x1.tmp', running)).toBe(false);
		expect(isStaleTemporary(`entry.${process.pid}.x1.tmp`, () => false)).toBe(false);
		expect(isStaleTemporary('entry', running)).toBe(false);
	});
});

describe('sweepStaleTemporaries', () => {
	it('removes stale temporary files and folders down to the depth asked, and nothing else', () => {
		const cache = folder();
		const scope = join(cache, 'turtle', 'ca8bf7a90af4486c');
		mkdirSync(join(scope, 'deeper'), { recursive: true });
		writeFileSync(join(cache, 'shacl.4242.a.tmp'), 'half');
		writeFileSync(join(scope, 'entry.ttl'), 'kept');
		writeFileSync(join(scope, 'entry.ttl.4242.b.tmp'), 'half');
		writeFileSync(join(scope, 'entry.ttl.777.c.tmp'), 'being written');
		mkdirSync(join(cache, 'turtle', 'en.4242.d.tmp', 'files'), { recursive: true });
		writeFileSync(join(scope, 'deeper', 'page.html.4242-1.tmp'), 'below the depth');

		const removed = sweepStaleTemporaries(cache, 2, running).sort();

		expect(removed).toEqual([join(cache, 'shacl.4242.a.tmp'), join(scope, 'entry.ttl.4242.b.tmp'), join(cache, 'turtle', 'en.4242.d.tmp')].sort());
		expect(existsSync(join(scope, 'entry.ttl'))).toBe(true);
		expect(existsSync(join(scope, 'entry.ttl.777.c.tmp'))).toBe(true);
		expect(existsSync(join(scope, 'deeper', 'page.html.4242-1.tmp'))).toBe(true);
	});

	it('does not follow a link out of the cache folder', () => {
		const cache = folder();
		const outside = folder();
		writeFileSync(join(outside, 'theirs.4242.a.tmp'), 'not ours');
		symlinkSync(outside, join(cache, 'linked'));
		expect(sweepStaleTemporaries(cache, 2, running)).toEqual([]);
		expect(existsSync(join(outside, 'theirs.4242.a.tmp'))).toBe(true);
	});

	it('gives nothing for a missing folder', () => {
		expect(sweepStaleTemporaries(join(folder(), 'missing'), 2, running)).toEqual([]);
	});
});
