/**
 * Previews a file on disk at build time (Node only), streaming: the file is read in 1 MB pieces,
 * decoded and parsed as it goes, so a file of any size is read with bounded memory. Only the first
 * rows are kept; the row count and column summaries come from a full pass, and any other
 * {@link TableSink} (the data-dictionary check) reads the same rows in the same pass.
 *
 * UTF-8 is decoded strictly: a file whose start is valid UTF-8 but which turns out not to be, further
 * on, is read again from the start as Windows-1252, so no row is ever decoded in the wrong encoding.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { guessDelimiter } from './delimiter.ts';
import { csvDecoder, detectEncoding, type EncodingGuess } from './encoding.ts';
import type { PreviewOutcome } from './preview-outcome.ts';
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

/** The outcome of previewing a file, and the sinks that read it (fresh ones if it was read twice). */
export interface FilePreview<S extends TableSink> {
	outcome: PreviewOutcome;
	sinks: S[];
}

class NotUtf8 extends Error {}

/**
 * Previews the CSV file at `path`. `createSinks` makes the other readers of the rows; it is called
 * again when the file has to be read a second time in another encoding. Rejects when the file
 * cannot be read.
 */
export async function profileCsvFile<S extends TableSink>(path: string, createSinks: () => S[] = () => []): Promise<FilePreview<S>> {
	const { head, size } = await readHead(path);
	const guess = detectEncoding(head, head.length === size);
	const problem = notCsvReason(head, { bomLength: guess.bomLength, utf16: guess.encoding.startsWith('utf-16') });
	if (problem) return { outcome: { ok: false, problem }, sinks: [] };
	const sample = new TextDecoder(guess.encoding).decode(head.subarray(guess.bomLength), { stream: true });
	const delimiter = guessDelimiter(sample);
	try {
		const sinks = createSinks();
		return { outcome: await streamRows(path, guess, delimiter, sinks), sinks };
	} catch (error) {
		if (!(error instanceof NotUtf8)) throw error;
		const sinks = createSinks();
		return { outcome: await streamRows(path, { encoding: 'windows-1252', bomLength: 0 }, delimiter, sinks), sinks };
	}
}

async function readHead(path: string): Promise<{ head: Uint8Array; size: number }> {
	const file = await open(path, 'r');
	try {
		const { size } = await file.stat();
		const buffer = new Uint8Array(Math.min(size, SAMPLE_BYTES));
		const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
		return { head: buffer.subarray(0, bytesRead), size };
	} finally {
		await file.close();
	}
}

function streamRows(path: string, guess: EncodingGuess, delimiter: string, sinks: readonly TableSink[]): Promise<PreviewOutcome> {
	const decoder = csvDecoder(guess);
	const source = createReadStream(path, { start: guess.bomLength, highWaterMark: CHUNK_BYTES });
	const text = new Transform({
		readableObjectMode: true,
		transform(chunk: Buffer, _encoding, done) {
			try {
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
		const settle = (outcome: PreviewOutcome | Error) => {
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
				feeder ??= new RowFeeder([profiler, ...sinks], results.meta.linebreak);
				feeder.feed(results);
				stalledBytes = results.data.length === 0 ? stalledBytes + CHUNK_BYTES : 0;
				if (stalledBytes > MAX_ROW_BYTES) {
					settle({ ok: false, problem: 'unclosed-quote' });
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
