import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makePublishable, swapIn } from '../../src/lib/build/publish-output.ts';
import { createWorkingFolder, removeStaleWorkingFolders, workingFolderPrefix } from '../../src/lib/build/staging.ts';

const made: string[] = [];
function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'odc-publish-'));
	made.push(dir);
	return dir;
}
function write(path: string, text: string): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, text);
}
const mode = (path: string) => lstatSync(path).mode & 0o777;
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('working folders', () => {
	it('are named after the output folder and the process, beside the output folder', async () => {
		const parent = folder();
		const staging = await createWorkingFolder(join(parent, 'dist'), 'building');
		expect(staging.startsWith(join(parent, `.dist-building-${process.pid}-`))).toBe(true);
		expect(workingFolderPrefix('/srv/site/out', 'previous', 42)).toBe('/srv/site/.out-previous-42-');
	});

	it('left by a build that is no longer running are removed; those of a running build and other folders are kept', async () => {
		const parent = folder();
		for (const name of [
			'.dist-building-111-aaaaaa',
			'.dist-previous-111-bbbbbb',
			'.dist-building-Xy12Zq',
			'.dist-building-222-cccccc',
			`.dist-building-${process.pid}-dddddd`,
			'.other-building-111-eeeeee',
			'dist',
			'.dist-keep',
		]) {
			write(join(parent, name, 'index.html'), name);
		}
		const removed = await removeStaleWorkingFolders(join(parent, 'dist'), (pid) => pid === 222);
		expect(removed.map((path) => path.slice(parent.length + 1)).sort()).toEqual([
			'.dist-building-111-aaaaaa',
			'.dist-building-Xy12Zq',
			'.dist-previous-111-bbbbbb',
		]);
		expect(readdirSync(parent).sort()).toEqual(
			['.dist-building-222-cccccc', `.dist-building-${process.pid}-dddddd`, '.dist-keep', '.other-building-111-eeeeee', 'dist'].sort(),
		);
	});
});

describe('makePublishable', () => {
	it('makes every folder 0755 and every file 0644 whatever they were', async () => {
		const parent = folder();
		const site = await createWorkingFolder(join(parent, 'dist'), 'building');
		expect(mode(site)).toBe(0o700);
		write(join(site, 'en/index.html'), 'page');
		write(join(site, '_astro/app.js'), 'script');
		chmodSync(join(site, 'en/index.html'), 0o600);
		chmodSync(join(site, '_astro/app.js'), 0o777);
		chmodSync(join(site, 'en'), 0o700);
		expect(await makePublishable(site)).toEqual({ files: 2, bytes: 'page'.length + 'script'.length });
		expect([site, join(site, 'en'), join(site, '_astro')].map(mode)).toEqual([0o755, 0o755, 0o755]);
		expect([join(site, 'en/index.html'), join(site, '_astro/app.js')].map(mode)).toEqual([0o644, 0o644]);
	});

	it('refuses a site that holds a symbolic link, naming it', async () => {
		const site = folder();
		write(join(site, 'en/index.html'), 'page');
		symlinkSync('/etc/passwd', join(site, 'en/passwd'));
		await expect(makePublishable(site)).rejects.toThrow('en/passwd: the built site holds a symbolic link; nothing was published');
	});
});

describe('swapIn', () => {
	it('replaces the previous site with the new one and leaves no working folder', async () => {
		const parent = folder();
		const outDir = join(parent, 'dist');
		write(join(outDir, 'old.html'), 'old');
		const staging = await createWorkingFolder(outDir, 'building');
		write(join(staging, 'new.html'), 'new');
		await swapIn(staging, outDir);
		expect(readdirSync(parent)).toEqual(['dist']);
		expect(readdirSync(outDir)).toEqual(['new.html']);
	});

	it('writes the output folder when there was none', async () => {
		const parent = folder();
		const staging = await createWorkingFolder(join(parent, 'dist'), 'building');
		write(join(staging, 'new.html'), 'new');
		await swapIn(staging, join(parent, 'dist'));
		expect(readFileSync(join(parent, 'dist/new.html'), 'utf8')).toBe('new');
	});

	it('in the background, leaves the previous site to a remover named in its folder, which deletes it after the swap', async () => {
		const parent = folder();
		const outDir = join(parent, 'dist');
		write(join(outDir, 'old/index.html'), 'old');
		const staging = await createWorkingFolder(outDir, 'building');
		write(join(staging, 'new.html'), 'new');
		await swapIn(staging, outDir, { background: true });
		expect(readdirSync(outDir)).toEqual(['new.html']);
		const left = readdirSync(parent).filter((name) => name !== 'dist');
		// Either the remover has already finished, or its folder carries a process id other than this one's.
		for (const name of left) {
			expect(name).toMatch(/^\.dist-previous-(\d+)-/);
			expect(name).not.toContain(`-${process.pid}-`);
		}
		const deadline = Date.now() + 20_000;
		while (readdirSync(parent).length > 1 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
		expect(readdirSync(parent)).toEqual(['dist']);
	}, 30_000);

	it('has the remover delete only a working folder named after itself', async () => {
		const parent = folder();
		const { startRemover } = await import('../../src/lib/build/remover.ts');
		const others = [join(parent, 'keep'), join(parent, '.dist-previous-1-abcdef'), join(parent, '.dist-building-0-abcdef')];
		for (const path of others) write(join(path, 'index.html'), 'kept');
		const removers = others.map(() => startRemover()!);
		others.forEach((path, index) => removers[index]!.remove(path));
		const own = startRemover()!;
		const ownFolder = await createWorkingFolder(join(parent, 'dist'), 'previous', own.pid);
		write(join(ownFolder, 'index.html'), 'old');
		own.remove(ownFolder);
		const deadline = Date.now() + 20_000;
		while (existsSync(ownFolder) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
		expect(existsSync(ownFolder)).toBe(false);
		await new Promise((done) => setTimeout(done, 500));
		for (const path of others) expect(readFileSync(join(path, 'index.html'), 'utf8')).toBe('kept');
	}, 30_000);

	it('puts the previous site back when the new one cannot be moved in', async () => {
		const parent = folder();
		const outDir = join(parent, 'dist');
		write(join(outDir, 'old.html'), 'old');
		await expect(swapIn(join(parent, '.dist-building-gone'), outDir)).rejects.toThrow(/ENOENT/);
		expect(readdirSync(parent)).toEqual(['dist']);
		expect(readFileSync(join(outDir, 'old.html'), 'utf8')).toBe('old');
		expect(existsSync(join(parent, '.dist-building-gone'))).toBe(false);
	});
});
