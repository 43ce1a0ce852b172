/**
 * Sending a message to the endpoint channel: one JSON POST, with a time limit. The outcome says
 * whether the endpoint took the message, refused it (its HTTP status) or could not be reached.
 */
import type { FeedbackPayload } from './payload.ts';

/** What became of a send. */
export type DeliveryOutcome = { ok: true } | { ok: false; reason: 'refused'; status: number } | { ok: false; reason: 'unreachable' };

/** How long to wait for the endpoint before telling the person it could not be reached. */
export const DELIVERY_TIMEOUT_MS = 20_000;

/**
 * POSTs `payload` as JSON to `endpoint`. Any 2xx answer means delivered. `fetcher` is the page's
 * `fetch` (given, so the outcome can be tested without a network).
 */
export async function deliverFeedback(
	endpoint: string,
	payload: FeedbackPayload,
	fetcher: typeof fetch,
	timeoutMs = DELIVERY_TIMEOUT_MS,
): Promise<DeliveryOutcome> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await fetcher(endpoint, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify(payload),
			// The message goes to the operator's service, with no cookies and no address of the page beyond `page`.
			credentials: 'omit',
			referrerPolicy: 'no-referrer',
			signal: controller.signal,
		});
		return response.ok ? { ok: true } : { ok: false, reason: 'refused', status: response.status };
	} catch {
		return { ok: false, reason: 'unreachable' };
	} finally {
		clearTimeout(timer);
	}
}
