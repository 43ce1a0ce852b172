/** Writing bytes to an open file without losing any: a write may take fewer bytes than it was given. */
import { writeSync } from 'node:fs';

/** Writes all of `bytes` to the open file `fd`, at its current position. */
export function writeAll(fd: number, bytes: Uint8Array): void {
	for (let written = 0; written < bytes.byteLength;) written += writeSync(fd, bytes, written);
}
