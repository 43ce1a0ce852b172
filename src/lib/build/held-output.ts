/**
 * What the process writes to its standard output and error, held back for a while: `npm run build`
 * starts Astro while the catalogue is still being validated (scripts/build.ts), and Astro's and
 * Vite's lines of that time are shown only once validation has passed, after its diagnostics, as
 * when Astro started afterwards; when validation fails they are dropped, so that the diagnostics
 * are all a steward sees, without the lines or the error of an Astro build stopped part-way.
 */

type Write = NodeJS.WriteStream['write'];

/** Output being held: what was written since {@link holdOutput}, in order, per stream. */
export interface HeldOutput {
	/** Writes `text` to standard output now, ahead of what is held. */
	print(text: string): void;
	/** Writes `text` to standard error now, ahead of what is held. */
	printError(text: string): void;
	/** Writes what is held, in order, and lets writes through again; after {@link drop}, only the latter. */
	release(): void;
	/** Drops what is held and whatever the streams are given from now on, until {@link release}. */
	drop(): void;
}

/**
 * Holds everything written to `process.stdout` and `process.stderr` (console.log, Astro's and
 * Vite's loggers) until {@link HeldOutput.release} or {@link HeldOutput.drop}. Write callbacks are
 * called at once, as for a write that was buffered.
 */
export function holdOutput(streams: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream } = process): HeldOutput {
	const { stdout, stderr } = streams;
	const originals = new Map<NodeJS.WriteStream, Write>([
		[stdout, stdout.write],
		[stderr, stderr.write],
	]);
	const held: [NodeJS.WriteStream, string | Uint8Array, BufferEncoding | undefined][] = [];
	let state: 'holding' | 'released' | 'dropped' = 'holding';
	const direct = (stream: NodeJS.WriteStream, text: string) => originals.get(stream)!.call(stream, text);
	for (const stream of originals.keys()) {
		stream.write = function (chunk: string | Uint8Array, encoding?: BufferEncoding | ((error?: Error | null) => void), done?: (error?: Error | null) => void) {
			if (state === 'holding') held.push([stream, chunk, typeof encoding === 'string' ? encoding : undefined]);
			const callback = typeof encoding === 'function' ? encoding : done;
			if (callback) queueMicrotask(() => callback(null));
			return true;
		} as Write;
	}
	const restore = () => {
		for (const [stream, write] of originals) stream.write = write;
	};
	return {
		print: (text) => direct(stdout, text),
		printError: (text) => direct(stderr, text),
		release() {
			if (state === 'released') return;
			state = 'released';
			restore();
			for (const [stream, chunk, encoding] of held.splice(0)) stream.write(chunk, encoding);
		},
		drop() {
			if (state !== 'holding') return;
			state = 'dropped';
			held.length = 0;
		},
	};
}
