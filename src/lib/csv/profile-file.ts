/**
 * Previews a file on disk at build time (Node only), streaming: the file is read in 1 MB pieces,
 * decoded and parsed as it goes, so a file of any size is read with bounded memory. Only the first
 * rows are kept; the row count and column summaries come from a full pass, and any other
 * {@link TableSink} (the data-dictionary check) reads the same rows in the same pass.
 *
 * UTF-8 is decoded strictly: a file whose start is valid UTF-8 but which turns out not to be, further
 * on, is read again from the start as Windows-1252, so no row is ever decoded in the wrong encoding.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { firstLineCells, guessDelimiter } from './delimiter.ts';
import { csvDecoder, detectEncoding, type EncodingGuess } from './encoding.ts';
import type { PreviewOutcome, PreviewProblem } from './preview-outcome.ts';
import { RowFeeder, type TableSink } from './row-feeder.ts';
import { notCsvReason } from './sniff.ts';
import { TableProfiler } from './table-profile.ts';

/**
 * How much of the file is read at a time. Small pieces keep each piece's rows short-lived, so the
 * garbage collector frees them young: 64 kB pieces peak at about half the memory of 1 MB ones.
 */
const CHUNK_BYTES = 64 * 1024;

/** How much of the start of the file the encoding and the delimiter are guessed from. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * A row longer than this is taken for a quote that is never closed: the parser would otherwise hold
 * the rest of the file in one cell.
 */
export const MAX_ROW_BYTES = 16 * 1024 * 1024;

/**
 * Data files larger than this are refused before any byte is read: GitHub itself refuses files over
 * 100 MB, so a larger one can only be a mistake or an attack.
 */
export const MAX_DATA_FILE_BYTES = 100 * 1024 * 1024;

/** More columns than this and a file is refused: a page cannot show them, and a million would take the build down. */
export const DEFAULT_MAX_COLUMNS = 1000;

