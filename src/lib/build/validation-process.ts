/**
 * The catalogue loaded and validated in a process of its own, for `npm run build` (scripts/build.ts),
 * which starts Astro meanwhile: validation is synchronous work in long stretches, and in the build's
 * own process it left Astro's start-up and Vite's bundling waiting for the main thread until it was
 * over. Apart, the two run on the machine's two cores; the model comes back through the process's
 * channel (structured clone, as the export worker gets it: data-exports.ts), and the process's memory
 * leaves with it.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCatalogue, type LoadOptions, type LoadResult } from '../catalogue.ts';
import { BUILD_V8_FLAGS } from './heap-flags.ts';

/** What the build gets back: the catalogue when it has no error, every diagnostic, how many files were read. */
export type ValidationResult = Pick<LoadResult, 'catalogue' | 'diagnostics' | 'fileCount'>;

/** The process's one answer. */
type ValidationAnswer = { ok: true; result: ValidationResult } | { ok: false; message: string };

/** What the process is asked. */
interface ValidationRequest {
	root: string;
	options: LoadOptions;
}

/** The environment variable this module is forked with: it runs only as that process. */
export const VALIDATION_PROCESS_ENV = 'ODC_VALIDATION_PROCESS';

/**
 * loadCatalogue(root, options) in a process of its own: its catalogue, diagnostics and file count.
 * Rejects when loading threw (with its message) or the process ended without answering.
 */
export function loadCatalogueApart(root: string, options: LoadOptions): Promise<ValidationResult> {
	return new Promise((resolve, reject) => {
		const child = fork(fileURLToPath(import.meta.url), [], {
			execArgv: [...process.execArgv, ...BUILD_V8_FLAGS],
			env: { ...process.env, [VALIDATION_PROCESS_ENV]: '1' },
			serialization: 'advanced',
		});
		child.send({ root, options } satisfies ValidationRequest);
		child.once('message', (answer: ValidationAnswer) => (answer.ok ? resolve(answer.result) : reject(new Error(answer.message))));
		child.once('error', reject);
		// 'close', not 'exit': its answer may still be in the channel when it has exited. After an answer, nothing.
		child.once('close', (code) => reject(new Error(`The validation process stopped (exit code ${code}) before it answered.`)));
	});
}

if (process.env[VALIDATION_PROCESS_ENV] === '1' && process.send) {
	const send = process.send.bind(process);
	// The build that forked it has gone (stopped): nothing to answer.
	process.once('disconnect', () => process.exit(1));
	process.once('message', ({ root, options }: ValidationRequest) => {
		const answer = (message: ValidationAnswer) => send(message, () => process.exit(0));
		loadCatalogue(root, options).then(
			({ catalogue, diagnostics, fileCount }) => answer({ ok: true, result: { catalogue, diagnostics, fileCount } }),
			(error: unknown) => answer({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
		);
	});
}
