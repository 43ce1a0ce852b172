/**
 * One GitHub issue per publisher listing its broken links: what the weekly link check should open,
 * update or close, worked out from the open issues and the latest report. Issues are recognised by
 * a label and a hidden marker naming the publisher, never by their title, which people may edit.
 * Link addresses come from metadata, which is untrusted: they are written as inline code, with
 * backticks and line breaks removed, so they cannot inject Markdown or mentions.
 */
import type { BrokenLink } from '../quality/score-dataset.ts';

/** The label of the issues. */
export const BROKEN_LINKS_LABEL = 'broken-links';

/** A broken link with its dataset. */
export type PublisherLink = BrokenLink & { dataset: string };

/** An open issue, as far as the plan needs it. */
export interface OpenIssue {
	number: number;
	body: string;
}

/** What to do on GitHub. */
export type IssueAction =
	| { kind: 'create'; publisher: string; title: string; body: string }
	| { kind: 'update'; publisher: string; number: number; body: string }
	| { kind: 'close'; publisher: string; number: number; comment: string };

/** The hidden marker that ties an issue to its publisher. */
export function marker(publisher: string): string {
	return `<!-- odc-broken-links:${publisher} -->`;
}

/** The publisher an issue is about, from its marker. */
export function publisherOf(issue: OpenIssue): string | undefined {
	return /<!-- odc-broken-links:([a-z0-9-]+) -->/.exec(issue.body)?.[1];
}

function inlineCode(text: string): string {
	return `\`${text.replace(/[`\r\n]/g, '').slice(0, 500)}\``;
}

/** The issue's text: the links, the dataset of each and what happened. */
export function issueBody(publisher: string, links: readonly PublisherLink[], checkedAt: string): string {
	const lines = links.map((link) => {
		const problem = `${link.result.outcome}${link.result.status ? ` (HTTP ${link.result.status})` : ''}${link.result.error ? `, ${inlineCode(link.result.error)}` : ''}`;
		return `- [ ] ${inlineCode(link.url)} — dataset ${inlineCode(link.dataset)}, ${link.distribution === undefined ? inlineCode(link.field) : `distribution ${link.distribution} (${inlineCode(link.field)})`}: ${problem}, ${link.result.checkedAt.slice(0, 10)}`;
	});
	return [
		marker(publisher),
		`The weekly link check of ${checkedAt.slice(0, 10)} found ${links.length} link(s) of publisher ${inlineCode(publisher)} that did not answer. Fix the address in the dataset file (or ask the website's owners to restore it); this issue is updated every week and closed once every link answers.`,
		'',
		...lines,
	].join('\n');
}

/** The actions that bring the open issues in line with the broken links of each publisher. */
export function planIssueActions(broken: ReadonlyMap<string, readonly PublisherLink[]>, open: readonly OpenIssue[], checkedAt: string): IssueAction[] {
	const actions: IssueAction[] = [];
	const issueByPublisher = new Map<string, OpenIssue>();
	for (const issue of open) {
		const publisher = publisherOf(issue);
		if (publisher && !issueByPublisher.has(publisher)) issueByPublisher.set(publisher, issue);
	}
	for (const [publisher, links] of [...broken].sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (links.length === 0) continue;
		const body = issueBody(publisher, links, checkedAt);
		const issue = issueByPublisher.get(publisher);
		if (!issue) actions.push({ kind: 'create', publisher, title: `Broken links: ${publisher}`, body });
		else if (issue.body !== body) actions.push({ kind: 'update', publisher, number: issue.number, body });
	}
	for (const [publisher, issue] of issueByPublisher) {
		if ((broken.get(publisher)?.length ?? 0) === 0)
			actions.push({
				kind: 'close',
				publisher,
				number: issue.number,
				comment: `Every link of ${inlineCode(publisher)} answered in the link check of ${checkedAt.slice(0, 10)}. Closing.`,
			});
	}
	return actions;
}
