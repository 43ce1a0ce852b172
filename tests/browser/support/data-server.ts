/**
 * A stand-in for a ministry's file server, for the browser tests of remote previews: each path
 * answers the way real servers do when a preview works or fails (CORS allowed or not, 404, too slow,
 * too large with or without Content-Length, an HTML page instead of CSV).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A response of the server: status, whether it allows other origins, headers and body. */
export interface DataRoute {
	status?: number;
	cors: boolean;
	contentType?: string;
	body?: string | Uint8Array;
	/** Leave out Content-Length and send the body in pieces. */
	chunked?: boolean;
	/** Send the headers, then hold the body back this long. */
	delayMs?: number;
}

export interface DataServer {
	origin: string;
	/** How many requests each path has had. */
	hits: Map<string, number>;
	close(): Promise<void>;
}

/** Serves `routes` (by path) on 127.0.0.1 at a free port; other paths get a 404 with CORS allowed. */
export async function serveData(routes: Record<string, DataRoute>): Promise<DataServer> {
	const hits = new Map<string, number>();
	const timers = new Set<NodeJS.Timeout>();
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		hits.set(path, (hits.get(path) ?? 0) + 1);
		const route = routes[path] ?? { status: 404, cors: true, contentType: 'text/plain', body: 'Not found' };
		const body = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body ?? new Uint8Array());
		const headers: Record<string, string> = { 'Content-Type': route.contentType ?? 'text/csv', 'Cache-Control': 'no-store' };
		if (route.cors) headers['Access-Control-Allow-Origin'] = '*';
		if (!route.chunked) headers['Content-Length'] = String(body.length);
		res.writeHead(route.status ?? 200, headers);
		const send = () => (route.chunked ? sendInPieces(res, body) : res.end(body));
		if (route.delayMs) {
			const timer = setTimeout(() => {
				timers.delete(timer);
				send();
			}, route.delayMs);
			timers.add(timer);
		} else {
			send();
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		hits,
		close: () =>
			new Promise<void>((resolve) => {
				for (const timer of timers) clearTimeout(timer);
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

function sendInPieces(res: ServerResponse, body: Buffer): void {
	const size = 8192;
	for (let offset = 0; offset < body.length; offset += size) res.write(body.subarray(offset, offset + size));
	res.end();
}
