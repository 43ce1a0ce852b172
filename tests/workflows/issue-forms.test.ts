/** The GitHub issue forms the feedback form's github channel opens, and the links that fill them in. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubIssueUrl, issueTemplate } from '../../src/lib/feedback/links.ts';
import { FEEDBACK_TYPES } from '../../src/lib/feedback/prefill.ts';
import { REPO_ROOT } from '../browser/support/build.ts';

interface IssueForm {
	name: string;
	description: string;
	labels: string[];
	body: Array<{ type: string; id?: string; attributes: { label?: string }; validations?: { required?: boolean } }>;
}

const folder = join(REPO_ROOT, '.github/ISSUE_TEMPLATE');
const readForm = (file: string) => parse(readFileSync(join(folder, file), 'utf8')) as IssueForm;

describe('the feedback issue forms', () => {
	it('exist for every feedback type, and nothing else is in the folder', () => {
		expect(readdirSync(folder).sort()).toEqual(['config.yml', ...FEEDBACK_TYPES.map(issueTemplate)].sort());
	});

	it.each(FEEDBACK_TYPES)('%s: labels the issue and has a field for every value the link fills in', (type) => {
		const form = readForm(issueTemplate(type));
		expect(form.name).toBeTruthy();
		expect(form.description).toBeTruthy();
		expect(form.labels).toEqual(['feedback', type]);
		const url = new URL(
			githubIssueUrl('o/r', {
				catalogue: 'https://example.org/',
				language: 'en',
				type,
				subject: 's',
				message: 'a message',
				dataset: 'd',
				publisher: 'p',
				query: 'q',
				schedule_row: 'r',
				page: 'https://example.org/en/',
			}),
		);
		expect(url.searchParams.get('template')).toBe(issueTemplate(type));
		const filled = [...url.searchParams.keys()].filter((key) => !['template', 'title', 'labels'].includes(key));
		const ids = form.body.flatMap((element) => (element.id ? [element.id] : []));
		expect(ids.sort()).toEqual(filled.sort());
		expect(form.body.find((element) => element.id === 'message')?.validations?.required).toBe(true);
	});
});
