/**
 * A process of its own that deletes a folder after the build has exited (publish-output.ts's
 * swapIn gives it the previous site): deleting tens of thousands of files need not hold up the
 * build. It is started before the folder is named, so that the folder can carry its process id
 * (staging.ts): while it runs, the next build's sweep leaves the folder alone; should it stop
 * part-way, the folder's process is gone and the next build removes what is left. It removes only
 * a working folder named after itself, and nothing when it is told nothing.
 */
import { spawn } from 'node:child_process';

/** A started remover, waiting for the folder to delete. */
export interface Remover {
	/** Its process id, which the folder it is to delete must carry. */
	pid: number;
	/** Tells it to delete `path` (a working folder named after {@link pid}) and lets it finish on its own. */
	remove(path: string): void;
	/** Tells it there is nothing to delete: it exits. */
	cancel(): void;
}

// Runs in the remover: reads one path from standard input, then deletes it if it is a working folder
// of the remover's own (`.<name>-previous-<pid>-…`), whatever the sender says.
const SCRIPT = `
const { rmSync } = require('node:fs');
const { basename } = require('node:path');
let path = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (path += chunk));
process.stdin.on('end', () => {
	if (!/^\\.[^/]+-previous-(\\d+)-[^/]+$/.test(basename(path)) || !basename(path).includes('-previous-' + process.pid + '-')) return;
	rmSync(path, { recursive: true, force: true });
});
`;

/**
 * Starts a remover (Node, detached from the build's process group so that it outlives the build and
 * a signal to the build does not stop it), or returns undefined when it cannot be started: the
 * caller then deletes the folder itself.
 */
export function startRemover(): Remover | undefined {
	let child;
	try {
		child = spawn(process.execPath, ['-e', SCRIPT], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
	} catch {
		return undefined;
	}
	// A remover that failed to start only leaves its folder to the next build's sweep.
	child.on('error', () => {});
	const { pid, stdin } = child;
	if (pid === undefined || !stdin) {
		child.kill();
		return undefined;
	}
	stdin.on('error', () => {});
	child.unref();
	const send = (text: string) => {
		stdin.end(text);
		// The pipe must not keep the build's process alive once the path is written.
		(stdin as unknown as { unref?: () => void }).unref?.();
	};
	return { pid, remove: send, cancel: () => send('') };
}
