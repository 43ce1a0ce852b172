/**
 * `link-report.json`: the link checker's last results, kept in the catalogue's repository so that
 * its history shows when a link broke. `npm run check-links` writes it; the build only reads it.
 * The file is bounded in size and checked field by field before use, since it is committed like
 * any other file.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINK_OUTCOMES, type LinkResult } from './link-result.ts';

/** The report's file name, at the catalogue's root. */
export const LINK_REPORT_FILE = 'link-report.json';

/** The largest report the build reads (about 100,000 links). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** The report: when the run started and ended, and each address checked with its result. */
export interface LinkReport {
	startedAt: string;
	finishedAt: string;
	/** Results by address, in address order. */
	links: Record<string, LinkResult>;
}

/** A report with no links (a catalogue whose links were never checked). */
export const EMPTY_REPORT: LinkReport = { startedAt: '', finishedAt: '', links: {} };

/**
 * The report in `root`, or {@link EMPTY_REPORT} when there is none. Throws an error naming the
 * file and what is wrong when it is too large, a symbolic link, or not a report.
 */
export function readLinkReport(root: string): LinkReport {
	const path = join(root, LINK_REPORT_FILE);
	let stat;
	try {
		stat = lstatSync(path);
	} catch {
		return EMPTY_REPORT;
	}
	if (!stat.isFile()) throw new Error(`${LINK_REPORT_FILE}: is not a regular file (symbolic links are not followed)`);
	if (stat.size > MAX_REPORT_BYTES) throw new Error(`${LINK_REPORT_FILE}: is ${stat.size} bytes, more than the ${MAX_REPORT_BYTES} allowed`);
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${LINK_REPORT_FILE}: is not valid JSON (${(error as Error).message}); run npm run check-links to write it again`, { cause: error });
	}
	return parseLinkReport(data);
}

/** A report from parsed JSON; throws naming the first field that is not what a report holds. */
export function parseLinkReport(data: unknown): LinkReport {
	const fail = (field: string, expected: string): never => {
		throw new Error(`${LINK_REPORT_FILE}: ${field} should be ${expected}; run npm run check-links to write it again`);
	};
	if (!isObject(data)) return fail('the file', 'an object');
	if (typeof data.startedAt !== 'string') fail('startedAt', 'a date-time');
	if (typeof data.finishedAt !== 'string') fail('finishedAt', 'a date-time');
	if (!isObject(data.links)) return fail('links', 'an object of results by address');
	const links: Record<string, LinkResult> = {};
	for (const [url, result] of Object.entries(data.links)) {
		if (!isObject(result)) return fail(`links["${url}"]`, 'an object');
		if (!LINK_OUTCOMES.includes(result.outcome as LinkResult['outcome'])) fail(`links["${url}"].outcome`, `one of ${LINK_OUTCOMES.join(', ')}`);
		if (typeof result.checkedAt !== 'string' || Number.isNaN(Date.parse(result.checkedAt))) fail(`links["${url}"].checkedAt`, 'a date-time');
		if (result.status !== undefined && typeof result.status !== 'number') fail(`links["${url}"].status`, 'a number');
		if (typeof result.attempts !== 'number') fail(`links["${url}"].attempts`, 'a number');
		links[url] = result as unknown as LinkResult;
	}
	return { startedAt: data.startedAt as string, finishedAt: data.finishedAt as string, links };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
