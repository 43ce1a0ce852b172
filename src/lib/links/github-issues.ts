/**
 * The few GitHub REST API calls the weekly link check needs (list, create, update and close
 * issues), made with `fetch` and the workflow's token. The API's address is a parameter, so tests
 * run against a local fake.
 */
import { BROKEN_LINKS_LABEL, type IssueAction, type OpenIssue } from './publisher-issues.ts';
import { append } from '../append.ts';

/** Where and as whom to call the API. */
export interface GitHubTarget {
	/** `https://api.github.com`, or GITHUB_API_URL on GitHub Enterprise. */
	apiUrl: string;
	/** `owner/name`. */
	repository: string;
	token: string;
}

async function call(target: GitHubTarget, method: string, path: string, body?: object): Promise<unknown> {
	const response = await fetch(`${target.apiUrl.replace(/\/$/, '')}/repos/${target.repository}${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${target.token}`,
			Accept: 'application/vnd.github+json',
			'X-GitHub-Api-Version': '2022-11-28',
			'User-Agent': 'OpenDataCatalogue-LinkChecker/1.0',
			...(body ? { 'Content-Type': 'application/json' } : {}),
		},
		...(body ? { body: JSON.stringify(body) } : {}),
	});
	if (!response.ok) throw new Error(`GitHub API ${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
	return response.status === 204 ? undefined : response.json();
}

/** The open issues with the broken-links label (every page of them; pull requests left out). */
export async function listOpenIssues(target: GitHubTarget): Promise<OpenIssue[]> {
	const issues: OpenIssue[] = [];
	for (let page = 1; page <= 50; page++) {
		const batch = (await call(target, 'GET', `/issues?state=open&labels=${BROKEN_LINKS_LABEL}&per_page=100&page=${page}`)) as Array<{
			number: number;
			body?: string | null;
			pull_request?: unknown;
		}>;
		append(
			issues,
			batch.filter((issue) => !issue.pull_request).map((issue) => ({ number: issue.number, body: issue.body ?? '' })),
		);
		if (batch.length < 100) break;
	}
	return issues;
}

/** Carries out the actions, in order. */
export async function applyIssueActions(target: GitHubTarget, actions: readonly IssueAction[]): Promise<void> {
	for (const action of actions) {
		if (action.kind === 'create') await call(target, 'POST', '/issues', { title: action.title, body: action.body, labels: [BROKEN_LINKS_LABEL] });
		else if (action.kind === 'update') await call(target, 'PATCH', `/issues/${action.number}`, { body: action.body });
		else {
			await call(target, 'POST', `/issues/${action.number}/comments`, { body: action.comment });
			await call(target, 'PATCH', `/issues/${action.number}`, { state: 'closed', state_reason: 'completed' });
		}
	}
}
