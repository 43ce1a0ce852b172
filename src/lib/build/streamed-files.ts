/**
 * Files written piece by piece as their text is made, into an output folder that may not be ready
 * yet: write-exports.ts streams `catalog.jsonld` and `catalog.ttl` this way, part by part of the
 * DCAT-AP export, so the worker never holds the two files (200 MB at 10,000 datasets, five times
 * that at 50,000) and their copies at once. Until the folder is known the pieces are held; once it
 * is, they are written and the rest goes straight to the files. When the export fails, the files
 * are removed and nothing more is written.
 */
import { closeSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAll } from './write-all.ts';

/** Files of one folder written in pieces, in order. */
export class StreamedFiles {
	readonly #names: readonly string[];
	readonly #held = new Map<string, Uint8Array[]>();
	readonly #open = new Map<string, number>();
	#dir: string | undefined;
	#discarded = false;

	/** @param names The files, relative to the folder given to {@link open}. */
	constructor(names: readonly string[]) {
		this.#names = names;
		for (const name of names) this.#held.set(name, []);
	}

	/** Writes `bytes` at the end of file `name`, or holds them until {@link open}. */
	write(name: string, bytes: Uint8Array): void {
		if (this.#discarded) return;
		const fd = this.#open.get(name);
		if (fd !== undefined) writeAll(fd, bytes);
		else this.#heldOf(name).push(bytes);
	}

	/**
	 * Creates the files in `dir` (which must exist: a folder removed meanwhile is not made again)
	 * and writes what was held. Does nothing once {@link discard}ed.
	 */
	open(dir: string): void {
		if (this.#discarded || this.#dir !== undefined) return;
		this.#dir = dir;
		for (const [name, held] of this.#held) {
			const fd = openSync(join(dir, name), 'w');
			this.#open.set(name, fd);
			for (const bytes of held) writeAll(fd, bytes);
			this.#held.set(name, []);
		}
	}

	/** Closes the files: they are complete. */
	close(): void {
		for (const fd of this.#open.values()) closeSync(fd);
		this.#open.clear();
	}

	/** Closes and removes the files, lets go of what was held, and makes later writes and opens do nothing. */
	discard(): void {
		this.#discarded = true;
		this.close();
		for (const name of this.#names) this.#held.set(name, []);
		if (this.#dir !== undefined) for (const name of this.#names) rmSync(join(this.#dir, name), { force: true });
	}

	#heldOf(name: string): Uint8Array[] {
		const held = this.#held.get(name);
		if (!held) throw new Error(`${name} is not one of the streamed files.`);
		return held;
	}
}

/** Text gathered before it is written by {@link writeFilePieces}: few writes, and no whole file held. */
const PIECES_BATCH = 1 << 20;

/** Writes `pieces` one after the other into a new file at `path` (replacing any), in batches of about {@link PIECES_BATCH} characters. */
export function writeFilePieces(path: string, pieces: Iterable<string>): void {
	const fd = openSync(path, 'w');
	try {
		let batch = '';
		for (const piece of pieces) {
			batch += piece;
			if (batch.length < PIECES_BATCH) continue;
			writeAll(fd, Buffer.from(batch));
			batch = '';
		}
		if (batch !== '') writeAll(fd, Buffer.from(batch));
	} finally {
		closeSync(fd);
	}
}
