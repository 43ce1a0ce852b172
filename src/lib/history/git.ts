/**
 * The only two places the catalogue talks to git: one `git log` over the whole repository and one
 * `git cat-file --batch` process for the file versions the history needs. Never one call per file:
 * at 10,000 datasets that would be 10,000 processes.
 */
import { spawn, spawnSync } from 'node:child_process';

/** Where the catalogue folder stands in git. */
export interface GitStatus {
	/** `none`: not in a git repository (or git is missing); `shallow`: a clone with part of its history. */
	state: 'full' | 'shallow' | 'none';
}

/** Whether `root` is inside a git work tree (worktrees included) and whether the clone is shallow. */
export function gitStatus(root: string): GitStatus {
	const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' });
	if (inside.status !== 0 || inside.error) return { state: 'none' };
	const [work, shallow] = inside.stdout.trim().split('\n');
	if (work !== 'true') return { state: 'none' };
	return { state: shallow === 'true' ? 'shallow' : 'full' };
}

/** Runs git in `root` and collects its output as bytes; rejects with git's message when it fails. */
export function gitOutput(root: string, args: readonly string[], input?: string): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const child = spawn('git', args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
		const chunks: Buffer[] = [];
		const errors: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(Buffer.concat(chunks));
			else reject(new Error(`git ${args[0]} failed: ${Buffer.concat(errors).toString('utf8').trim().slice(0, 500)}`));
		});
		child.stdin.on('error', () => {});
		child.stdin.end(input ?? '');
	});
}

/** A blob's size, as `git cat-file --batch-check` reports it; `undefined` for a missing object. */
export async function blobSizes(root: string, ids: readonly string[]): Promise<Map<string, number>> {
	const sizes = new Map<string, number>();
	if (ids.length === 0) return sizes;
	const out = (await gitOutput(root, ['cat-file', '--batch-check'], `${ids.join('\n')}\n`)).toString('latin1');
	for (const line of out.split('\n')) {
		const [id, type, size] = line.split(' ');
		if (id && type === 'blob' && size) sizes.set(id, Number(size));
	}
	return sizes;
}

/**
 * The contents of blobs `ids`, in order, streamed from one `git cat-file --batch` process, so only
 * the blob being read is held in memory (a repository's whole history of metadata files can run
 * to hundreds of megabytes). Output is `<id> blob <size>\n<bytes>\n` per object; a missing one is
 * `<id> missing\n` and yields `undefined`. The same id may be asked for more than once.
 */
export async function* streamBlobs(root: string, ids: readonly string[]): AsyncGenerator<Buffer | undefined> {
	if (ids.length === 0) return;
	const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
	const closed = new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	const errors: Buffer[] = [];
	child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
	child.stdin.on('error', () => {});
	child.stdin.end(`${ids.join('\n')}\n`);
	let buffer: Buffer = Buffer.alloc(0);
	let length: number | undefined;
	let yielded = 0;
	try {
		for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
			buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
			for (;;) {
				if (length === undefined) {
					const end = buffer.indexOf(10);
					if (end < 0) break;
					const [, type, size] = buffer.toString('latin1', 0, end).split(' ');
					buffer = buffer.subarray(end + 1);
					if (type === 'missing' || size === undefined) {
						yielded++;
						yield undefined;
						continue;
					}
					length = Number(size);
				}
				if (buffer.length < length + 1) break;
				const blob = Buffer.from(buffer.subarray(0, length));
				buffer = buffer.subarray(length + 1);
				length = undefined;
				yielded++;
				yield blob;
			}
		}
	} finally {
		if (child.exitCode === null) child.kill();
	}
	const code = await closed;
	if (code !== 0 && yielded < ids.length) throw new Error(`git cat-file failed: ${Buffer.concat(errors).toString('utf8').trim().slice(0, 500)}`);
}
