/**
 * Whether a media type is in the IANA registry (the MQA's vocabulary for `dcat:mediaType`). The
 * list is the project's own copy, `src/lib/vocabularies/media-types.json`.
 */
import mediaTypes from '../vocabularies/media-types.json' with { type: 'json' };

const registered = new Set(mediaTypes.types);

/** Whether `mediaType` (e.g. `text/csv`, any case, parameters ignored) is registered with IANA. */
export function isRegisteredMediaType(mediaType: string): boolean {
	return registered.has(mediaType.split(';')[0]!.trim().toLowerCase());
}
