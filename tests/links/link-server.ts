/**
 * A local server for the link checker's tests, on 127.0.0.1 at a free port, answering every case
 * the checker must tell apart. Never the internet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How long `/slow` waits before answering, in milliseconds (well past the tests' time-out). */
export const SLOW_MS = 2_000;

/** Every request the server received, as `METHOD /path`. */
export type RequestLog = string[];

function route(log: RequestLog, flaky: Map<string, number>) {
	return (req: IncomingMessage, res: ServerResponse) => {
		const path = req.url ?? '/';
		log.push(`${req.method} ${path}${req.headers.range ? ` ${req.headers.range}` : ''}`);
		const send = (status: number, headers: Record<string, string> = {}) => {
			res.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
			res.end(req.method === 'HEAD' ? undefined : 'body');
		};
		switch (path) {
			case '/ok':
				return send(200);
			case '/moved':
				return send(301, { Location: '/ok' });
			case '/loop-a':
				return send(302, { Location: '/loop-b' });
			case '/loop-b':
				return send(302, { Location: '/loop-a' });
			case '/no-head':
				return req.method === 'HEAD' ? send(403) : send(req.headers.range ? 206 : 200);
			case '/not-found':
				return send(404);
			case '/gone':
				return send(410);
			case '/error':
				return send(500);
			case '/flaky': {
				const seen = (flaky.get(path) ?? 0) + 1;
				flaky.set(path, seen);
				return send(seen < 3 ? 503 : 200);
			}
			case '/slow':
				return void setTimeout(() => send(200), SLOW_MS).unref();
			case '/user-agent':
				return send(req.headers['user-agent']?.startsWith('OpenDataCatalogue-LinkChecker/') ? 200 : 400);
			default:
				return send(404);
		}
	};
}

async function listen(server: Server): Promise<string> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `${(server.address() as AddressInfo).port}`;
}

/** The servers of a test: plain HTTP, HTTPS with a self-signed certificate, and a closed port. */
export interface LinkServers {
	http: string;
	https: string;
	closed: string;
	/** The HTTPS server's self-signed certificate (PEM). */
	certificate: Buffer;
	log: RequestLog;
	close(): Promise<void>;
}

/** A self-signed certificate for 127.0.0.1, made with openssl in a temporary folder. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
	const dir = mkdtempSync(join(tmpdir(), 'odc-cert-'));
	try {
		execFileSync(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'rsa:2048',
				'-nodes',
				'-days',
				'2',
				'-subj',
				'/CN=127.0.0.1',
				'-addext',
				'subjectAltName=IP:127.0.0.1',
				'-keyout',
				join(dir, 'key.pem'),
				'-out',
				join(dir, 'cert.pem'),
			],
			{ stdio: 'ignore' },
		);
		return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Starts the servers. */
export async function startLinkServers(): Promise<LinkServers> {
	const log: RequestLog = [];
	const flaky = new Map<string, number>();
	const http = createHttpServer(route(log, flaky));
	const tls = selfSignedCertificate();
	const https = createHttpsServer(tls, route(log, flaky));
	const closedServer = createHttpServer();
	const [httpPort, httpsPort, closedPort] = [await listen(http), await listen(https), await listen(closedServer)];
	await new Promise((resolve) => closedServer.close(resolve));
	return {
		http: `http://127.0.0.1:${httpPort}`,
		https: `https://127.0.0.1:${httpsPort}`,
		closed: `http://127.0.0.1:${closedPort}`,
		certificate: tls.cert,
		log,
		async close() {
			http.closeAllConnections();
			https.closeAllConnections();
			await Promise.all([new Promise((r) => http.close(r)), new Promise((r) => https.close(r))]);
		},
	};
}
