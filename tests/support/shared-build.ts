/**
 * Work done once per test run however many test files (each in its own worker) ask for it: the
 * first to ask takes a lock (an atomic mkdir in the run's shared folder) and does the work; the
 * others wait for its record. A failure is recorded too, so every file fails with its message
 * instead of waiting.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/** How long a waiting file waits for the one doing the work. */
const WAIT_MS = 10 * 60 * 1000;

/** The run's shared folder, or undefined outside a Vitest run with the global set-up. */
function sharedDir(): string | undefined {
	try {
		return inject('sharedBuildDir');
	} catch {
		return undefined;
	}
}

/**
 * The folder `make` produced, made once per run under `name`; made afresh (and not shared) when
 * there is no shared folder. `make` resolves to the folder it wrote.
 */
export async function once(name: string, make: () => Promise<string>): Promise<{ dir: string; shared: boolean }> {
	const shared = sharedDir();
	if (!shared) return { dir: await make(), shared: false };
	const record = join(shared, `${name}.json`);
	// Written whole, then renamed, so a waiting file never reads half a record.
	const publish = (outcome: { dir?: string; error?: string }) => {
		writeFileSync(`${record}.tmp`, JSON.stringify(outcome));
		renameSync(`${record}.tmp`, record);
	};
	let mine = true;
	try {
		mkdirSync(join(shared, `${name}.lock`));
	} catch {
		mine = false;
	}
	if (mine) {
		try {
			const dir = await make();
			publish({ dir });
			return { dir, shared: true };
		} catch (error) {
			publish({ error: (error as Error).message });
			throw error;
		}
	}
	const deadline = Date.now() + WAIT_MS;
	while (!existsSync(record)) {
		if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for another test file to make ${name}`);
		await sleep(250);
	}
	const outcome = JSON.parse(readFileSync(record, 'utf8')) as { dir?: string; error?: string };
	if (!outcome.dir) throw new Error(`another test file failed to make ${name}: ${outcome.error}`);
	return { dir: outcome.dir, shared: true };
}
