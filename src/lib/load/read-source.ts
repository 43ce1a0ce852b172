import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatMegabytes, readCheckedRepoFile, refusalDiagnostic, repoFileRefusal, type Refusal } from './repo-files.ts';

/** Metadata files are small; anything larger is almost certainly a data file committed by mistake. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a source file, or the problems that stop it being read as text. */
export interface SourceText {
	text: string | undefined;
	diagnostics: Diagnostic[];
}

/** How a kind of file is read: its size limit, and whether a byte-order mark is normal for it. */
export interface DecodeOptions {
	maxBytes?: number;
	/** Spreadsheet programs write a byte-order mark in front of CSV files: drop it without a warning. */
	expectBom?: boolean;
}

/**
 * Turns the bytes of a metadata file into text: UTF-8 only, a byte-order mark is dropped (with a
 * warning unless it is expected), and empty or oversized files are refused before any parser sees them.
 */
export function decodeSource(file: string, bytes: Uint8Array, { maxBytes = MAX_SOURCE_BYTES, expectBom = false }: DecodeOptions = {}): SourceText {
	const at = { file, line: 1, column: 1, field: '' };
	if (bytes.byteLength > maxBytes) return fail({ ...at, severity: 'error', ...metadataTooLarge(maxBytes, bytes.byteLength) });
	const diagnostics: Diagnostic[] = [];
	let body = bytes;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		body = bytes.subarray(3);
		if (!expectBom)
			diagnostics.push({
				...at,
				severity: 'warning',
				code: 'file.bom',
				message: 'the file starts with a byte-order mark, which was ignored',
				hint: 'save the file as "UTF-8" rather than "UTF-8 with BOM"',
			});
	}
	let text: string;
	try {
		text = utf8.decode(body);
	} catch {
		const { line, column } = firstInvalidUtf8(body);
		return fail({
			...at,
			line,
			column,
			severity: 'error',
			code: 'file.encoding',
			message: 'the file is not valid UTF-8',
			hint: 'save the file with the UTF-8 encoding (it was probably saved as Windows-1252 or Latin-1)',
		});
	}
	if (text.trim() === '') {
		return fail({
			...at,
			severity: 'error',
			code: 'file.empty',
			message: 'the file is empty',
			hint: 'fill it in or delete it; start from an existing file of the same kind',
		});
	}
	return { text, diagnostics };
}

function fail(diagnostic: Diagnostic): SourceText {
	return { text: undefined, diagnostics: [diagnostic] };
}

/** Why a metadata file is refused for its size (`size` unknown when the file only grew while read). */
export function metadataTooLarge(maxBytes: number, size?: number): Refusal {
	return {
		code: 'file.too-large',
		message: 'the file is too large for a metadata file',
		expected: `at most ${formatMegabytes(maxBytes)}`,
		got: size === undefined ? `more than ${formatMegabytes(maxBytes)}` : formatMegabytes(size),
		hint: 'put data files in the distribution URLs, not in the metadata; a dataset description rarely needs more than a few kilobytes',
	};
}

/**
 * Reads and decodes the source file `path` under `root`: a regular file of the repository (never a
 * link), refused for its size before any byte is read, then {@link decodeSource}.
 */
export function readSourceText(root: string, path: string, options: DecodeOptions = {}): SourceText {
	const refusal = repoFileRefusal(root, path);
	return refusal ? fail(refusalDiagnostic(path, refusal)) : readCheckedSourceText(root, path, options);
}

/** {@link readSourceText} of a path `checkRepoFile` (repo-files.ts) has just let through. */
export function readCheckedSourceText(root: string, path: string, options: DecodeOptions = {}): SourceText {
	const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
	const read = readCheckedRepoFile(root, path, maxBytes, metadataTooLarge);
	if (read.refusal) return fail(refusalDiagnostic(path, read.refusal));
	return decodeSource(path, read.bytes, options);
}

/** Finds the first byte that breaks UTF-8, counting lines and characters before it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
	let line = 1;
	let column = 1;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
		if (size === 0) return { line, column };
		for (let k = 1; k < size; k++) {
			if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return { line, column };
		}
		if (b === 0x0a) {
			line++;
			column = 1;
		} else {
			column++;
		}
		i += size;
	}
	return { line, column };
}
