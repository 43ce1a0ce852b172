/**
 * Links from a page to the file it is made from on GitHub: "Edit this dataset" opens GitHub's
 * editor on the file (for someone who cannot push to the repository, GitHub forks it and the save
 * becomes a pull request from a branch of that fork), and "history" lists the file's commits.
 *
 * The repository is `SOURCE_REPOSITORY` (owner/name), else GitHub Actions' `GITHUB_REPOSITORY`
 * (set in the deploy workflow); the branch is `SOURCE_BRANCH`, default `main`. Without a
 * repository there are no links. The catalogue is taken to be at the repository's root.
 */

/** Where the catalogue's files are kept. */
export interface SourceRepository {
	/** `owner/name`. */
	repository: string;
	branch: string;
}

const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;
const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;

/** The repository and branch from the environment, or `undefined` when none is set or either is malformed. */
export function sourceRepository(env: Record<string, string | undefined> = process.env): SourceRepository | undefined {
	const repository = env.SOURCE_REPOSITORY || env.GITHUB_REPOSITORY;
	const branch = env.SOURCE_BRANCH || 'main';
	if (!repository || !REPOSITORY.test(repository) || !BRANCH.test(branch) || branch.split('/').some((part) => part === '' || part === '.' || part === '..'))
		return undefined;
	return { repository, branch };
}

/** A path or branch with each segment percent-encoded, slashes kept. */
function encodeSegments(path: string): string {
	return path.split('/').map(encodeURIComponent).join('/');
}

/** GitHub's editor for `path` (relative to the repository root, with `/`). */
export function editUrl(source: SourceRepository, path: string): string {
	return `https://github.com/${source.repository}/edit/${encodeSegments(source.branch)}/${encodeSegments(path)}`;
}

/** The list of commits that changed `path`. */
export function historyUrl(source: SourceRepository, path: string): string {
	return `https://github.com/${source.repository}/commits/${encodeSegments(source.branch)}/${encodeSegments(path)}`;
}

/**
 * GitHub's page for a new file at `path`, with `content` filled in: someone who cannot push gets
 * a fork, and the commit becomes a pull request from a branch of it. `undefined` when the address
 * would pass `maxLength` (GitHub and browsers refuse very long addresses): the content is then
 * copied instead.
 */
export function newFileUrl(source: SourceRepository, path: string, content: string, maxLength = 8000): string | undefined {
	const url = `https://github.com/${source.repository}/new/${encodeSegments(source.branch)}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(content)}`;
	return url.length <= maxLength ? url : undefined;
}
