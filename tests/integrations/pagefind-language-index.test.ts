import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchRecord } from './kept-index-fixtures.ts';

/**
 * Pagefind's service as the test drives it while `holding`: each record's answer waits until the
 * test gives it. Otherwise the real one: unit test files share their modules, and other files index.
 */
const service = vi.hoisted(() => ({ holding: false, sent: 0, answers: [] as Array<() => void>, written: [] as string[] }));
vi.mock('pagefind', async (importOriginal) => {
	const real = await importOriginal<typeof import('pagefind')>();
	const index = {
		addHTMLFile: () => {
			service.sent++;
			return new Promise((resolve) => service.answers.push(() => resolve({ errors: [], file: {} })));
		},
		writeFiles: async ({ outputPath }: { outputPath: string }) => {
			service.written.push(outputPath);
			writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: 'test', languages: {} }));
			return { errors: [], outputPath };
		},
	};
	const createIndex: typeof real.createIndex = async (options) => (service.holding ? ({ index, errors: [] } as never) : real.createIndex(options));
	const close: typeof real.close = async () => (service.holding ? null : real.close());
	return { ...real, createIndex, close, default: { ...real, createIndex, close } };
});

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
	Object.assign(service, { holding: false, sent: 0, answers: [], written: [] });
});

/** Lets every callback and timer queued so far run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('indexRecords', () => {
	it('hands Pagefind IN_FLIGHT records before its first answer, so that it never waits for a turn of the build’s main thread', async () => {
		// Unit test files share their modules: a fresh copy sees the mocked pagefind.
		vi.resetModules();
		const { indexRecords, IN_FLIGHT } = await import('../../src/integrations/pagefind-language-index.ts');
		dir = mkdtempSync(join(tmpdir(), 'odc-index-records-'));
		service.holding = true;
		const batch = Array.from({ length: IN_FLIGHT + 500 }, (_, i) => searchRecord('en', `d${i}`, `text ${i}`));
		const step = <T>(_name: string, work: Promise<T>) => work;
		const fail = (name: string, errors: readonly string[]) => new Error(`${name}: ${errors.join(', ')}`);
		const indexed = indexRecords(batch, step, fail, () => false, Promise.resolve(dir));
		await settle();
		// Measured: 256 let a rebuild's English records take three times as long to add as Pagefind needs.
		expect(IN_FLIGHT).toBeGreaterThanOrEqual(2048);
		expect(service.sent).toBe(IN_FLIGHT);
		// Each answer lets one more record go, never more than IN_FLIGHT unanswered.
		service.answers.shift()!();
		await settle();
		expect(service.sent).toBe(IN_FLIGHT + 1);
		while (service.answers.length > 0) {
			for (const answer of service.answers.splice(0)) answer();
			await settle();
		}
		await indexed;
		expect(service.sent).toBe(IN_FLIGHT + 500);
		expect(batch).toHaveLength(0);
		expect(service.written).toEqual([dir]);
	});
});
