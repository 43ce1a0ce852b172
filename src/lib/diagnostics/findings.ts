import type { Finding } from './located.ts';

/**
 * Findings that several checks report in the same words (datasets, publishers, requests, plans):
 * written once here so the wording cannot drift between kinds of file.
 */

/** An `id` (or `identifier`) that is not the file's name. */
export function fileNameMismatch(stem: string, id: string, field = 'id'): Finding {
	return {
		code: 'id.file-name',
		message: 'must equal the file name',
		expected: JSON.stringify(stem),
		got: JSON.stringify(id),
		hint: `rename the file to ${id}.yaml or change the ${field}`,
	};
}

/** A reference to a publisher that has no file in publishers/, with a likely spelling if there is one. */
export function unknownPublisher(id: string, guess: string | undefined): Finding {
	return {
		code: 'ref.publisher',
		message: 'refers to a publisher that does not exist',
		expected: 'the id of a file in publishers/',
		got: JSON.stringify(id),
		hint: guess ? `did you mean "${guess}"?` : `add publishers/${id}.yaml or fix the reference`,
	};
}
