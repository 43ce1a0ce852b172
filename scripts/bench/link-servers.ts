/**
 * `node scripts/bench/link-servers.ts HOSTS`: serves the link checker's benchmark from HOSTS
 * loopback addresses (127.0.0.1, 127.0.0.2, …), each on a free port, in its own process so that
 * their memory is not counted as the checker's. Prints the origins as one JSON line, then serves
 * until killed. Most addresses answer 200; `/moved-*` redirect, `/missing-*` are 404, and HEAD on
 * `/no-head-*` is 405 (the checker then asks with a ranged GET).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const hosts = Number(process.argv[2] ?? 50);
const origins: string[] = [];
for (let i = 1; i <= hosts; i++) {
	const address = `127.0.0.${i}`;
	const server = createServer((req, res) => {
		const path = req.url ?? '/';
		if (path.startsWith('/moved-')) res.writeHead(301, { Location: path.replace('/moved-', '/ok-') });
		else if (path.startsWith('/missing-')) res.writeHead(404);
		else if (path.startsWith('/no-head-') && req.method === 'HEAD') res.writeHead(405);
		else res.writeHead(req.headers.range ? 206 : 200, { 'Content-Type': 'text/csv' });
		res.end(req.method === 'HEAD' ? undefined : 'a');
	});
	server.keepAliveTimeout = 30_000;
	await new Promise<void>((resolve) => server.listen(0, address, resolve));
	origins.push(`http://${address}:${(server.address() as AddressInfo).port}`);
}
console.log(JSON.stringify(origins));
