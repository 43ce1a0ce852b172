/** Thrown by {@link withTimeout} when the work did not settle in time. */
export class TimeoutError extends Error {}

/**
 * Settles like `work`, or rejects with a {@link TimeoutError} carrying `message` when `work` has not
 * settled after `ms` milliseconds. The timer never keeps the process alive on its own. `work` is not
 * cancelled: the caller stops whatever produces it (e.g. closes the service).
 */
export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TimeoutError(message)), ms);
		timer.unref?.();
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
