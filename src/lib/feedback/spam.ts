/**
 * Spam protection that costs a person nothing: a honeypot field people never see (a bot that fills
 * every field fills it too) and a minimum time between the page opening and the message being sent
 * (a person cannot read the form and write a message in under {@link MIN_FILL_MS}).
 */

/** The least time, in milliseconds, a person takes to fill in the form. */
export const MIN_FILL_MS = 3000;

/** The name of the honeypot field. */
export const HONEYPOT_FIELD = 'website';

/** What to make of a send: go ahead, a bot (the honeypot is filled), or too quick to be a person's first try. */
export type SpamVerdict = 'send' | 'trap' | 'too-fast';

/**
 * Judges a send. A restored draft proves earlier typing, so the minimum time does not apply to it;
 * a person who is told they were too fast only has to send again.
 */
export function spamVerdict(input: { honeypot: string; elapsedMs: number; draftRestored: boolean }): SpamVerdict {
	if (input.honeypot.trim() !== '') return 'trap';
	if (!input.draftRestored && input.elapsedMs < MIN_FILL_MS) return 'too-fast';
	return 'send';
}
