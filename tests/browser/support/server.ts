/**
 * A tiny static file server for the built site, for browser tests and the benchmark: `index.html`
 * for folders, a redirect to add the trailing slash, the site's `404.html` for anything missing,
 * content types by extension, no path outside the root, and optionally gzip for text the way
 * GitHub Pages serves it (so that transfer sizes measured through it are the ones readers pay).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.jsonld': 'application/ld+json; charset=utf-8',
	'.ttl': 'text/turtle; charset=utf-8',
	'.rdf': 'application/rdf+xml; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Content types worth compressing; Pagefind's own files are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml|rdf\+xml)|image\/svg\+xml)/;

/** Options of {@link serveStatic}. */
export interface ServeOptions {
	/** Gzip text responses when the client accepts it, as static hosts do (default: false). */
	compress?: boolean;
}

export function contentType(path: string): string {
	return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
	/** `http://127.0.0.1:PORT`, without a trailing slash. */
	origin: string;
	/**
	 * Bytes written to clients so far (status lines, headers and bodies as sent) and responses
	 * finished: what the benchmark counts, since a browser does not report every response's size
	 * (Chromium leaves out the body of a worker's script).
	 */
	sent(): { bytes: number; responses: number };
	close(): Promise<void>;
}

async function statOrNull(path: string) {
	try {
		return await stat(path);
	} catch {
		return null;
	}
}

/** Serves `rootDir` on 127.0.0.1 at a free port. */
export async function serveStatic(rootDir: string, options: ServeOptions = {}): Promise<StaticServer> {
	const root = resolve(rootDir);
	const server: Server = createServer(async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { Allow: 'GET, HEAD' }).end();
				return;
			}
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			let pathname: string;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				res.writeHead(400).end('Bad request');
				return;
			}
			const file = resolve(join(root, pathname));
			if (pathname.includes('\0') || (file !== root && !file.startsWith(root + sep))) {
				res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
				return;
			}
			const info = await statOrNull(file);
			if (info?.isDirectory()) {
				if (!url.pathname.endsWith('/')) {
					res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
					return;
				}
				const index = join(file, 'index.html');
				if ((await statOrNull(index))?.isFile()) return send(index, 200);
			} else if (info?.isFile()) {
				return send(file, 200);
			}
			const notFound = join(root, '404.html');
			if ((await statOrNull(notFound))?.isFile()) return send(notFound, 404);
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
		} catch (error) {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(String(error));
		}

		function send(path: string, status: number) {
			const type = contentType(path);
			const gzip = options.compress === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
			if (req.method === 'HEAD') {
				res.end();
				return;
			}
			const file = createReadStream(path).on('error', () => res.destroy());
			if (gzip) file.pipe(createGzip()).pipe(res);
			else file.pipe(res);
		}
	});
	const sockets = new Set<Socket>();
	let closedBytes = 0;
	let responses = 0;
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.once('close', () => {
			sockets.delete(socket);
			closedBytes += socket.bytesWritten;
		});
	});
	server.on('request', (_req, res) => res.once('finish', () => responses++));
	await new Promise<void>((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolvePromise());
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		sent: () => ({ bytes: [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, closedBytes), responses }),
		close: () =>
			new Promise<void>((resolvePromise) => {
				server.closeAllConnections();
				server.close(() => resolvePromise());
			}),
	};
}
