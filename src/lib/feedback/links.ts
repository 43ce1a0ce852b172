/**
 * The links the github and email channels hand a message over with: GitHub's new-issue page with
 * the issue form, title, labels and fields filled in, and a `mailto:` with subject and body. Both
 * carry the whole message in the address, so they are refused past {@link MAX_LINK_LENGTH}.
 */
import { mailtoUrl } from '../mailto.ts';
import type { FeedbackPayload } from './payload.ts';

/**
 * The longest link handed over: GitHub answers "414 URI Too Long" past about 8 KB, and some
 * e-mail programs cut `mailto:` links shorter than that.
 */
export const MAX_LINK_LENGTH = 8000;

/** The issue form of each type, in `.github/ISSUE_TEMPLATE/`. */
export function issueTemplate(type: FeedbackPayload['type']): string {
	return `feedback-${type}.yml`;
}

/**
 * GitHub's new-issue page for `repository` (owner/name) with the message filled in: the type's issue
 * form, the title, the labels (`feedback`, the type, the publisher) and the form's fields by id.
 * GitHub applies labels from the address only for people allowed to label issues; the issue forms
 * add `feedback` and the type for everyone.
 */
export function githubIssueUrl(repository: string, payload: FeedbackPayload): string {
	const [owner = '', name = ''] = repository.split('/');
	const labels = ['feedback', payload.type, ...(payload.publisher ? [payload.publisher] : [])].join(',');
	const params: Array<[string, string | undefined]> = [
		['template', issueTemplate(payload.type)],
		['title', payload.subject],
		['labels', labels],
		['message', payload.message],
		['dataset', payload.dataset],
		['publisher', payload.publisher],
		['query', payload.query],
		['schedule_row', payload.schedule_row],
		['page', payload.page],
	];
	return `https://github.com/${encodeURIComponent(owner)}/${encodeURIComponent(name)}/issues/new?${queryString(params)}`;
}

/** The words that introduce the facts under a message in an e-mail, in the page's language. */
export interface MailLabels {
	dataset: string;
	publisher: string;
	query: string;
	scheduleRow: string;
	page: string;
}

/**
 * A `mailto:` link to `to` with the message's subject, and its text and facts as the body (CRLF line
 * breaks, RFC 6068); undefined when `to` is not a plain address.
 */
export function feedbackMailto(to: string, payload: FeedbackPayload, labels: MailLabels): string | undefined {
	const body = mailBody(payload, labels).replace(/\r?\n/g, '\r\n');
	return mailtoUrl(to, [
		['subject', payload.subject],
		['body', body],
	]);
}

/** The body of the e-mail: the message, then a line per fact (dataset, publisher, search, planned release, page). */
export function mailBody(payload: FeedbackPayload, labels: MailLabels): string {
	const facts: Array<[string, string | undefined]> = [
		[labels.dataset, payload.dataset],
		[labels.publisher, payload.publisher],
		[labels.query, payload.query],
		[labels.scheduleRow, payload.schedule_row],
		[labels.page, payload.page],
	];
	const lines = facts.filter(([, value]) => value !== undefined).map(([label, value]) => `${label}: ${value}`);
	return `${payload.message}\n\n--\n${lines.join('\n')}`;
}

/** `a=1&b=2`, percent-encoding every value (spaces as %20, which mailto: requires), skipping absent ones. */
function queryString(params: ReadonlyArray<[string, string | undefined]>): string {
	return params
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
		.join('&');
}
