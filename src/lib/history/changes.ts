/**
 * What changed in one commit to one thing of the catalogue (a dataset, a request, a commitment, a
 * milestone, a release-schedule row), as data: pages put it in words in their language
 * (describe-change.ts). Titles are kept per language, bounded in length.
 */
import type { LocalizedText } from '../records.ts';

/** A field whose edit is reported as "<field> edited", without its old and new text. */
export type EditedField = string;

export type Change =
	| { type: 'added' }
	| { type: 'removed' }
	/** The file could not be read at this version (bad YAML, too large): skipped, with why. */
	| { type: 'unreadable'; reason: string }
	| { type: 'access'; from: string; to: string }
	| { type: 'licence'; from?: string; to?: string }
	| { type: 'publisher'; from: string; to: string }
	| { type: 'edited'; field: EditedField }
	| { type: 'distribution-added'; title: LocalizedText }
	| { type: 'distribution-removed'; title: LocalizedText }
	| { type: 'distribution-edited'; title: LocalizedText }
	/** A request's new status update (feedback closing the loop). */
	| { type: 'request-status'; from?: string; to: string; date?: string }
	| { type: 'request-datasets'; added: string[]; removed: string[] }
	| { type: 'milestone-completion'; from?: string; to: string }
	| { type: 'release-status'; from?: string; to: string }
	| { type: 'planned-date'; from?: string; to: string }
	| { type: 'actual-release'; to: string };

/** The kinds of thing that have a history. */
export type SubjectKind = 'dataset' | 'request' | 'commitment' | 'milestone' | 'release';

/** The key of one thing's history: `dataset:traffic-volumes`, `milestone:open-by-default#2`. */
export type SubjectKey = `${SubjectKind}:${string}`;

/** The longest title kept in a change. */
export const MAX_TITLE = 160;

/** `text` bounded to {@link MAX_TITLE} characters per language; only string values are kept. */
export function boundedText(value: unknown): LocalizedText {
	const out: LocalizedText = {};
	if (value && typeof value === 'object') {
		for (const [lang, text] of Object.entries(value)) {
			if (typeof text === 'string' && /^[a-z]{2}$/.test(lang)) out[lang] = text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
		}
	} else if (typeof value === 'string') {
		out.en = value.slice(0, MAX_TITLE);
	}
	return out;
}
