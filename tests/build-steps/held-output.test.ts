import { describe, expect, it } from 'vitest';
import { holdOutput } from '../../src/lib/build/held-output.ts';

/** A stream that records what reaches it. */
function recorder(name: string, log: string[]) {
	return { write: (chunk: string | Uint8Array) => (log.push(`${name}:${String(chunk)}`), true) } as unknown as NodeJS.WriteStream;
}

describe('output held while the catalogue is validated', () => {
	it('prints its own lines at once and what was held after them, in order, once released', async () => {
		const log: string[] = [];
		const streams = { stdout: recorder('out', log), stderr: recorder('err', log) };
		const held = holdOutput(streams);
		let calledBack = false;
		streams.stdout.write('astro 1\n', () => (calledBack = true));
		streams.stderr.write('vite warning\n');
		streams.stdout.write(Buffer.from('astro 2\n'));
		held.print('diagnostics\n');
		expect(log).toEqual(['out:diagnostics\n']);
		await Promise.resolve();
		expect(calledBack).toBe(true);
		held.release();
		streams.stdout.write('astro 3\n');
		expect(log).toEqual(['out:diagnostics\n', 'out:astro 1\n', 'err:vite warning\n', 'out:astro 2\n', 'out:astro 3\n']);
	});

	it('drops what was held and what comes after, until released', () => {
		const log: string[] = [];
		const streams = { stdout: recorder('out', log), stderr: recorder('err', log) };
		const held = holdOutput(streams);
		streams.stdout.write('[build] Building static entrypoints...\n');
		held.print('1 error\n');
		held.drop();
		streams.stderr.write('error during build\n');
		held.printError('stopped\n');
		expect(log).toEqual(['out:1 error\n', 'err:stopped\n']);
		held.release();
		streams.stderr.write('The build was stopped\n');
		expect(log).toEqual(['out:1 error\n', 'err:stopped\n', 'err:The build was stopped\n']);
	});
});
