import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPath, locate } from '../load/locate.ts';
import type { CatalogueRecord } from '../records.ts';
import type { CheckedFile } from './cross-checks.ts';

/** Hosts a catalogue is tried out on before it is deployed, where plain http is expected. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks `feedback` in catalogue.yaml beyond its schema: an endpoint on plain http (other than on
 * the operator's own machine) is a warning, since people's messages, names and e-mail addresses
 * would cross the network unencrypted.
 */
export function checkFeedbackConfig(catalogue: CheckedFile<CatalogueRecord> | undefined): Diagnostic[] {
	const endpoint = catalogue?.record.feedback?.endpoint;
	if (!catalogue || endpoint === undefined || !URL.canParse(endpoint)) return [];
	const url = new URL(endpoint);
	if (url.protocol !== 'http:' || LOCAL_HOSTS.has(url.hostname)) return [];
	const path = ['feedback', 'endpoint'];
	return [
		{
			severity: 'warning',
			code: 'feedback.insecure-endpoint',
			file: catalogue.parsed.file,
			...locate(catalogue.parsed, path),
			field: formatPath(path),
			message: 'sends people’s messages unencrypted',
			expected: 'an address starting with https://',
			got: JSON.stringify(endpoint),
			hint: 'use https so that messages, names and e-mail addresses cannot be read on the way',
		},
	];
}
