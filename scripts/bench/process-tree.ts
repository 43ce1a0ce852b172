/**
 * A process and all its descendants, sampled from /proc (Linux): the sum of their resident memory
 * and their CPU time. The build is more than one process (npm, Node, Pagefind's own binary), and
 * their peaks add up when they are alive at the same time, which the largest single process
 * (GNU time's %M) does not show.
 *
 * Descendants are found from the parent pid in every /proc/<pid>/stat, since
 * /proc/<pid>/task/<tid>/children is missing on kernels built without CONFIG_PROC_CHILDREN.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/<pid>/stat the benchmark uses. */
export interface StatLine {
	pid: number;
	ppid: number;
	/** User plus system CPU time of the process itself, in clock ticks (1/100 s on Linux). */
	ticks: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux the benchmark runs on). */
export const TICKS_PER_SECOND = 100;

/**
 * Reads a /proc/<pid>/stat line. The command name (field 2) is in parentheses and may itself hold
 * spaces and parentheses, so the fields are counted from the last `)`.
 *
 * @returns undefined for a line that is not a stat line.
 */
export function parseStat(text: string): StatLine | undefined {
	const close = text.lastIndexOf(')');
	const pid = Number.parseInt(text, 10);
	if (close < 0 || !Number.isInteger(pid)) return undefined;
	// After ")": state (field 3), ppid (4), …, utime (14), stime (15).
	const fields = text.slice(close + 2).split(' ');
	const ppid = Number(fields[1]);
	const ticks = Number(fields[11]) + Number(fields[12]);
	if (!Number.isInteger(ppid) || !Number.isFinite(ticks)) return undefined;
	return { pid, ppid, ticks };
}

/** `root` and every process descending from it, given each process's parent. */
export function descendants(root: number, lines: readonly StatLine[]): number[] {
	const children = new Map<number, number[]>();
	for (const line of lines) {
		const list = children.get(line.ppid);
		if (list) list.push(line.pid);
		else children.set(line.ppid, [line.pid]);
	}
	const tree = [root];
	for (let i = 0; i < tree.length; i++) for (const child of children.get(tree[i]!) ?? []) tree.push(child);
	return tree;
}

/** Every process's stat line, from /proc. Processes that end while we read are skipped. */
function allStats(): StatLine[] {
	const lines: StatLine[] = [];
	for (const name of readdirSync('/proc')) {
		if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
		try {
			const line = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
			if (line) lines.push(line);
		} catch {
			// It ended.
		}
	}
	return lines;
}

/** A field of /proc/<pid>/status in KiB (VmRSS, VmHWM), or 0 when the process has gone. */
export function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	try {
		const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

/** What {@link TreeSampler} saw over the life of a process tree. */
export interface TreeFigures {
	/** The largest sum of the resident memory of the tree's live processes at one sample, in KiB. */
	peakKiB: number;
	/** The largest peak resident memory (VmHWM) of any one process of the tree, in KiB. */
	largestKiB: number;
	/** CPU time of every process seen, as last sampled (what a process did after its last sample is missed). */
	cpuSeconds: number;
	samples: number;
}

/**
 * Samples a process tree every `intervalMs`: the sum of the resident memory (VmRSS) of every live
 * process under `root`. Shared pages (Node's own code in each Node process) are counted once per
 * process, as `ps` does; a peak shorter than the interval can be missed.
 */
export class TreeSampler {
	readonly #root: number;
	readonly #skipRoot: boolean;
	readonly #ticks = new Map<number, number>();
	readonly #timer: NodeJS.Timeout;
	#peakKiB = 0;
	#largestKiB = 0;
	#samples = 0;

	/**
	 * @param root The pid of the tree's root.
	 * @param options `skipRoot` leaves the root itself out (a wrapper such as GNU time); `intervalMs` defaults to 150.
	 */
	constructor(root: number, options: { skipRoot?: boolean; intervalMs?: number } = {}) {
		this.#root = root;
		this.#skipRoot = options.skipRoot ?? false;
		this.sample();
		this.#timer = setInterval(() => this.sample(), options.intervalMs ?? 150);
	}

	/** Takes one sample now. */
	sample(): void {
		const lines = allStats();
		const ticksOf = new Map(lines.map((line) => [line.pid, line.ticks]));
		let sum = 0;
		for (const pid of descendants(this.#root, lines)) {
			if (this.#skipRoot && pid === this.#root) continue;
			sum += statusKiB(pid, 'VmRSS');
			this.#largestKiB = Math.max(this.#largestKiB, statusKiB(pid, 'VmHWM'));
			const ticks = ticksOf.get(pid);
			if (ticks !== undefined) this.#ticks.set(pid, Math.max(ticks, this.#ticks.get(pid) ?? 0));
		}
		this.#peakKiB = Math.max(this.#peakKiB, sum);
		this.#samples++;
	}

	/** Stops sampling and returns what was seen. */
	stop(): TreeFigures {
		clearInterval(this.#timer);
		let ticks = 0;
		for (const value of this.#ticks.values()) ticks += value;
		return { peakKiB: this.#peakKiB, largestKiB: this.#largestKiB, cpuSeconds: ticks / TICKS_PER_SECOND, samples: this.#samples };
	}
}
