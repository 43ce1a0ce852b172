/** Starts `astro dev` on a catalogue folder, on a free port of 127.0.0.1, and collects its output. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { EXAMPLE_AS_OF, REPO_ROOT } from './build.ts';

/** A running dev server. */
export interface DevServer {
	origin: string;
	/** Everything it printed so far (stdout and stderr). */
	output(): string;
	/** Resolves once its output matches `pattern` after `from` characters. */
	waitForOutput(pattern: RegExp, from?: number, timeoutMs?: number): Promise<void>;
	stop(): Promise<void>;
}

/** Starts the dev server of the project on `catalogueDir`, resolving once it serves and has loaded the catalogue. */
export async function startDevServer(catalogueDir: string): Promise<DevServer> {
	const child: ChildProcess = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--host', '127.0.0.1'], {
		cwd: REPO_ROOT,
		env: {
			...withoutTestRunner(process.env),
			CATALOGUE_DIR: catalogueDir,
			AS_OF: EXAMPLE_AS_OF,
			ASTRO_TELEMETRY_DISABLED: '1',
			FORCE_COLOR: '0',
			NO_COLOR: '1',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let text = '';
	const listeners = new Set<() => void>();
	const collect = (chunk: Buffer) => {
		text += chunk.toString('utf8');
		for (const listener of listeners) listener();
	};
	child.stdout!.on('data', collect);
	child.stderr!.on('data', collect);
	const waitForOutput = (pattern: RegExp, from = 0, timeoutMs = 60_000) =>
		new Promise<void>((resolve, reject) => {
			const check = () => {
				if (!pattern.test(text.slice(from))) return;
				listeners.delete(check);
				clearTimeout(timer);
				resolve();
			};
			const timer = setTimeout(() => {
				listeners.delete(check);
				reject(new Error(`the dev server did not print ${pattern} within ${timeoutMs} ms; it printed:\n${text.slice(-3000)}`));
			}, timeoutMs);
			listeners.add(check);
			check();
		});
	const stop = async () => {
		if (child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		process.kill(-child.pid!, 'SIGTERM');
		await exited;
	};
	try {
		await waitForOutput(/Local\s+http:\/\/127\.0\.0\.1:\d+\//);
		await waitForOutput(/catalogue loaded in/);
	} catch (error) {
		await stop();
		throw error;
	}
	const origin = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(text)![1]!;
	return { origin, output: () => text, waitForOutput, stop };
}

/** The environment without vitest's variables (NODE_ENV=test, VITEST…), which would make Astro serve as under test. */
function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'TEST' && name !== 'MODE'));
}
