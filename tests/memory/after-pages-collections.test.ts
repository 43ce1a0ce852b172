import { describe, expect, it } from 'vitest';
import { afterPagesCollections } from '../../src/lib/build/after-pages-collections.ts';

/** A release that counts its calls and says how many there were. */
function countingRelease() {
	let calls = 0;
	const release = () => ({ rssBefore: 2, rssAfter: 1, milliseconds: ++calls });
	return { release, calls: () => calls };
}

describe('the collections after the pages', () => {
	it('collect when the pages are done and before the first index written after them, and not again', () => {
		const counted = countingRelease();
		const collections = afterPagesCollections(counted.release);
		// English written while the pages are made: nothing collected, the heap would grow again.
		expect(collections.beforeWrite()).toBeUndefined();
		expect(counted.calls()).toBe(0);
		expect(collections.pagesDone()?.milliseconds).toBe(1);
		expect(collections.beforeWrite()?.milliseconds).toBe(2);
		// Every later index or shard: no more collections.
		expect(collections.beforeWrite()).toBeUndefined();
		expect(collections.beforeWrite()).toBeUndefined();
		expect(counted.calls()).toBe(2);
	});

	it('collect once only when every index was written before the pages were done', () => {
		const counted = countingRelease();
		const collections = afterPagesCollections(counted.release);
		collections.beforeWrite();
		collections.beforeWrite();
		collections.pagesDone();
		expect(counted.calls()).toBe(1);
	});
});
