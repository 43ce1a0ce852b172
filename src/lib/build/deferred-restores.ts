/**
 * Kept pages put back off the main thread (linked-page-cache.ts). Astro awaits each kept page's
 * restore before its next page and only asks whether the page was kept: on a rebuild at 10,000
 * datasets ~24,000 restores, each a folder made and a link (~5 s of the main thread, nearly all of
 * it `mkdir`, the critical path of the page phase). Here the answer comes from one listing of the
 * cache's folder of kept pages, read at the first restore (no system call per page), and the folder
 * and link are queued to a worker thread (restore-worker.ts) in batches, while Astro goes on.
 *
 * Everything queued must be in place before anything reads the output: {@link finishRestores}, at
 * the first astro:build:done hook (src/integrations/kept-pages.ts), waits for every queue and fails
 * the build when a page could not be put back. A page is never answered "kept" unless its entry was
 * listed; an entry gone by the time the worker links it (nothing in a build deletes a kept page's
 * entry: Astro deletes only the entries of paths this build does not have) fails the build.
 */
import { readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { RestoreReply } from './restore-worker.ts';

/** Pages sent to the worker at once: few messages, and the worker starts early in the page phase. */
export const BATCH_PAGES = 128;

/** The worker's module, beside this one. */
const WORKER = new URL('./restore-worker.ts', import.meta.url);

/** The queues of this process not finished yet: on globalThis, as Astro's config may load its own copy of this module. */
const OPEN = Symbol.for('open-data-catalogue.deferred-restores');
const open = ((globalThis as { [OPEN]?: Set<RestoreQueue> })[OPEN] ??= new Set());

/** One build's kept pages being put back: made at its first restore, finished before its pages are read. */
export class RestoreQueue {
	readonly #pagesFolder: string;
	readonly #entries: Set<string>;
	#batch: string[] = [];
	#worker: Worker | undefined;
	/** Batches sent and not answered: the worker keeps the process alive only while there are some. */
	#outstanding = 0;
	#failure: Error | undefined;
	/** Resolves when the worker has ended (all done, or stopped after a failure). */
	#exited: Promise<void> | undefined;
	#queued = 0;
	#restored = 0;

	/** A queue for the kept pages listed in `pagesFolder` (none when it is not there). */
	constructor(pagesFolder: string) {
		let names: string[] = [];
		try {
			names = readdirSync(pagesFolder);
		} catch {
			// No kept pages yet (a cold build): every page is rendered.
		}
		this.#pagesFolder = pagesFolder;
		this.#entries = new Set(names);
		open.add(this);
	}

	/** Whether kept page `name` (its entry's name) was in the cache's folder when the build started. */
	has(name: string): boolean {
		return this.#entries.has(name);
	}

	/** Queues kept page `name` (listed: {@link has}) to be put at `target`; throws once an earlier page could not be put back. */
	add(name: string, target: string): void {
		if (this.#failure) throw this.#failure;
		this.#batch.push(name, target);
		this.#queued++;
		if (this.#batch.length >= BATCH_PAGES * 2) this.#flush();
	}

	/** Resolves with the number of pages put back once every page queued is in place; rejects when one could not be. */
	async finish(): Promise<number> {
		open.delete(this);
		this.#flush();
		if (this.#worker) {
			this.#worker.ref();
			this.#worker.postMessage(null);
		}
		await this.#exited;
		if (this.#failure) throw this.#failure;
		if (this.#restored !== this.#queued) throw new Error(`Only ${this.#restored} of the ${this.#queued} pages kept from the last build were put back.`);
		return this.#restored;
	}

	#flush(): void {
		if (this.#batch.length === 0 || this.#failure) return;
		const worker = this.#start();
		if (this.#outstanding++ === 0) worker.ref();
		worker.postMessage(this.#batch);
		this.#batch = [];
	}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(WORKER, { workerData: { pagesFolder: this.#pagesFolder } });
		this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()));
		worker.on('message', (reply: RestoreReply) => {
			if ('failed' in reply) {
				this.#fail(new Error(`A page kept from the last build could not be put back at ${reply.target}: ${reply.failed}.`));
				return;
			}
			this.#restored += reply.done;
			if (--this.#outstanding === 0) worker.unref();
		});
		worker.on('error', (error) => this.#fail(new Error(`The pages kept from the last build could not be put back: ${error.message}`, { cause: error })));
		worker.on('exit', (code) => {
			if (code !== 0 && !this.#failure) this.#fail(new Error(`The worker putting back the pages kept from the last build stopped (exit code ${code}).`));
		});
		return (this.#worker = worker);
	}

	#fail(error: Error): void {
		this.#failure ??= error;
		// Nothing more is put back: the build fails.
		void this.#worker?.terminate();
	}
}

/**
 * Waits for every page queued by this process's builds to be in place; rejects, naming the page,
 * when one could not be put back. Resolves with the number of pages put back.
 */
export async function finishRestores(): Promise<number> {
	const counts = await Promise.all([...open].map((queue) => queue.finish()));
	return counts.reduce((sum, count) => sum + count, 0);
}
