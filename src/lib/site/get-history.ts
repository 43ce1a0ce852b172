/** The catalogue's history from git, read once per build beside the catalogue (see src/lib/history/). */
import { readHistory, type History } from '../history/read-history.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { getCatalogue } from './get-catalogue.ts';
import { derivedFromCatalogue } from './catalogue-store.ts';

/**
 * The history of the catalogue in `CATALOGUE_DIR` (default: the working directory). What is missing
 * (a shallow clone, no git) is said once in the build log as well as on the pages.
 */
export function getHistory(): Promise<History> {
	return derivedFromCatalogue('history', () =>
		getCatalogue().then(async (catalogue) => {
			const history = await readHistory(process.env.CATALOGUE_DIR ?? process.cwd(), { repository: historyRepository(catalogue) });
			const notice = history.notice;
			if (notice?.kind === 'shallow')
				console.warn(
					`History: shallow clone; changes before ${notice.since.slice(0, 10)} are missing. Fetch the full history (actions/checkout with fetch-depth: 0) to publish all of it.`,
				);
			else if (notice?.kind === 'no-git') console.warn('History: the catalogue is not in a git repository; no history of changes is published.');
			else if (notice?.kind === 'failed') console.warn(`History: the git history could not be read (${notice.message}); no history of changes is published.`);
			if (history.skipped.length)
				console.warn(
					`History: ${history.skipped.length} old file version(s) could not be read and were left out (first: ${history.skipped[0]!.path} at ${history.skipped[0]!.commit.slice(0, 10)}).`,
				);
			return history;
		}),
	);
}

/** The GitHub repository commits link to: `history.repository`, else the feedback repository. */
export function historyRepository(catalogue: Pick<Catalogue, 'config'>): string | undefined {
	return catalogue.config.history?.repository ?? (catalogue.config.feedback?.channel === 'github' ? catalogue.config.feedback.repository : undefined);
}
