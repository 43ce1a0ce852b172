/** Drafts of the feedback form in the browser's storage, and the spam checks. */
import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, DRAFT_MAX_AGE_MS, readDraft, writeDraft } from '../../src/lib/feedback/draft.ts';
import type { FeedbackFields } from '../../src/lib/feedback/form.ts';
import { MIN_FILL_MS, spamVerdict } from '../../src/lib/feedback/spam.ts';

/** An in-memory Storage. */
function memoryStorage(): Storage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (key) => map.get(key) ?? null,
		key: (index) => [...map.keys()][index] ?? null,
		removeItem: (key) => void map.delete(key),
		setItem: (key, value) => void map.set(key, String(value)),
	};
}

const fields: FeedbackFields = { type: 'problem', message: 'Highway 7 is missing.', name: 'Camille', email: '', consent: false };

describe('drafts', () => {
	it('are saved and read back per context', () => {
		const storage = memoryStorage();
		const key = draftKey({ type: 'problem', dataset: 'traffic-volumes' });
		expect(writeDraft(storage, key, fields, 1000)).toBe(true);
		expect(readDraft(storage, key, 2000)).toEqual({ ...fields, savedAt: 1000 });
		expect(readDraft(storage, draftKey({ type: 'problem', dataset: 'other' }), 2000)).toBeUndefined();
		expect(draftKey({ query: 'a' })).not.toBe(draftKey({ scheduleRow: 'a' }));
	});

	it('are removed when cleared or when everything typed was erased', () => {
		const storage = memoryStorage();
		const key = draftKey({});
		writeDraft(storage, key, fields, 1000);
		writeDraft(storage, key, { ...fields, message: ' ', name: '' }, 1000);
		expect(storage.map.size).toBe(0);
		writeDraft(storage, key, fields, 1000);
		clearDraft(storage, key);
		expect(readDraft(storage, key, 1000)).toBeUndefined();
	});

	it('expire, and a malformed draft is ignored', () => {
		const storage = memoryStorage();
		const key = draftKey({});
		writeDraft(storage, key, fields, 0);
		expect(readDraft(storage, key, DRAFT_MAX_AGE_MS)).toBeDefined();
		expect(readDraft(storage, key, DRAFT_MAX_AGE_MS + 1)).toBeUndefined();
		for (const text of ['{not json', '"a string"', '{"message": 3, "savedAt": 5}', '{"message": "x"}']) {
			storage.setItem(key, text);
			const draft = readDraft(storage, key, 10);
			if (draft) expect(draft).toEqual({ type: '', message: '', name: '', email: '', consent: false, savedAt: 5 });
			else expect(draft).toBeUndefined();
		}
	});

	it('never throw when storage is missing, full or disabled', () => {
		const broken = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			},
		};
		expect(readDraft(broken, 'k', 0)).toBeUndefined();
		expect(writeDraft(broken, 'k', fields, 0)).toBe(false);
		expect(() => clearDraft(broken, 'k')).not.toThrow();
		expect(writeDraft(undefined, 'k', fields, 0)).toBe(false);
		expect(readDraft(undefined, 'k', 0)).toBeUndefined();
	});
});

describe('spamVerdict', () => {
	it('traps a filled honeypot and stops a send faster than a person, unless a draft was restored', () => {
		expect(spamVerdict({ honeypot: 'http://spam.example', elapsedMs: 60_000, draftRestored: false })).toBe('trap');
		expect(spamVerdict({ honeypot: '', elapsedMs: MIN_FILL_MS - 1, draftRestored: false })).toBe('too-fast');
		expect(spamVerdict({ honeypot: '', elapsedMs: 100, draftRestored: true })).toBe('send');
		expect(spamVerdict({ honeypot: ' ', elapsedMs: MIN_FILL_MS, draftRestored: false })).toBe('send');
	});
});
