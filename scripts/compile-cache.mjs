// Turns Node's compile cache on before a command's first module loads (`node --import
// ./scripts/compile-cache.mjs …`): the TypeScript is stripped of its types and compiled once, then
// read back on the next run. `npm run validate` of 10,000 datasets spent ~0.6 s of CPU loading and
// stripping its modules; with the entry's own module cached, Node does not even load its type stripper.
//
// The cache holds V8 code that runs when read back, so it lives only where the code it stands for
// does: node_modules/.cache/odc-compile-cache of this checkout, as trusted as the packages beside
// it, and never in or around the build's cache folder (src/lib/build/cache-dir.ts), which CI keeps
// between runs and whose content is treated as untrusted. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
//
// Plain JavaScript on purpose: a TypeScript module here would need the type stripper it spares.
import { enableCompileCache } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout's compile cache folder. */
export const COMPILE_CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/odc-compile-cache', import.meta.url));

/** The build's cache folder as src/lib/build/cache-dir.ts finds it (a test holds the two to the same answer). */
export function buildCacheFolder(env = process.env) {
	const configured = env.ODC_CACHE_DIR?.trim();
	return configured ? resolve(configured) : resolve('node_modules', '.cache', 'open-data-catalogue');
}

/** Whether `inner` is `outer` or inside it. */
function within(inner, outer) {
	const path = relative(outer, inner);
	return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** The compile cache folder to use with `env`: none when it and the build's cache folder would overlap. */
export function compileCacheFolder(env = process.env) {
	const build = buildCacheFolder(env);
	return within(COMPILE_CACHE_DIR, build) || within(build, COMPILE_CACHE_DIR) ? undefined : COMPILE_CACHE_DIR;
}

const folder = compileCacheFolder();
if (folder) enableCompileCache(folder);
