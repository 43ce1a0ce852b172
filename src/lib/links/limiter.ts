/**
 * Runs tasks with at most `overall` at once, and at most `perHost` at once against any one host,
 * so the checker never hammers one ministry's server while it works through the catalogue. Tasks
 * start in the order they are queued, skipping those whose host is busy.
 */

/** A limiter: `run(host, task)` resolves with the task's result once it has had its turn. */
export interface Limiter {
	run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

interface Waiting {
	host: string;
	start: () => void;
}

/** A limiter of `overall` tasks at once, `perHost` per host. Both must be at least 1. */
export function createLimiter({ overall, perHost }: { overall: number; perHost: number }): Limiter {
	if (!(overall >= 1 && perHost >= 1)) throw new Error(`limits must be at least 1 (got overall ${overall}, per host ${perHost})`);
	let running = 0;
	const byHost = new Map<string, number>();
	const queue: Waiting[] = [];

	const pump = () => {
		for (let at = 0; at < queue.length && running < overall;) {
			const waiting = queue[at]!;
			if ((byHost.get(waiting.host) ?? 0) >= perHost) {
				at++;
				continue;
			}
			queue.splice(at, 1);
			running++;
			byHost.set(waiting.host, (byHost.get(waiting.host) ?? 0) + 1);
			waiting.start();
		}
	};

	return {
		run(host, task) {
			return new Promise((resolve, reject) => {
				queue.push({
					host,
					start: () => {
						task()
							.then(resolve, reject)
							.finally(() => {
								running--;
								const left = byHost.get(host)! - 1;
								if (left === 0) byHost.delete(host);
								else byHost.set(host, left);
								pump();
							});
					},
				});
				pump();
			});
		},
	};
}
