/** Writes a scaffolded file into a catalogue, never over an existing one. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ScaffoldFile } from './text.ts';

/**
 * Creates `file` under `root` (and its folder). Throws, leaving the existing file untouched, when
 * the file is already there: the error's message names it.
 */
export function writeScaffold(root: string, file: ScaffoldFile): string {
	const target = join(root, file.path);
	mkdirSync(dirname(target), { recursive: true });
	try {
		writeFileSync(target, file.text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${file.path} already exists: not overwriting it`, { cause: error });
		throw error;
	}
	return target;
}
