/**
 * Downloads a file for a browser preview, within limits: a size cap (checked against Content-Length
 * first, then by counting the bytes as they stream in, since a server may not send the length or may
 * compress) and a time limit on the whole download (AbortController). Every way it can fail comes
 * back as a named reason for the reader, never as an exception.
 */

/** The bytes of the file, or why there are none. */
export type FetchOutcome =
	{ ok: true; bytes: Uint8Array } | { ok: false; failure: 'http'; status: number } | { ok: false; failure: 'network' | 'timeout' | 'too-large' };

/** Limits of one download. */
export interface FetchLimits {
	maxBytes: number;
	timeoutMs: number;
}

/**
 * Fetches `url` without credentials. A refused cross-origin request (no CORS headers) and an
 * unreachable server look the same to a page, so both are `network`.
 */
export async function fetchLimited(url: string, { maxBytes, timeoutMs }: FetchLimits): Promise<FetchOutcome> {
	const controller = new AbortController();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		controller.abort();
	}, timeoutMs);
	try {
		const response = await fetch(url, { signal: controller.signal, credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' });
		if (!response.ok) return { ok: false, failure: 'http', status: response.status };
		const declared = Number(response.headers.get('Content-Length'));
		if (Number.isFinite(declared) && declared > maxBytes) {
			controller.abort();
			return { ok: false, failure: 'too-large' };
		}
		const bytes = await readCapped(response, maxBytes);
		if (!bytes) {
			controller.abort();
			return { ok: false, failure: 'too-large' };
		}
		return { ok: true, bytes };
	} catch {
		return { ok: false, failure: timedOut ? 'timeout' : 'network' };
	} finally {
		clearTimeout(timer);
	}
}

/** The body's bytes, or undefined as soon as there are more than `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
