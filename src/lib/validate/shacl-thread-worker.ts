/**
 * The thread of shacl-thread.ts: reads the shapes once and checks each document it is sent with
 * validateDocument, answering under the document's id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { validateDocument } from '../export/dcat-ap/dataset-shacl.ts';
import { readShapesGraph } from '../export/dcat-ap/shapes.ts';
import type { ShaclThreadAnswer, ShaclThreadData, ShaclThreadRequest } from './shacl-thread.ts';

const { paths, digest } = workerData as ShaclThreadData;
const port = parentPort!;
const shapes = readShapesGraph(paths);
// Results kept under the caller's digest must come from the same shapes: a file changed since it
// read them ends the thread (an 'error' event), and the caller checks on its own thread.
if (shapes.digest !== digest) throw new Error('The shapes changed while they were being read.');

port.on('message', async ({ id, document }: ShaclThreadRequest) => {
	let answer: ShaclThreadAnswer;
	try {
		answer = { id, results: await validateDocument(document, shapes) };
	} catch (error) {
		answer = { id, error: error instanceof Error ? error.message : String(error) };
	}
	port.postMessage(answer);
});
