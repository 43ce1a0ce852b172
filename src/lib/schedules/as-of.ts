/**
 * The date release schedules are judged on: `--as-of YYYY-MM-DD` on the command line, else the
 * `AS_OF` environment variable (how the Astro build receives it), else today on the UTC calendar.
 * Pinning it makes builds and tests reproducible: what is overdue does not move with the calendar.
 */
import { isRealDate, todayUtc } from './planned-date.ts';

/** The as-of date from a command-line value or the environment; throws with a readable message when it is not a real date. */
export function resolveAsOf(flag: string | undefined, env: string | undefined = process.env.AS_OF): string {
	const [value, source] = flag !== undefined ? [flag, '--as-of'] : env ? [env, 'AS_OF'] : [todayUtc(), 'today'];
	if (!isRealDate(value)) throw new Error(`${source} must be a date that exists, written YYYY-MM-DD (got "${value}")`);
	return value;
}
