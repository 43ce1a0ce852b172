/**
 * An Astro integration for the data files made from the catalogue as a whole or one per dataset:
 * `catalog.jsonld` and `catalog.ttl` (DCAT-AP, SHACL-validated), `data.json`, `datasets/<id>.jsonld`
 * and the editor's `edit/datasets/<id>.json`. Astro renders routes one at a time on the main
 * thread, where these cost a third of the build; so in a build they are made in a process of their
 * own (src/lib/build/export-worker.ts) started with the build, which checks the exports while Astro
 * bundles and writes the files into the output folder while Astro renders the pages. The build
 * fails, with every located message, when a check fails. `astro dev` serves the same files from
 * the endpoints in src/export-routes/, made by the same functions (src/lib/site/export-files.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EXPORT_WORKER_ENV, type ExportWorkerData, type ExportWorkerGo, type ExportWorkerResult } from '../lib/build/export-worker.ts';
import { exportWorkerArgv } from '../lib/build/heap-flags.ts';
import type { SiteLocation, WrittenExports } from '../lib/build/write-exports.ts';
import type { Catalogue } from '../lib/model/catalogue.ts';
import { datasetDigests } from '../lib/model/dataset-digest.ts';
import { sourceKeys } from '../lib/model/dataset-source-key.ts';
import { normalizeBase } from '../lib/routes.ts';
import { catalogueRoot } from '../lib/site/catalogue-store.ts';
import { getCatalogue } from '../lib/site/get-catalogue.ts';
import { siteLocation } from '../lib/site/site-iris.ts';

/** The routes `astro dev` serves the files from: pattern and endpoint module (src/export-routes/). */
const DEV_ROUTES: [pattern: string, module: string][] = [
	['/catalog.jsonld', 'catalog.jsonld.ts'],
	['/catalog.ttl', 'catalog.ttl.ts'],
	['/data.json', 'data.json.ts'],
	['/datasets/[id].jsonld', 'dataset.jsonld.ts'],
	['/edit/datasets/[id].json', 'editor-record.json.ts'],
];

/** The export files being made by a worker thread. */
export interface ExportJob {
	/** Lets the worker write into `outDir` once it is ready (Astro has emptied it); later calls do nothing. */
	write(outDir: string): void;
	/** {@link write}s (unless already asked) and waits for the files; throws when a check or a write failed. */
	finish(outDir: string): Promise<WrittenExports>;
	/** Stops the worker (a build that failed before {@link finish}). */
	close(): Promise<void>;
	/** Settles once the worker has ended (or will never start), its memory with it; never rejects. */
	ended: Promise<void>;
}

/**
 * Starts the worker on `catalogue` (or the catalogue once the promise gives it), whose files are
 * under `root`, for a site published at `location`. Until {@link ExportJob.write} the worker does
 * not hold the process open: a build that fails before its output folder is ready exits as before.
 */
export function startExportJob(catalogue: Catalogue | Promise<Catalogue>, location: SiteLocation, root: string): ExportJob {
	let worker: ChildProcess | undefined;
	let outDir: string | undefined;
	let closed = false;
	let exited!: () => void;
	const ended = new Promise<void>((resolve) => (exited = resolve));
	const result = Promise.resolve(catalogue).then(
		(model) =>
			new Promise<WrittenExports>((resolve, reject) => {
				if (closed) return reject(new Error('The export worker was stopped.'));
				const data: ExportWorkerData = {
					catalogue: model,
					location,
					root,
					datasetDigests: datasetDigests(model.datasets),
					sourceKeys: sourceKeys(model.datasets),
				};
				const started = fork(fileURLToPath(new URL('../lib/build/export-worker.ts', import.meta.url)), [], {
					execArgv: exportWorkerArgv(process.execArgv, model.datasets.length),
					env: { ...process.env, [EXPORT_WORKER_ENV]: '1' },
					serialization: 'advanced',
				});
				worker = started;
				started.send(data);
				if (outDir === undefined) holdOpen(started, false);
				else started.send({ outDir } satisfies ExportWorkerGo);
				started.once('message', (answer: ExportWorkerResult) => {
					if (answer.ok) resolve(answer.written);
					else reject(new Error(answer.message));
				});
				started.once('error', reject);
				// Its memory left with it: nothing more to wait for.
				started.once('exit', () => exited());
				// 'close', not 'exit': its answer may still be in the channel when it has exited.
				started.once('close', (code) => reject(new Error(`The export worker stopped (exit code ${code}) before it had written the files.`)));
			}),
	);
	// Failures are reported by finish(); until then an unhandled rejection must not end the process.
	// A worker that never started (no catalogue, or closed first) has ended too.
	result
		.catch(() => {})
		.finally(() => {
			if (!worker) exited();
		});
	const job: ExportJob = {
		write(folder) {
			if (outDir !== undefined) return;
			outDir = folder;
			if (!worker) return;
			holdOpen(worker, true);
			worker.send({ outDir } satisfies ExportWorkerGo);
		},
		finish(folder) {
			job.write(folder);
			return result;
		},
		async close() {
			closed = true;
			if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
			const gone = new Promise((resolve) => worker!.once('exit', resolve));
			worker.kill();
			await gone;
		},
		ended,
	};
	return job;
}

/** Whether `child` (its process and its message channel) keeps the build's process alive. */
function holdOpen(child: ChildProcess, hold: boolean): void {
	if (hold) {
		child.ref();
		child.channel?.ref();
	} else {
		child.unref();
		child.channel?.unref();
	}
}

/** The export job of the build under way (one per process: Astro builds one site at a time). */
let current: ExportJob | undefined;

/**
 * Settles once the export worker of the build under way has ended, at once when there is none:
 * the search index waits for it before it writes (pagefind.ts), so that their peaks do not add up.
 */
export function exportWorkerEnded(): Promise<void> {
	return current?.ended ?? Promise.resolve();
}

/** The integration, registered in astro.config.mjs. */
export default function dataExports(): AstroIntegration {
	let job: ExportJob | undefined;
	let outDir: string | undefined;
	let location: SiteLocation | undefined;
	let started = 0;
	return {
		name: 'open-data-catalogue:data-exports',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'dev') return;
				for (const [pattern, module] of DEV_ROUTES)
					injectRoute({ pattern, entrypoint: new URL(`../export-routes/${module}`, import.meta.url), prerender: true });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				// As the endpoints see it: Astro's `site` as a URL (siteLocation) and the base astro.config.mjs compiles in (basePath).
				location = { siteUrl: siteLocation(config.site ? new URL(config.site) : undefined).siteUrl, base: normalizeBase(config.base) };
			},
			'astro:build:start': async () => {
				await job?.close();
				if (!location) throw new Error('The data exports were not configured: astro:config:done did not run.');
				started = performance.now();
				job = current = startExportJob(getCatalogue(), location, catalogueRoot());
			},
			// Astro empties the output folder before it sets up its build (static-build.ts): from here on, the files can be written.
			'astro:build:setup': () => {
				if (outDir) job?.write(outDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const current = job;
				job = undefined;
				if (!current) throw new Error('The data exports were not started: astro:build:start did not run.');
				const waited = performance.now();
				const written = await current.finish(fileURLToPath(dir));
				const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
				logger.info(
					`Wrote ${written.files} data files (DCAT-AP, data.json, per-dataset JSON-LD, editor records) in a worker, ${written.keptFiles} of them kept from the last build: checked in ${written.checkSeconds.toFixed(2)}s, written in ${written.writeSeconds.toFixed(2)}s, ${seconds(started)}s since the build started (waited ${seconds(waited)}s after the pages)`,
				);
			},
		},
	};
}
