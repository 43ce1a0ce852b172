import { describe, expect, it } from 'vitest';
import { editUrl, historyUrl, newFileUrl, sourceRepository } from '../../src/lib/site/source-links.ts';

describe('source links', () => {
	it('come from SOURCE_REPOSITORY, else GitHub Actions’ GITHUB_REPOSITORY, on main unless SOURCE_BRANCH says otherwise', () => {
		expect(sourceRepository({ GITHUB_REPOSITORY: 'ministry/catalogue' })).toEqual({ repository: 'ministry/catalogue', branch: 'main' });
		expect(sourceRepository({ SOURCE_REPOSITORY: 'a/b', GITHUB_REPOSITORY: 'c/d', SOURCE_BRANCH: 'release/2026' })).toEqual({
			repository: 'a/b',
			branch: 'release/2026',
		});
		expect(sourceRepository({})).toBeUndefined();
	});

	it('refuse a malformed repository or branch rather than link somewhere else', () => {
		for (const env of [
			{ SOURCE_REPOSITORY: 'a/b/c' },
			{ SOURCE_REPOSITORY: 'https://evil.example/a' },
			{ SOURCE_REPOSITORY: 'a/b', SOURCE_BRANCH: '../x' },
			{ SOURCE_REPOSITORY: 'a/b', SOURCE_BRANCH: 'a b' },
		]) {
			expect(sourceRepository(env), JSON.stringify(env)).toBeUndefined();
		}
	});

	it('open GitHub’s editor and the file’s history, each path segment encoded', () => {
		const source = { repository: 'ministry/catalogue', branch: 'main' };
		expect(editUrl(source, 'datasets/mto/traffic-volumes.yaml')).toBe('https://github.com/ministry/catalogue/edit/main/datasets/mto/traffic-volumes.yaml');
		expect(historyUrl(source, 'datasets/mto/traffic-volumes.yaml')).toBe(
			'https://github.com/ministry/catalogue/commits/main/datasets/mto/traffic-volumes.yaml',
		);
		expect(editUrl({ repository: 'a/b', branch: 'x/y' }, 'datasets/mto/a#b.yaml')).toBe('https://github.com/a/b/edit/x/y/datasets/mto/a%23b.yaml');
	});
});

describe('newFileUrl', () => {
	const source = { repository: 'ministry/catalogue', branch: 'release/2026' };
	it('opens GitHub’s new-file page with the file name and content filled in, encoded', () => {
		const url = new URL(newFileUrl(source, 'datasets/mto/a b.yaml', 'title:\n  en: A & B ?#\n')!);
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/ministry/catalogue/new/release/2026');
		expect(url.searchParams.get('filename')).toBe('datasets/mto/a b.yaml');
		expect(url.searchParams.get('value')).toBe('title:\n  en: A & B ?#\n');
	});

	it('gives nothing when the address would be too long for GitHub', () => {
		expect(newFileUrl(source, 'datasets/mto/a.yaml', 'x'.repeat(9000))).toBeUndefined();
		expect(newFileUrl(source, 'datasets/mto/a.yaml', 'x'.repeat(100), 200)).toBeDefined();
	});
});
