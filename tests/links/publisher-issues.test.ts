import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyIssueActions, listOpenIssues, type GitHubTarget } from '../../src/lib/links/github-issues.ts';
import { issueBody, marker, planIssueActions, type PublisherLink } from '../../src/lib/links/publisher-issues.ts';

const link = (url: string, dataset = 'traffic-volumes', outcome: PublisherLink['result']['outcome'] = 'not-found'): PublisherLink => ({
	url,
	dataset,
	distribution: 1,
	field: 'download_url',
	result: { outcome, status: outcome === 'not-found' ? 404 : undefined, attempts: 1, checkedAt: '2026-11-20T10:00:00Z' },
});

/** A fake of the GitHub issues API: issues in memory, and every call made. */
function fakeGitHub() {
	const issues: Array<{ number: number; title: string; body: string; labels: string[]; state: string; comments: string[] }> = [];
	const calls: string[] = [];
	const server: Server = createServer(async (req, res) => {
		let text = '';
		for await (const chunk of req) text += chunk;
		const body = text ? JSON.parse(text) : undefined;
		const url = new URL(req.url!, 'http://x');
		calls.push(`${req.method} ${url.pathname}${req.headers.authorization === 'Bearer secret' ? '' : ' (no token)'}`);
		const json = (status: number, value: unknown) => {
			res.writeHead(status, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(value));
		};
		const match = /^\/repos\/office\/catalogue\/issues(?:\/(\d+))?(\/comments)?$/.exec(url.pathname);
		if (!match || req.headers.authorization !== 'Bearer secret') return json(404, { message: 'Not Found' });
		const issue = match[1] ? issues.find((i) => i.number === Number(match[1])) : undefined;
		if (req.method === 'GET' && !match[1]) {
			const label = url.searchParams.get('labels');
			return json(
				200,
				issues.filter((i) => i.state === url.searchParams.get('state') && (!label || i.labels.includes(label))),
			);
		}
		if (req.method === 'POST' && !match[1]) {
			const created = { number: issues.length + 1, title: body.title, body: body.body, labels: body.labels, state: 'open', comments: [] };
			issues.push(created);
			return json(201, created);
		}
		if (!issue) return json(404, { message: 'Not Found' });
		if (req.method === 'POST' && match[2]) {
			issue.comments.push(body.body);
			return json(201, {});
		}
		if (req.method === 'PATCH') {
			Object.assign(issue, body);
			return json(200, issue);
		}
		return json(405, {});
	});
	return { server, issues, calls };
}

describe('planIssueActions', () => {
	it('opens an issue for a publisher with broken links, updates it when they change, and closes it when they are fixed', () => {
		const first = planIssueActions(
			new Map([
				['mto', [link('https://a.example/x.csv')]],
				['moh', []],
			]),
			[],
			'2026-11-20T10:05:00Z',
		);
		expect(first).toEqual([
			{ kind: 'create', publisher: 'mto', title: 'Broken links: mto', body: issueBody('mto', [link('https://a.example/x.csv')], '2026-11-20T10:05:00Z') },
		]);
		const open = [{ number: 7, body: first[0]!.kind === 'create' ? first[0]!.body : '' }];
		expect(planIssueActions(new Map([['mto', [link('https://a.example/x.csv')]]]), open, '2026-11-20T10:05:00Z')).toEqual([]);
		expect(planIssueActions(new Map([['mto', [link('https://a.example/y.csv')]]]), open, '2026-11-27T10:05:00Z')).toMatchObject([
			{ kind: 'update', number: 7 },
		]);
		expect(planIssueActions(new Map([['mto', []]]), open, '2026-11-27T10:05:00Z')).toMatchObject([{ kind: 'close', number: 7, publisher: 'mto' }]);
	});

	it('writes untrusted addresses as inline code, so they cannot break out into Markdown or mention anyone', () => {
		const body = issueBody('mto', [link('https://a.example/`@everyone`\n# Heading')], '2026-11-20T10:05:00Z');
		expect(body.startsWith(marker('mto'))).toBe(true);
		expect(body).toContain(
			'- [ ] `https://a.example/@everyone# Heading` — dataset `traffic-volumes`, distribution 1 (`download_url`): not-found (HTTP 404), 2026-11-20',
		);
		expect(body.split('\n')).toHaveLength(4);
	});

	it('names a dataset’s own landing page or documentation link by its field, without a distribution', () => {
		const { distribution: _none, ...landing } = { ...link('https://a.example/about'), field: 'landing_page' as const };
		const body = issueBody('mto', [landing, { ...link('https://a.example/x.csv'), distribution: 2 }], '2026-11-20T10:05:00Z');
		expect(body.split('\n').slice(3)).toEqual([
			'- [ ] `https://a.example/about` — dataset `traffic-volumes`, `landing_page`: not-found (HTTP 404), 2026-11-20',
			'- [ ] `https://a.example/x.csv` — dataset `traffic-volumes`, distribution 2 (`download_url`): not-found (HTTP 404), 2026-11-20',
		]);
	});
});

describe('the issues on a (fake) GitHub', () => {
	const github = fakeGitHub();
	let target: GitHubTarget;
	beforeAll(async () => {
		await new Promise<void>((resolve) => github.server.listen(0, '127.0.0.1', resolve));
		target = { apiUrl: `http://127.0.0.1:${(github.server.address() as AddressInfo).port}`, repository: 'office/catalogue', token: 'secret' };
	});
	afterAll(() => new Promise((resolve) => github.server.close(resolve)));

	const sync = async (broken: Map<string, PublisherLink[]>, checkedAt: string) =>
		applyIssueActions(target, planIssueActions(broken, await listOpenIssues(target), checkedAt));

	it('keeps one issue per publisher through a week of breakage, a change and a fix', async () => {
		await sync(
			new Map([
				['mto', [link('https://a.example/x.csv')]],
				['edu', [link('https://b.example/y.csv', 'school-locations', 'timeout')]],
			]),
			'2026-11-20T10:05:00Z',
		);
		expect(github.issues.map((i) => [i.number, i.title, i.state, i.labels])).toEqual([
			[1, 'Broken links: edu', 'open', ['broken-links']],
			[2, 'Broken links: mto', 'open', ['broken-links']],
		]);
		await sync(
			new Map([
				['mto', [link('https://a.example/x.csv'), link('https://a.example/z.csv')]],
				['edu', [link('https://b.example/y.csv', 'school-locations', 'timeout')]],
			]),
			'2026-11-20T10:05:00Z',
		);
		expect(github.issues).toHaveLength(2);
		expect(github.issues[1]!.body).toContain('https://a.example/z.csv');
		await sync(
			new Map([
				['mto', []],
				['edu', [link('https://b.example/y.csv', 'school-locations', 'timeout')]],
			]),
			'2026-11-20T10:05:00Z',
		);
		expect(github.issues.map((i) => [i.number, i.state])).toEqual([
			[1, 'open'],
			[2, 'closed'],
		]);
		expect(github.issues[1]!.comments).toEqual(['Every link of `mto` answered in the link check of 2026-11-20. Closing.']);
		expect(github.calls.every((call) => !call.endsWith('(no token)'))).toBe(true);
	});

	it('reports an API error with its status', async () => {
		await expect(listOpenIssues({ ...target, repository: 'someone/else' })).rejects.toThrow(/GitHub API GET \/issues\?state=open.* answered 404/);
	});
});
