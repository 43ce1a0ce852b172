/**
 * Pagefind's process killed on a stop signal (pagefind.ts): it writes the bundle into the build's
 * working folder while the pages are built, and must write nothing more once scripts/build.ts's own
 * handler, which runs next, removes that folder.
 */
import * as pagefind from 'pagefind';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until the returned function is called, a stop signal first kills Pagefind's process (its
 * `close()` kills it at once). A process with no handler of its own then gets the signal's usual
 * effect.
 */
export function killOnStop(): () => void {
	const onSignal = (signal: NodeJS.Signals) => {
		void pagefind.close();
		if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
	};
	for (const signal of STOP_SIGNALS) process.prependOnceListener(signal, onSignal);
	return () => {
		for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
	};
}
