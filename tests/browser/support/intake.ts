/**
 * A stand-in for the service an operator runs behind the feedback form's endpoint channel: it
 * answers the browser's CORS preflight, records every POST (JSON from the script, a form post
 * without it) and answers 201, or the error status a test asked for.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message the intake received. */
export interface ReceivedMessage {
	contentType: string;
	body: string;
	/** The body parsed as JSON or as a form, depending on its content type. */
	data: unknown;
}

export interface IntakeServer {
	/** The endpoint's address, e.g. `http://127.0.0.1:PORT/feedback`. */
	url: string;
	received: ReceivedMessage[];
	/** Answers the next `times` POSTs with `status` (and records them too). */
	failNext(status: number, times?: number): void;
	close(): Promise<void>;
}

const CORS = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Allow-Methods': 'POST',
	'Access-Control-Allow-Headers': 'Content-Type, Accept',
};

/** Starts an intake on 127.0.0.1 at a free port. */
export async function startIntake(): Promise<IntakeServer> {
	const received: ReceivedMessage[] = [];
	const failures: number[] = [];
	const server = createServer((req, res) => {
		if (req.method === 'OPTIONS') {
			res.writeHead(204, CORS).end();
			return;
		}
		if (req.method !== 'POST' || !req.url?.startsWith('/feedback')) {
			res.writeHead(404, CORS).end();
			return;
		}
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const body = Buffer.concat(chunks).toString('utf8');
			const contentType = req.headers['content-type'] ?? '';
			const data = contentType.startsWith('application/json') ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(body));
			received.push({ contentType, body, data });
			const status = failures.shift();
			if (status !== undefined) {
				res.writeHead(status, { ...CORS, 'Content-Type': 'application/json' }).end('{"error":"unavailable"}');
			} else if (contentType.startsWith('application/json')) {
				res.writeHead(201, { ...CORS, 'Content-Type': 'application/json' }).end('{"received":true}');
			} else {
				res
					.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
					.end('<!doctype html><html lang="en"><title>Received</title><h1>Thank you</h1></html>');
			}
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/feedback`,
		received,
		failNext(status, times = 1) {
			for (let i = 0; i < times; i++) failures.push(status);
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
