/**
 * The preview's worker (bundled by Vite from the site's own code, served under the base path): it
 * receives the bytes of a downloaded file and answers with its preview, so that decoding and parsing
 * a file of several megabytes never freezes the page.
 *
 * It is handed bytes rather than a URL to parse with papaparse's `download` option: the page fetches
 * them with a size cap and a time limit it controls, the worker decodes them with TextDecoder (a byte-
 * order mark, else strict UTF-8, else Windows-1252) and only then runs Papa.parse on the text. Papa's
 * own download decodes as UTF-8 only, cannot stop at a size, and reports a refused request and a
 * missing file alike.
 */
import { profileBytes } from '../../lib/csv/profile-text.ts';
import type { PreviewOutcome } from '../../lib/csv/preview-outcome.ts';

/** What the worker answers: the preview, or the message of an unexpected error. */
export type WorkerAnswer = { outcome: PreviewOutcome } | { error: string };

self.addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
	let answer: WorkerAnswer;
	try {
		answer = { outcome: profileBytes(new Uint8Array(event.data)) };
	} catch (error) {
		answer = { error: String(error) };
	}
	self.postMessage(answer);
});
