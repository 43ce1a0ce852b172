/**
 * When the dev server reloads the catalogue and makes the open pages reload (integrations/
 * catalogue-dev.ts). The file watcher is not a faithful witness of a save: an editor that empties
 * a file, then writes it, sends two events, and under load the watcher can report the first and
 * drop the second (it compares modification times it read late). The pages would then stay on the
 * emptied file's error until the next save. So after each load the changed files are looked at
 * again: one that changed while it was being read is read again, and the pages reload only for the
 * newest state, never for a state already replaced.
 */

/** What the reloads need from the dev server. */
export interface CatalogueReloadHooks {
	/** How long to wait after a change for the others of the same save, in ms. */
	settleMs: number;
	/** A file's state cheaply (size, modification time…): two equal values mean it was not saved between them. */
	signature(file: string): string;
	/** Loads the catalogue again, given the files whose change caused it, and reports what it found. */
	reload(files: readonly string[]): Promise<void>;
	/** Makes the open pages show the catalogue last loaded. */
	refresh(): Promise<void>;
}

/** A function to call with each changed catalogue file; it reloads the catalogue once the changes settle. */
export function catalogueReloads(hooks: CatalogueReloadHooks): (file: string) => void {
	const changed = new Set<string>();
	let timer: ReturnType<typeof setTimeout> | undefined;
	let newest = 0;

	const run = async () => {
		const files = [...changed];
		changed.clear();
		const generation = ++newest;
		const before = files.map((file) => hooks.signature(file));
		await hooks.reload(files);
		const savedSince = files.filter((file, i) => hooks.signature(file) !== before[i]);
		if (savedSince.length > 0) {
			for (const file of savedSince) onChange(file);
			return;
		}
		// A newer change, waiting or being read, will refresh the pages itself.
		if (generation === newest && changed.size === 0) await hooks.refresh();
	};

	const onChange = (file: string) => {
		changed.add(file);
		clearTimeout(timer);
		timer = setTimeout(() => void run(), hooks.settleMs);
	};
	return onChange;
}
