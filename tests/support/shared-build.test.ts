import { describe, expect, it } from 'vitest';
import { once } from './shared-build.ts';

describe('once per test run', () => {
	it('does the work once, whoever asks, and gives every caller its result', async () => {
		let calls = 0;
		const make = async () => {
			calls++;
			await new Promise((resolve) => setTimeout(resolve, 50));
			return `/made/${calls}`;
		};
		const results = await Promise.all([once('probe-ok', make), once('probe-ok', make), once('probe-ok', make)]);
		expect(calls).toBe(1);
		expect(results).toEqual([
			{ dir: '/made/1', shared: true },
			{ dir: '/made/1', shared: true },
			{ dir: '/made/1', shared: true },
		]);
	});

	it('passes a failure on to those who waited, with its message', async () => {
		const failing = async (): Promise<string> => {
			await new Promise((resolve) => setTimeout(resolve, 20));
			throw new Error('the build broke');
		};
		const [first, second] = await Promise.allSettled([once('probe-fail', failing), once('probe-fail', failing)]);
		expect(first).toMatchObject({ status: 'rejected', reason: new Error('the build broke') });
		expect(second).toMatchObject({ status: 'rejected', reason: new Error('another test file failed to make probe-fail: the build broke') });
	});
});
