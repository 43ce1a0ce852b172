/**
 * The worker thread of parse-ahead.ts: from the last file backwards, claims each file the load has
 * not claimed and reads, parses and checks it exactly as loadCatalogue would (readMetadataFile,
 * then the file's schema); stops at the first file the load has claimed, and answers with what the
 * load cache would have been told of each sound, valid file: its `lstat` signature, key and data.
 * Its problems are not reported here: a file with any is left out, and the load reads it again and
 * reports them, in order with the rest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileKey, isJsonValue, type FileCache } from './file-cache.ts';
import { readMetadataFile } from './read-metadata.ts';
import { validatorFor } from '../validate/validators.ts';
import type { SourceKind } from '../validate/schema-documents.ts';
import { CLAIMED_BY_WORKER, UNCLAIMED, type ParsedAheadFile, type ParseAheadRequest } from './parse-ahead.ts';

const { root, files, claims } = workerData as ParseAheadRequest;

/** What readMetadataFile and the schema check told the load cache of the file being read. */
let told: { signature?: string; data?: unknown } = {};
const recorder: FileCache = {
	key: fileKey,
	soundData: () => undefined,
	rememberSound: (_key, data) => void (told.data = data),
	unchangedKey: () => undefined,
	rememberSignature: (_kind, _path, signature) => void (told.signature = signature),
	knowsPath: () => false,
	save: () => undefined,
};

const parsed: ParsedAheadFile[] = [];
for (let index = files.length - 1; index >= 0; index--) {
	if (Atomics.compareExchange(claims, index, UNCLAIMED, CLAIMED_BY_WORKER) !== UNCLAIMED) break;
	const { kind, path } = files[index]!;
	told = {};
	const read = readMetadataFile(root, path, kind, [], recorder);
	if (!read?.remember) continue;
	const validator = await validatorFor(kind as SourceKind);
	if (!validator(read.parsed.data)) continue;
	read.remember();
	const { signature, data } = told;
	// A file read too soon after it was written has no signature: the build's thread reads it itself.
	if (signature !== undefined && data !== undefined && isJsonValue(data, 0)) parsed.push({ kind, path, signature, key: read.key, data });
}
parentPort!.postMessage(parsed);
