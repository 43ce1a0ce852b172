/**
 * How the bytes of a CSV file become text. Government files come as UTF-8 (often with a byte-order
 * mark, which Excel writes), as Windows-1252 (Excel's "CSV" on a Western Windows) and sometimes as
 * UTF-16 ("Unicode text"). A file is UTF-8 when its bytes are valid UTF-8; otherwise it is taken to
 * be Windows-1252, which decodes any byte sequence and is what a file that is not UTF-8 almost
 * always is in North America and Western Europe. Pure; runs in Node and in the browser.
 */

/** The encodings a preview reads, as TextDecoder labels. */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A file's encoding and the length of its byte-order mark (0 when it has none). */
export interface EncodingGuess {
	encoding: CsvEncoding;
	bomLength: number;
}

/** The encoding a byte-order mark announces, or undefined when the bytes start with none. */
export function byteOrderMark(bytes: Uint8Array): EncodingGuess | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
	return undefined;
}

/**
 * Whether `bytes` are valid UTF-8. With `complete: false` the bytes are the start of a longer file,
 * so a character cut in two at the very end is not held against them.
 */
export function isValidUtf8(bytes: Uint8Array, complete = true): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
		return true;
	} catch {
		return false;
	}
}

/**
 * The encoding of a file from its first bytes (`complete`: whether they are the whole file): the
 * byte-order mark when there is one, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 * A file whose start is valid UTF-8 may still turn out not to be further on; readers of long files
 * decode UTF-8 strictly and start again as Windows-1252 when that happens.
 */
export function detectEncoding(bytes: Uint8Array, complete: boolean): EncodingGuess {
	return byteOrderMark(bytes) ?? { encoding: isValidUtf8(bytes, complete) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/**
 * A decoder for a guessed encoding. UTF-8 that was only guessed is decoded strictly, so that a wrong
 * guess shows as an error; UTF-8 announced by a byte-order mark is trusted, stray bytes and all.
 */
export function csvDecoder(guess: EncodingGuess): TextDecoder {
	const strict = guess.encoding === 'utf-8' && guess.bomLength === 0;
	return new TextDecoder(guess.encoding, { fatal: strict, ignoreBOM: true });
}

/** The whole of a file's bytes as text, with the encoding it was read in. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding; bom: boolean } {
	const guess = detectEncoding(bytes, true);
	const body = bytes.subarray(guess.bomLength);
	return { text: csvDecoder(guess).decode(body), encoding: guess.encoding, bom: guess.bomLength > 0 };
}