/** The bounds a data file is read within. */
export interface FileLimits {
	/** The largest file read, in bytes. */
	fileBytes: number;
	/** The longest row, in bytes. */
	rowBytes: number;
	/** The most columns (cells in any row). */
	columns: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { fileBytes: MAX_DATA_FILE_BYTES, rowBytes: MAX_ROW_BYTES, columns: DEFAULT_MAX_COLUMNS };

/** Why a file on disk is refused before or while it is read, beyond the reasons a preview gives. */
export type FileProblem = PreviewProblem | 'too-large' | 'line-too-long' | 'too-many-columns' | 'not-regular';

/** A preview, or why the file was refused. */
export type FileOutcome = PreviewOutcome | { ok: false; problem: FileProblem };

/** The outcome of previewing a file, and the sinks that read it (fresh ones if it was read twice). */
export interface FilePreview<S extends TableSink> {
	outcome: FileOutcome;
	sinks: S[];
}

/** Opening never follows a link at the last step (the folders on the way are checked by the caller). */
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

class NotUtf8 extends Error {}

/**
 * Previews the CSV file at `path`. `createSinks` makes the other readers of the rows; it is called
 * again when the file has to be read a second time in another encoding. Rejects when the file
 * cannot be read.
 */
export async function profileCsvFile<S extends TableSink>(
	path: string,
	createSinks: () => S[] = () => [],
	limits: FileLimits = DEFAULT_FILE_LIMITS,
): Promise<FilePreview<S>> {
	const head = await readHead(path, limits);
	if ('problem' in head) return { outcome: { ok: false, problem: head.problem }, sinks: [] };
	const guess = detectEncoding(head.head, head.head.length === head.size);
	const problem = notCsvReason(head.head, { bomLength: guess.bomLength, utf16: guess.encoding.startsWith('utf-16') });
	if (problem) return { outcome: { ok: false, problem }, sinks: [] };
	const sample = new TextDecoder(guess.encoding).decode(head.head.subarray(guess.bomLength), { stream: true });
	const delimiter = guessDelimiter(sample);
	if (firstLineCells(sample, delimiter) > limits.columns) return { outcome: { ok: false, problem: 'too-many-columns' }, sinks: [] };
	try {
		const sinks = createSinks();
		return { outcome: await streamRows(path, guess, delimiter, sinks, limits), sinks };
	} catch (error) {
		if (!(error instanceof NotUtf8)) throw error;
		const sinks = createSinks();
		return { outcome: await streamRows(path, { encoding: 'windows-1252', bomLength: 0 }, delimiter, sinks, limits), sinks };
	}
}

async function readHead(path: string, limits: FileLimits): Promise<{ head: Uint8Array; size: number } | { problem: FileProblem }> {
	const file = await open(path, READ_FLAGS);
	try {
		const stats = await file.stat();
		if (!stats.isFile()) return { problem: 'not-regular' };
		if (stats.size > limits.fileBytes) return { problem: 'too-large' };
		const buffer = new Uint8Array(Math.min(stats.size, SAMPLE_BYTES));
		const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
		return { head: buffer.subarray(0, bytesRead), size: stats.size };
	} finally {
		await file.close();
	}
}

async function streamRows(path: string, guess: EncodingGuess, delimiter: string, sinks: readonly TableSink[], limits: FileLimits): Promise<FileOutcome> {
	const decoder = csvDecoder(guess);
	// Read no further than the size allowed, even if the file grows while it is read.
	const source = (await open(path, READ_FLAGS)).createReadStream({ start: guess.bomLength, end: limits.fileBytes, highWaterMark: CHUNK_BYTES });
	// How many bytes since the last line break: tells a line that is simply too long from a quote left open.
	let sinceLineBreak = 0;
	const text = new Transform({
		readableObjectMode: true,
		transform(chunk: Buffer, _encoding, done) {
			try {
				const lastBreak = Math.max(chunk.lastIndexOf(0x0a), chunk.lastIndexOf(0x0d));
				sinceLineBreak = lastBreak === -1 ? sinceLineBreak + chunk.length : chunk.length - lastBreak - 1;
				done(null, decoder.decode(chunk, { stream: true }));
			} catch {
				done(new NotUtf8());
			}
		},
		flush(done) {
			try {
				done(null, decoder.decode());
			} catch {
				done(new NotUtf8());
			}
		},
	});
	const profiler = new TableProfiler({ encoding: guess.encoding, bom: guess.bomLength > 0, delimiter });
	return new Promise((resolve, reject) => {
		let settled = false;
		const settle = (outcome: FileOutcome | Error) => {
			if (settled) return;
			settled = true;
			source.destroy();
			text.destroy();
			if (outcome instanceof Error) reject(outcome);
			else resolve(outcome);
		};
		source.on('error', settle);
		let feeder: RowFeeder | undefined;
		let stalledBytes = 0;
		Papa.parse<string[]>(source.pipe(text), {
			delimiter,
			skipEmptyLines: false,
			chunk(results, parser) {
				if (results.data.some((row) => row.length > limits.columns)) {
					settle({ ok: false, problem: 'too-many-columns' });
					parser.abort();
					return;
				}
				feeder ??= new RowFeeder([profiler, ...sinks], results.meta.linebreak);
				feeder.feed(results);
				stalledBytes = results.data.length === 0 ? stalledBytes + CHUNK_BYTES : 0;
				if (stalledBytes > limits.rowBytes) {
					settle({ ok: false, problem: sinceLineBreak >= stalledBytes ? 'line-too-long' : 'unclosed-quote' });
					parser.abort();
				}
			},
			complete() {
				const profile = profiler.profile();
				settle(profile.columnCount === 0 ? { ok: false, problem: 'empty' } : { ok: true, profile });
			},
			error(error: Error) {
				settle(error);
			},
		});
	});
}
