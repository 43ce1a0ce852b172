/**
 * Suggestions for a reference that names nothing: the catalogue's own ids are the candidates, so
 * `licence: OGL` suggests `ogl-belle-riviere` (the catalogue's licence) rather than a guess made
 * from the text alone.
 */
import { slugify } from '../text/slugify.ts';
import { didYouMean } from './did-you-mean.ts';

/**
 * The id of `ids` that `input` most likely means: the same id in another case or spelling
 * (`OGL` → `ogl`, `Traffic Volumes` → `traffic-volumes`), the only id that starts with it as a
 * word (`OGL` → `ogl-belle-riviere`), the only id the input starts with (`TRANSPORT` → `TRAN`),
 * or a close typo (`mtx` → `mto`). `undefined` when none fits.
 */
export function suggestId(input: string, ids: readonly string[]): string | undefined {
	const lower = input.trim().toLowerCase();
	const slug = slugify(input);
	const same = ids.find((id) => id.toLowerCase() === lower || id === slug);
	if (same !== undefined) return same;
	if (slug) {
		const extending = ids.filter((id) => id.toLowerCase().startsWith(`${slug}-`) || id.toLowerCase().startsWith(`${lower}-`));
		if (extending.length === 1) return extending[0];
		// A word that starts with a code: `TRANSPORT` → `TRAN`.
		const shortened = ids.filter((id) => id.length >= 3 && lower.startsWith(id.toLowerCase()));
		if (shortened.length === 1) return shortened[0];
	}
	return didYouMean(input, ids);
}

/** The catalogue's own ids a reference can name, by the kind of thing referred to. */
export interface CatalogueIds {
	licences: readonly string[];
	publishers: readonly string[];
	themes: readonly string[];
}

/** Which list of ids the field of a dataset file refers to. */
function idsFor(field: string, ids: CatalogueIds): readonly string[] | undefined {
	if (/^(distributions\[\d+\]\.)?licence$/.test(field)) return ids.licences;
	if (field === 'publisher') return ids.publishers;
	if (/^themes\[\d+\]$/.test(field)) return ids.themes;
	return undefined;
}

/**
 * Rewrites the hints of schema errors on references in dataset files (a licence, a publisher or a
 * theme written in a form the schema refuses) to suggest the catalogue's own id, when one fits:
 * the schema alone can only guess from the text (`OGL` → `ogl`).
 */
export function suggestCatalogueIds<T extends { code: string; file: string; field: string; got?: string; hint?: string }>(
	diagnostics: readonly T[],
	ids: CatalogueIds,
): T[] {
	return diagnostics.map((d) => {
		if (!d.code.startsWith('schema.') || !d.file.startsWith('datasets/') || d.got === undefined) return d;
		const candidates = idsFor(d.field, ids);
		const written = rawText(d.got);
		if (!candidates || written === undefined) return d;
		const guess = suggestId(written, candidates);
		return guess === undefined ? d : { ...d, hint: `did you mean "${guess}"? (one of ${candidates.join(', ')})` };
	});
}

/** The text a `got` quotes (`"OGL"` → `OGL`); `undefined` when it is not quoted text. */
function rawText(got: string): string | undefined {
	if (!got.startsWith('"')) return undefined;
	try {
		const value: unknown = JSON.parse(got);
		return typeof value === 'string' ? value : undefined;
	} catch {
		return undefined;
	}
}
