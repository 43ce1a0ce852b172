import { describe, expect, it } from 'vitest';
import { CatalogueNotValidatedError, pagesAfterValidation } from '../../src/lib/build/validation-gate.ts';

type Hook = () => unknown;
interface GatePlugin {
	buildStart: Hook;
	generateBundle: Hook;
	buildApp: { order: string; handler: Hook };
}

/** The plugin for a validation settled by `settle`, with its hooks as Vite calls them. */
function gate() {
	let settle!: (passed: boolean) => void;
	const plugin = pagesAfterValidation(new Promise<boolean>((done) => (settle = done))) as unknown as GatePlugin;
	return { plugin, settle };
}
const tick = () => new Promise((done) => setTimeout(done, 0));

describe('the pages held until the catalogue is validated', () => {
	it('lets Vite bundle meanwhile and the pages be generated only once it passed', async () => {
		const { plugin, settle } = gate();
		expect(plugin.buildApp.order).toBe('post');
		expect(() => plugin.buildStart()).not.toThrow();
		expect(() => plugin.generateBundle()).not.toThrow();
		let generated = false;
		const waiting = Promise.resolve(plugin.buildApp.handler()).then(() => (generated = true));
		await tick();
		expect(generated).toBe(false);
		settle(true);
		await waiting;
		expect(generated).toBe(true);
		expect(() => plugin.buildStart()).not.toThrow();
	});

	it('stops the build when it failed: a waiting generation, the next bundle, a bundle not yet written', async () => {
		const { plugin, settle } = gate();
		const waiting = Promise.resolve(plugin.buildApp.handler());
		settle(false);
		await expect(waiting).rejects.toBeInstanceOf(CatalogueNotValidatedError);
		expect(() => plugin.buildStart()).toThrow(CatalogueNotValidatedError);
		expect(() => plugin.generateBundle()).toThrow(CatalogueNotValidatedError);
	});

	it('stops it when validation itself threw', async () => {
		const plugin = pagesAfterValidation(Promise.reject(new Error('unreadable'))) as unknown as GatePlugin;
		await expect(Promise.resolve(plugin.buildApp.handler())).rejects.toBeInstanceOf(CatalogueNotValidatedError);
		expect(() => plugin.buildStart()).toThrow(CatalogueNotValidatedError);
	});
});
