/** The mapping report of an import: what was read, written and drafted, and what each source field became. */
import type { SourceProblem, SourceSystem, Usage } from './types.ts';

/** Everything an import tells the steward. */
export interface ImportReport {
	system: SourceSystem;
	source: string;
	out: string;
	/** Records read from the source (datasets and organizations). */
	read: number;
	datasets: FileCounts & { drafted: number };
	publishers: FileCounts & { drafted: number };
	skipped: Array<{ record: string; reason: string }>;
	problems: SourceProblem[];
	/** Per source field: how many records carried it, and where it went (or `dropped`). */
	fields: Array<{ field: string; records: number; target: string }>;
	/** Why records are drafts: each missing field or unresolved licence, with how many records. */
	draftReasons: Array<{ reason: string; records: number }>;
	/** Values dropped because the catalogue's schema refuses them. */
	dropped: Array<{ field: string; reason: string; records: number }>;
	vocabularies: {
		mapped: Array<{ vocabulary: string; value: string; code: string; records: number }>;
		unmapped: Array<{ vocabulary: string; value: string; records: number }>;
	};
	catalogue: {
		licencesAdded: string[];
		themesAdded: string[];
		/** Licences records name that catalogue.yaml lacks and the importer does not know: the steward adds them. */
		licencesToAdd: Array<{ id: string; label: string; url?: string; records: number }>;
		/** Text languages of the records that are not catalogue languages. */
		otherLanguages: string[];
	};
	seconds: number;
}

/** Files written, updated, left as they were, and kept because a steward changed them. */
export interface FileCounts {
	created: number;
	updated: number;
	unchanged: number;
	kept: number;
}

/** Counts what happened across records: fields carried, values mapped or not, reasons. */
export class Tally {
	private readonly fieldRecords = new Map<string, number>();
	private readonly fieldTargets = new Map<string, string>();
	private readonly counters = new Map<string, Map<string, number>>();

	/** Counts one record's source fields and where its mapping sent them. */
	record(fields: readonly string[], usage: Usage): void {
		for (const field of fields) {
			this.fieldRecords.set(field, (this.fieldRecords.get(field) ?? 0) + 1);
			const target = usage.targets.get(field);
			if (target) this.fieldTargets.set(field, target);
		}
		const seen = new Set<string>();
		for (const m of usage.mapped) this.once(seen, 'mapped', `${m.vocabulary}\u0000${m.value}\u0000${m.code}`);
		for (const u of usage.unmapped) this.once(seen, 'unmapped', `${u.vocabulary}\u0000${u.value}`);
	}

	/** Counts one occurrence of `key` under `counter` (a draft reason, a dropped field, a licence to add). */
	count(counter: string, key: string): void {
		const map = this.counters.get(counter) ?? new Map<string, number>();
		map.set(key, (map.get(key) ?? 0) + 1);
		this.counters.set(counter, map);
	}

	private once(seen: Set<string>, counter: string, key: string): void {
		if (seen.has(`${counter}:${key}`)) return;
		seen.add(`${counter}:${key}`);
		this.count(counter, key);
	}

	fields(): ImportReport['fields'] {
		return [...this.fieldRecords]
			.map(([field, records]) => ({ field, records, target: this.fieldTargets.get(field) ?? 'dropped' }))
			.sort((a, b) => b.records - a.records || (a.field < b.field ? -1 : 1));
	}

	/** Entries of a counter, most frequent first, each split on NUL into its parts. */
	entries(counter: string): Array<{ parts: string[]; records: number }> {
		return [...(this.counters.get(counter) ?? new Map<string, number>())]
			.map(([key, records]) => ({ parts: key.split('\u0000'), records }))
			.sort((a, b) => b.records - a.records || (a.parts.join() < b.parts.join() ? -1 : 1));
	}
}
