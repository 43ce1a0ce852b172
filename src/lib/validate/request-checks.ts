import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hintOf } from '../diagnostics/registry.ts';
import { fileNameMismatch, unknownPublisher } from '../diagnostics/findings.ts';
import { diagnosticAt, type Finding } from '../diagnostics/located.ts';
import type { DataPath } from '../load/locate.ts';
import type { RequestRecord } from '../records.ts';
import type { CheckedFile } from './cross-checks.ts';
import { didYouMean } from './did-you-mean.ts';

/** Everything the request log's checks look at. */
export interface RequestCheckInput {
	requests: CheckedFile<RequestRecord>[];
	/** Every publisher and dataset file found, valid or not, so a broken file does not also break the references to it. */
	publisherIds: readonly string[];
	datasetIds: readonly string[];
	/** The last day a date may be, YYYY-MM-DD; later dates are reported as being in the future. */
	latestDate: string;
}

/**
 * The checks of `requests/<id>.yaml` a schema cannot express: the id equals the file name, the
 * publisher and datasets exist, status updates are in order and none precedes the request, a
 * released request names what was released, and (a warning) no date is in the future.
 */
export function checkRequests({ requests, publisherIds, datasetIds, latestDate }: RequestCheckInput): Diagnostic[] {
	const out: Diagnostic[] = [];
	const publishers = new Set(publisherIds);
	const datasets = new Set(datasetIds);
	for (const file of requests) {
		const { record } = file;
		const report = (severity: Diagnostic['severity'], path: DataPath, finding: Finding) => out.push(diagnosticAt(file.parsed, severity, path, finding));

		if (record.id !== file.stem) {
			report('error', ['id'], fileNameMismatch(file.stem, record.id));
		}
		if (!publishers.has(record.publisher)) {
			const guess = didYouMean(record.publisher, publisherIds);
			report('error', ['publisher'], unknownPublisher(record.publisher, guess));
		}
		record.datasets?.forEach((id, index) => {
			if (datasets.has(id)) return;
			const guess = didYouMean(id, datasetIds);
			report('error', ['datasets', index], {
				code: 'ref.dataset',
				message: 'refers to a dataset that does not exist',
				expected: 'the identifier of a file in datasets/<publisher>/',
				got: JSON.stringify(id),
				hint: guess ? `did you mean "${guess}"?` : 'publish the dataset first, or remove it from the list',
			});
		});

		const future = (path: DataPath, date: string) =>
			report('warning', path, {
				code: 'date.future',
				message: 'is in the future',
				expected: `${latestDate} or earlier`,
				got: date,
				hint: hintOf('date.future'),
			});
		if (record.received > latestDate) future(['received'], record.received);
		record.updates.forEach((update, index) => {
			const path: DataPath = ['updates', index, 'date'];
			const previous = record.updates[index - 1];
			if (index === 0 && update.date < record.received) {
				report('error', path, {
					code: 'date.order',
					message: 'is earlier than received',
					expected: `${record.received} or later`,
					got: update.date,
					hint: 'a request cannot be answered before it came in',
				});
			} else if (previous && update.date < previous.date) {
				report('error', path, {
					code: 'date.order',
					message: 'is earlier than the update before it',
					expected: `${previous.date} or later`,
					got: update.date,
					hint: 'list the updates oldest first',
				});
			}
			if (update.date > latestDate) future(path, update.date);
			if (update.status === 'released' && !record.datasets) {
				report('error', ['updates', index, 'status'], {
					code: 'request.released-without-dataset',
					message: 'says the data was released, but the request names no dataset',
					hint: hintOf('request.released-without-dataset'),
				});
			}
		});
	}
	return out;
}

/**
 * The latest date a request may carry when checked on `now`: tomorrow in UTC, so that a steward
 * ahead of UTC who writes their own today's date is not warned.
 */
export function latestAllowedDate(now: Date): string {
	return new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
