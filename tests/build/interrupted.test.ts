/**
 * `npm run build` as a process: stopped part-way it removes its working folder and leaves the
 * previous site; the next build removes what a killed build left; the site it writes is readable by
 * every user whatever the umask.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_AS_OF, REPO_ROOT } from '../browser/support/build.ts';
import { catalogueWith, cleanUp } from '../validate/support.ts';

const made: string[] = [];
afterAll(() => {
	cleanUp();
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding a previous site in `dist/`. */
function siteFolder(): string {
	const parent = mkdtempSync(join(tmpdir(), 'odc-interrupt-'));
	made.push(parent);
	mkdirSync(join(parent, 'dist'));
	writeFileSync(join(parent, 'dist/index.html'), 'previous site');
	return parent;
}

/** Starts `scripts/build.ts --no-validate` on the minimal catalogue, writing `<parent>/dist`, under umask 077. */
function startBuild(parent: string, extraEnv: Record<string, string> = {}) {
	const env = {
		...process.env,
		...extraEnv,
		CATALOGUE_DIR: catalogueWith(),
		OUT_DIR: join(parent, 'dist'),
		SITE_URL: 'https://example.org',
		BASE_PATH: '/',
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	const command = `umask 077; exec "${process.execPath}" scripts/build.ts --no-validate --as-of ${EXAMPLE_AS_OF}`;
	const child = spawn('sh', ['-c', command], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exit = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
	return { child, exit, output: () => output };
}

const workingFolders = (parent: string) => readdirSync(parent).filter((name) => /^\.dist-(building|previous)-/.test(name));

describe('a build stopped part-way', () => {
	for (const [signal, code] of [
		['SIGTERM', 143],
		['SIGINT', 130],
	] as const) {
		it(`by ${signal} removes its working folder and leaves the previous site`, async () => {
			const parent = siteFolder();
			const build = startBuild(parent);
			// Wait until Astro is writing pages into the working folder, then stop it.
			const deadline = Date.now() + 120_000;
			while (!workingFolders(parent).some((name) => readdirSync(join(parent, name)).length > 0)) {
				if (Date.now() > deadline) throw new Error(`the build never started writing:\n${build.output()}`);
				await sleep(50);
			}
			build.child.kill(signal);
			expect(await build.exit, build.output()).toBe(code);
			expect(build.output()).toContain(`The build was stopped (${signal}); ${join(parent, 'dist')} was left as it was.`);
			expect(readdirSync(parent)).toEqual(['dist']);
			expect(readFileSync(join(parent, 'dist/index.html'), 'utf8')).toBe('previous site');
		}, 180_000);
	}
});

describe('a build after one that was killed', () => {
	it('removes the killed build’s folders and cache temporaries, keeps a running build’s, and writes a world-readable site', async () => {
		const parent = siteFolder();
		// A process id that is certainly not running: a finished child's.
		const gone = spawn(process.execPath, ['-e', '']);
		await new Promise((done) => gone.on('close', done));
		for (const name of [`.dist-building-${gone.pid}-a1b2c3`, `.dist-previous-${gone.pid}-d4e5f6`, `.dist-building-${process.pid}-g7h8i9`]) {
			mkdirSync(join(parent, name));
			writeFileSync(join(parent, name, 'index.html'), 'half-made');
		}
		// What the killed build was writing into the cache folder when it died, and what a running build is.
		const cache = join(parent, 'cache');
		const halfWritten = [
			join(cache, 'shacl', `results.json.${gone.pid}.k2j9x1.tmp`),
			join(cache, 'turtle', 'ca8bf7a90af4486c', `part.ttl.${gone.pid}.p0q1r2.tmp`),
			join(cache, 'astro', 'ca8bf7a90af4486c', `page.${gone.pid}-17.tmp`),
		];
		const beingWritten = join(cache, 'turtle', 'ca8bf7a90af4486c', `part.ttl.${process.pid}.s3t4u5.tmp`);
		for (const path of [...halfWritten, beingWritten]) {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, 'half');
		}
		const build = startBuild(parent, { ODC_CACHE_DIR: cache });
		expect(await build.exit, build.output()).toBe(0);
		expect(build.output()).toContain(`Removed ${join(parent, `.dist-building-${gone.pid}-a1b2c3`)}, left by a build that was stopped.`);
		expect(build.output()).toContain('Removed 3 temporary file(s) left in the cache by a build that was stopped.');
		expect(halfWritten.filter((path) => existsSync(path))).toEqual([]);
		expect(existsSync(beingWritten)).toBe(true);
		// The previous site is deleted by a remover the build does not wait for (src/lib/build/remover.ts).
		const deadline = Date.now() + 30_000;
		while (readdirSync(parent).some((name) => name.includes('-previous-')) && Date.now() < deadline) await sleep(50);
		expect(readdirSync(parent).sort()).toEqual([`.dist-building-${process.pid}-g7h8i9`, 'cache', 'dist']);

		// Every entry's type and permission bits: only folders 0755 and files 0644.
		const modes = new Map<number, string[]>();
		const entries = [join(parent, 'dist'), ...readdirSync(join(parent, 'dist'), { recursive: true }).map((name) => join(parent, 'dist', String(name)))];
		for (const path of entries) {
			const stats = lstatSync(path);
			const key = (stats.isDirectory() ? 0o40000 : stats.isFile() ? 0o100000 : 0) | (stats.mode & 0o777);
			modes.set(key, [...(modes.get(key) ?? []), path]);
		}
		expect([...modes.keys()].map((mode) => mode.toString(8)).sort(), 'file types and modes in the site').toEqual(['100644', '40755']);
		expect(readFileSync(join(parent, 'dist/en/index.html'), 'utf8')).toContain('<html');
	}, 240_000);
});
