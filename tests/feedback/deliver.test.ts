/** Sending a message to the endpoint channel: delivered, refused or unreachable. */
import { describe, expect, it } from 'vitest';
import { deliverFeedback } from '../../src/lib/feedback/deliver.ts';
import type { FeedbackPayload } from '../../src/lib/feedback/payload.ts';

const payload: FeedbackPayload = {
	catalogue: 'https://example.org/',
	language: 'en',
	type: 'general',
	subject: 'Feedback: thanks',
	message: 'Thank you for the maps.',
	page: 'https://example.org/en/feedback/',
};

describe('deliverFeedback', () => {
	it('POSTs the message as JSON, without credentials', async () => {
		const calls: Array<[string, RequestInit]> = [];
		const outcome = await deliverFeedback('https://intake.example.org/', payload, (async (url: string, init: RequestInit) => {
			calls.push([url, init]);
			return new Response(null, { status: 204 });
		}) as typeof fetch);
		expect(outcome).toEqual({ ok: true });
		expect(calls).toHaveLength(1);
		const [url, init] = calls[0]!;
		expect(url).toBe('https://intake.example.org/');
		expect(init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } });
		expect(JSON.parse(init.body as string)).toEqual(payload);
	});

	it('reports a refusal with its status, and a network failure or a timeout as unreachable', async () => {
		expect(await deliverFeedback('https://x.example/', payload, (async () => new Response('no', { status: 500 })) as unknown as typeof fetch)).toEqual({
			ok: false,
			reason: 'refused',
			status: 500,
		});
		expect(
			await deliverFeedback('https://x.example/', payload, (async () => {
				throw new TypeError('Failed to fetch');
			}) as unknown as typeof fetch),
		).toEqual({ ok: false, reason: 'unreachable' });
		const hanging = ((_url: string, init: RequestInit) =>
			new Promise((_resolve, reject) =>
				init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
			)) as unknown as typeof fetch;
		expect(await deliverFeedback('https://x.example/', payload, hanging, 20)).toEqual({ ok: false, reason: 'unreachable' });
	});
});
