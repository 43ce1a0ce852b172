// Runs an npm script's commands under Node 22.12 or newer, whatever Node started it.
//
//   node scripts/check-node.mjs <command> [args…] [--then <command> [args…]]…
//
// The commands run one after the other, each once the one before succeeded (as `&&` would, without
// needing a shell). On a Node older than 22.12 (many machines still ship Node 20), Node 24 is
// fetched once from the npm registry's `node` package into ~/.cache/odc-node24 (ODC_NODE_PREFIX to
// put it elsewhere), as .ci/run does, and the commands run with it first on PATH, so that `node`,
// `tsc`, `astro` and `vitest` all run under it. With no command it only checks. The last command
// takes this process's place where Node can (process.execve) rather than running as its child.
//
// Plain JavaScript on purpose: it must run, and explain itself, on a Node too old for the rest.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const REQUIRED = '22.12';

/** Whether `version` (e.g. `20.20.2`) is 22.12 or newer. */
function recentEnough(version) {
	const [major, minor] = version.split('.').map(Number);
	return major > 22 || (major === 22 && minor >= 12);
}

/** The commands of the command line, split at `--then`. */
function commandsOf(args) {
	const commands = [[]];
	for (const arg of args) {
		if (arg === '--then') commands.push([]);
		else commands.at(-1).push(arg);
	}
	return commands.filter((command) => command.length > 0);
}

/** The folder holding Node 24's `node`, installed there first when it is not. Exits on failure. */
function node24Bin() {
	const prefix = process.env.ODC_NODE_PREFIX || join(homedir(), '.cache', 'odc-node24');
	const bin = join(prefix, 'node_modules', 'node', 'bin');
	const node = join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
	if (!existsSync(node)) {
		console.error(`Node ${process.versions.node} is older than ${REQUIRED}: installing Node 24 from the npm registry into ${prefix} (once)`);
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const install = spawnSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, 'node@24'], {
			stdio: 'inherit',
			shell: process.platform === 'win32',
		});
		if (install.status !== 0 || !existsSync(node)) {
			console.error(
				`Open Data Catalogue needs Node.js ${REQUIRED} or newer (Node 24 is recommended, see .nvmrc); this is Node ${process.versions.node}, and installing Node 24 into ${prefix} failed.\n` +
					'Install Node 24 (for example with nvm: nvm install) and run the command again.',
			);
			process.exit(1);
		}
	}
	const found = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
	if (found.status !== 0 || !recentEnough(found.stdout.trim())) {
		console.error(`${node} is not Node ${REQUIRED} or newer: remove ${prefix} and run the command again.`);
		process.exit(1);
	}
	return { bin, version: found.stdout.trim() };
}

const env = { ...process.env };
// Rolldown, Vite's bundler, runs inside the build's and the dev server's process and allocates with
// mimalloc. With its arena committed up front (mimalloc's default where the system overcommits),
// the pages it frees stay resident: ~200 MB of a 10,000-dataset build's process, to the end, for
// about 60 MB ever in use. Committed as used, they are given back. A value already set is kept.
env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
// Node's own allocations (Buffers, the page bodies written, the export's parts) come from glibc's
// malloc, which keeps what is freed in one arena per thread that allocated and lets its threshold
// for memory mapped (and given back) rise with each large block freed. Two arenas and fixed
// thresholds give it back sooner: at 10,000 datasets the build's process holds 25–70 MB less and
// the tree's peak is ~40 MB lower cold and ~110 MB on a rebuild, for the same CPU (Pagefind's
// process does not change). Other C libraries ignore the variable; a value already set is kept.
env.GLIBC_TUNABLES ??= 'glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=262144';
if (!recentEnough(process.versions.node)) {
	const { bin, version } = node24Bin();
	console.error(`Node ${process.versions.node} is older than ${REQUIRED}: running under Node ${version} from ${bin}`);
	env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
	// npm scripts run by the commands should use it too.
	env.npm_node_execpath = join(bin, 'node');
}

/** The file `command` names, looked up on `path` as a shell would; undefined when there is none. */
function executableOnPath(command, path) {
	if (command.includes('/')) return command;
	for (const folder of (path ?? '').split(delimiter)) {
		if (folder === '') continue;
		const file = join(folder, command);
		try {
			accessSync(file, constants.X_OK);
			if (statSync(file).isFile()) return file;
		} catch {
			// not there: the next folder
		}
	}
	return undefined;
}

/**
 * Runs `command` in this process's place (process.execve: Node 22.15 or newer, not on Windows)
 * rather than as its child, so that a build has one Node process fewer (~50 MB for as long as it
 * runs) and a signal reaches the command alone. Returns only when that cannot be done.
 */
function replaceWith(command, args, env) {
	if (typeof process.execve !== 'function') return;
	const file = executableOnPath(command, env.PATH);
	if (file === undefined) return;
	try {
		process.execve(file, [command, ...args], env);
	} catch {
		// Not replaced (the process is as it was): the command runs as a child instead.
	}
}

const commands = commandsOf(process.argv.slice(2));
for (const [index, [command, ...args]] of commands.entries()) {
	if (index === commands.length - 1) replaceWith(command, args, env);
	const run = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
	if (run.error) {
		console.error(`${command}: ${run.error.message}`);
		process.exit(1);
	}
	if (run.status !== 0) process.exit(run.status ?? 1);
}
