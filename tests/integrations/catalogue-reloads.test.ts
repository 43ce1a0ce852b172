import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueReloads } from '../../src/integrations/catalogue-reloads.ts';

/** A fake dev server: files with a saved state, reloads that take `readMs` and record what they read. */
function devServer(readMs = 100) {
	const saved = new Map<string, string>([
		['a.yaml', 'a1'],
		['b.yaml', 'b1'],
	]);
	const events: string[] = [];
	let shown = '';
	let loaded = '';
	const changed = catalogueReloads({
		settleMs: 40,
		signature: (file) => saved.get(file) ?? 'missing',
		reload: async (files) => {
			// Reads every file at the start, as the loader does, then takes its time.
			const read = [...saved.values()].join(',');
			events.push(`reload ${files.join(' ')}`);
			await new Promise((done) => setTimeout(done, readMs));
			loaded = read;
		},
		refresh: async () => {
			events.push(`refresh ${loaded}`);
			shown = loaded;
		},
	});
	const save = (file: string, text: string) => saved.set(file, text);
	return { changed, save, events, shown: () => shown };
}

describe('catalogueReloads', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('reloads once for the changes of one save, then refreshes the pages', async () => {
		const server = devServer();
		server.save('a.yaml', 'a2');
		server.changed('a.yaml');
		server.save('b.yaml', 'b2');
		await vi.advanceTimersByTimeAsync(10);
		server.changed('b.yaml');
		await vi.advanceTimersByTimeAsync(1_000);
		expect(server.events).toEqual(['reload a.yaml b.yaml', 'refresh a2,b2']);
		expect(server.shown()).toBe('a2,b2');
	});

	it('reads again a file saved while it was read, though the watcher said nothing, and shows only the newest state', async () => {
		const server = devServer();
		server.save('a.yaml', '');
		server.changed('a.yaml');
		await vi.advanceTimersByTimeAsync(60);
		// The second half of an emptied-then-written save, which the watcher dropped.
		server.save('a.yaml', 'a2');
		await vi.advanceTimersByTimeAsync(1_000);
		expect(server.events).toEqual(['reload a.yaml', 'reload a.yaml', 'refresh a2,b1']);
		expect(server.shown()).toBe('a2,b1');
	});

	it('does not refresh the pages for a load that a newer change has replaced', async () => {
		const server = devServer(300);
		server.save('a.yaml', 'a2');
		server.changed('a.yaml');
		await vi.advanceTimersByTimeAsync(60);
		// A save of another file while the first load runs: its load starts before the first ends.
		server.save('b.yaml', 'b2');
		server.changed('b.yaml');
		await vi.advanceTimersByTimeAsync(5_000);
		expect(server.events).toEqual(['reload a.yaml', 'reload b.yaml', 'refresh a2,b2']);
		expect(server.shown()).toBe('a2,b2');
	});

	it('refreshes the pages after each save that is not overtaken', async () => {
		const server = devServer();
		server.save('a.yaml', 'a2');
		server.changed('a.yaml');
		await vi.advanceTimersByTimeAsync(1_000);
		server.save('a.yaml', 'a3');
		server.changed('a.yaml');
		await vi.advanceTimersByTimeAsync(1_000);
		expect(server.events).toEqual(['reload a.yaml', 'refresh a2,b1', 'reload a.yaml', 'refresh a3,b1']);
	});
});
