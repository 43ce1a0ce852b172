/**
 * Where the feedback form delivers messages, from `feedback` in catalogue.yaml: an endpoint that
 * receives JSON, a GitHub repository's new-issue page, or the reader's e-mail program. Without a
 * `feedback` section, messages go by e-mail to the office that runs the catalogue.
 */
import type { CatalogueRecord, PublisherRecord } from '../records.ts';

/** A delivery channel with what it needs. */
export type FeedbackChannel =
	{ kind: 'endpoint'; endpoint: string } | { kind: 'github'; repository: string } | { kind: 'email'; office: string; publishers: Record<string, string> };

/** The channel configured in `config` (schema-valid, so each channel has what it needs). */
export function feedbackChannel(
	config: Pick<CatalogueRecord, 'feedback' | 'publisher'>,
	publishers: readonly Pick<PublisherRecord, 'id' | 'email'>[],
): FeedbackChannel {
	const feedback = config.feedback;
	if (feedback?.channel === 'endpoint' && feedback.endpoint) return { kind: 'endpoint', endpoint: feedback.endpoint };
	if (feedback?.channel === 'github' && feedback.repository) return { kind: 'github', repository: feedback.repository };
	return {
		kind: 'email',
		office: feedback?.email ?? config.publisher.email,
		publishers: Object.fromEntries(publishers.map((p) => [p.id, p.email])),
	};
}

/** Who an e-mail goes to: the publisher's address when the message is about one of its datasets or plans, else the office. */
export function emailRecipient(channel: Extract<FeedbackChannel, { kind: 'email' }>, publisher: string | undefined): string {
	return (publisher !== undefined && Object.hasOwn(channel.publishers, publisher) ? channel.publishers[publisher] : undefined) ?? channel.office;
}
