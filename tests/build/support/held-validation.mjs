/**
 * For tests of `npm run build` (scripts/build.ts) as a process: preloaded with `node --import`, it
 * makes the script's validation wait, once the catalogue is loaded and checked, until the file
 * named by ODC_TEST_VALIDATION_GATE exists, so that a test can let it end while Astro is bundling.
 * Only the script's own import of src/lib/build/validation-process.ts is redirected (to held-validation-process.ts).
 */
import { registerHooks } from 'node:module';

const wrapper = new URL('./held-validation-process.ts', import.meta.url).href;

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (specifier === '../src/lib/build/validation-process.ts' && context.parentURL?.endsWith('/scripts/build.ts')) return { url: wrapper, shortCircuit: true };
		return nextResolve(specifier, context);
	},
});
