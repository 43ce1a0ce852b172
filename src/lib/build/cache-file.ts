/**
 * Reading and writing one entry of the cache folder (cache-dir.ts). What is read back is
 * untrusted: a link is not followed, a file larger than the caller allows is not read, and a
 * missing or unreadable entry is simply absent. A write goes to a temporary file renamed into
 * place, so a reader never sees half an entry, and a write that fails leaves the cache as it was.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAll } from './write-all.ts';

/** The text of the entry at `path`, or `undefined` when it is missing, not a regular file, a link or over `maxBytes`. */
export function readCacheEntry(path: string, maxBytes: number): string | undefined {
	return readCacheBytes(path, maxBytes)?.toString('utf8');
}

/** The bytes of the entry at `path`, or `undefined` when it is missing, not a regular file, a link or over `maxBytes`. */
export function readCacheBytes(path: string, maxBytes: number): Buffer | undefined {
	return readCacheBytesInto(path, maxBytes, Buffer.alloc(0));
}

/**
 * {@link readCacheBytes} into `scratch` when it is large enough, into a new buffer otherwise: for a
 * caller that reads thousands of entries one after the other (kept-output-files.ts), whose
 * thousands of buffers a worker thread's allocator would keep after the thread ended. The bytes
 * returned may be `scratch`'s: valid until it is used again.
 */
export function readCacheBytesInto(path: string, maxBytes: number, scratch: Buffer): Buffer | undefined {
	let descriptor: number | undefined;
	try {
		// O_NONBLOCK: a named pipe put in the cache must not hang the build.
		descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
		const stats = fstatSync(descriptor);
		const size = stats.size;
		if (!stats.isFile() || size > maxBytes) return undefined;
		const bytes = size <= scratch.byteLength ? scratch.subarray(0, size) : Buffer.alloc(size);
		let read = 0;
		while (read < size) {
			const count = readSync(descriptor, bytes, read, size - read, read);
			if (count === 0) return undefined;
			read += count;
		}
		return bytes;
	} catch {
		return undefined;
	} finally {
		if (descriptor !== undefined) closeSync(descriptor);
	}
}

/**
 * {@link readCacheBytes} without holding up the thread: for a caller that reads thousands of
 * entries while Astro renders pages on the same thread (pagefind-language-cache.ts).
 */
export async function readCacheBytesAsync(path: string, maxBytes: number): Promise<Buffer | undefined> {
	let handle;
	try {
		handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
		const stats = await handle.stat();
		if (!stats.isFile() || stats.size > maxBytes) return undefined;
		const bytes = Buffer.alloc(stats.size);
		for (let read = 0; read < stats.size;) {
			const { bytesRead } = await handle.read(bytes, read, stats.size - read, read);
			if (bytesRead === 0) return undefined;
			read += bytesRead;
		}
		return bytes;
	} catch {
		return undefined;
	} finally {
		await handle?.close();
	}
}

/**
 * Writes `text` (or bytes, or pieces of bytes one after the other: a large entry is not first
 * copied whole) as the entry at `path`; false when it could not (a cache that cannot be written is
 * only slower).
 */
export function writeCacheEntry(path: string, text: string | Uint8Array | readonly Uint8Array[]): boolean {
	const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		mkdirSync(dirname(path), { recursive: true });
		if (Array.isArray(text)) writeNewFilePieces(temporary, text);
		else writeFileSync(temporary, text as string | Uint8Array, { flag: 'wx' });
		renameSync(temporary, path);
		return true;
	} catch {
		try {
			rmSync(temporary, { force: true });
		} catch {
			// Nothing was written where nothing can be removed.
		}
		return false;
	}
}

/** Writes `pieces` one after the other into a new file at `path` (which must not exist). */
function writeNewFilePieces(path: string, pieces: readonly Uint8Array[]): void {
	const fd = openSync(path, 'wx');
	try {
		for (const piece of pieces) writeAll(fd, piece);
	} finally {
		closeSync(fd);
	}
}

/**
 * Writes `text` as the entry at `path`, in a folder that exists, straight under its name rather
 * than by temporary file and rename (a third of the system calls, which for the export worker's
 * 20,000 kept files was most of its cold build's file-system time). Only for an entry whose name
 * carries the digest of its bytes, checked by every reader: a file a killed build left half-written
 * is found by that check, and an entry already there (such a file, or one another writer made) is
 * unlinked and written anew, never written into, since an output folder may hold a link to it.
 * False when it could not be written; nothing is left under the name then.
 */
export function writeDigestNamedEntry(path: string, text: string | Uint8Array): boolean {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			writeFileSync(path, text, { flag: 'wx' });
			return true;
		} catch (error) {
			const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
			try {
				// A partial file of our own, or (on EEXIST) the entry to be replaced: removed either way.
				rmSync(path, { force: true });
			} catch {
				return false;
			}
			if (!exists) return false;
		}
	}
	return false;
}

/**
 * Removes from the cache folder `dir` every entry named as `entryName` says this cache names its
 * entries but not in `used` (what this build read or wrote): a cache of one generation. Anything
 * else there, or an entry that cannot be removed, is left (it is never read either).
 */
export function pruneCacheFolder(dir: string, used: ReadonlySet<string>, entryName: RegExp): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) {
		if (used.has(name) || !entryName.test(name)) continue;
		try {
			rmSync(join(dir, name), { force: true });
		} catch {
			// Not a file (nothing a cache wrote): it is never read either.
		}
	}
}
