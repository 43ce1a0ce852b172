/**
 * Bounded reads over http(s) for the importers: a time-out per request, a cap on the bytes read
 * (counted as they arrive, not trusted from Content-Length), and only http and https addresses.
 */

/** Whether a source is an http(s) address rather than a file or folder. */
export function isHttpSource(source: string): boolean {
	return /^https?:\/\//i.test(source);
}

/** The body of `url` as text; throws with a message naming the address when it fails, is too slow or too large. */
export async function fetchText(url: string, { timeoutMs, maxBytes }: { timeoutMs: number; maxBytes: number }): Promise<string> {
	if (!isHttpSource(url)) throw new Error(`${url}: only http and https addresses are fetched`);
	let response: Response;
	try {
		response = await fetch(url, {
			signal: AbortSignal.timeout(timeoutMs),
			redirect: 'follow',
			headers: { accept: 'application/json, text/turtle, application/rdf+xml, application/ld+json;q=0.9, */*;q=0.5' },
		});
	} catch (error) {
		const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (error as Error).message;
		throw new Error(`${url}: ${reason}`, { cause: error });
	}
	if (!response.ok) throw new Error(`${url}: the server answered ${response.status} ${response.statusText}`);
	const reader = response.body?.getReader();
	if (!reader) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			throw new Error(`${url}: the answer is larger than ${maxBytes >= 1048576 ? `${Math.round(maxBytes / 1048576)} MB` : `${maxBytes} bytes`}`);
		}
		chunks.push(value);
	}
	return new TextDecoder().decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '');
}
