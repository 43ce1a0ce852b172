/**
 * Previews a whole file held in memory: the bytes of a download in the browser's worker, or a small
 * file in tests. The file is sniffed, decoded (byte-order mark, else UTF-8, else Windows-1252) and
 * parsed in chunks, each row going to the profiler and any other {@link TableSink}.
 */
import Papa, { type ParseResult } from 'papaparse';
import { guessDelimiter } from './delimiter.ts';
import { csvDecoder, detectEncoding } from './encoding.ts';
import type { PreviewOutcome } from './preview-outcome.ts';
import { RowFeeder, type TableSink } from './row-feeder.ts';
import { notCsvReason } from './sniff.ts';
import { TableProfiler, type ReadingInfo } from './table-profile.ts';

/** How much of the text the delimiter is guessed from. */
const DELIMITER_SAMPLE = 64 * 1024;

/** Previews the complete bytes of a file; `sinks` read the same rows (e.g. a data-dictionary check). */
export function profileBytes(bytes: Uint8Array, sinks: readonly TableSink[] = []): PreviewOutcome {
	const guess = detectEncoding(bytes, true);
	const problem = notCsvReason(bytes, { bomLength: guess.bomLength, utf16: guess.encoding.startsWith('utf-16') });
	if (problem) return { ok: false, problem };
	const text = csvDecoder(guess).decode(bytes.subarray(guess.bomLength));
	return profileText(text, { encoding: guess.encoding, bom: guess.bomLength > 0 }, sinks);
}

/** Previews text already decoded; `reading` says how it was decoded. */
export function profileText(text: string, reading: Omit<ReadingInfo, 'delimiter'>, sinks: readonly TableSink[] = []): PreviewOutcome {
	const delimiter = guessDelimiter(text.slice(0, DELIMITER_SAMPLE));
	const profiler = new TableProfiler({ ...reading, delimiter });
	let feeder: RowFeeder | undefined;
	let outcome: PreviewOutcome = { ok: false, problem: 'empty' };
	// Parsing a string is synchronous, chunks and all: `complete` has run when parse returns.
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		chunk(results: ParseResult<string[]>) {
			feeder ??= new RowFeeder([profiler, ...sinks], results.meta.linebreak);
			feeder.feed(results);
		},
		complete() {
			const profile = profiler.profile();
			if (profile.columnCount > 0) outcome = { ok: true, profile };
		},
	});
	return outcome;
}
