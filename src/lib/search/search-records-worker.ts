/**
 * The worker thread of search-records-thread.ts: makes every dataset's search record
 * (catalogue-search-records.ts) from the catalogue it is given, only for the records file each
 * language's go to, and says when each language's file is in place: the build's thread then takes
 * them from it as records kept from the last build. Nothing is held: each record is let go as made.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { catalogueSearchRecords } from './catalogue-search-records.ts';
import type { RecordsRequest, RecordsMessage } from './search-records-thread.ts';

const { catalogue, cacheFolder, cacheDir, version, languages } = workerData as RecordsRequest;
const port = parentPort!;
const send = (message: RecordsMessage) => port.postMessage(message);

// A failure ends the thread with an 'error' event, which the build's thread takes as the thread gone.
const made = (lang: string, count: number) => send({ type: 'made', lang, count });
// A language's file is in place once its last record is made: when the next language's first comes, or at the end.
let current: string | undefined;
for (const record of catalogueSearchRecords(catalogue, { cacheFolder, cacheDir, version, languages, made })) {
	if (record.lang === current) continue;
	if (current !== undefined) send({ type: 'kept', lang: current });
	current = record.lang;
}
if (current !== undefined) send({ type: 'kept', lang: current });
send({ type: 'done' });
