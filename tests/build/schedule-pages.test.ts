/**
 * The schedule and inventory pages of the example catalogue, built with the as-of date pinned:
 * what they list is checked against the schedule CSVs and dataset files, read here independently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildExampleSite, EXAMPLE_AS_OF, REPO_ROOT, type BuiltSite } from '../browser/support/build.ts';

interface Row {
	publisher: string;
	dataset_id: string;
	planned_release: string;
	status: string;
	actual_release?: string;
}

/** The last day a planned release covers, computed without the project's code. */
function dueBy(planned: string): string {
	const [year, part] = [Number(planned.slice(0, 4)), planned.slice(5)];
	if (/^\d{2}-\d{2}$/.test(part)) return planned;
	const month = part.startsWith('Q') ? Number(part.slice(1)) * 3 : Number(part);
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

const rows: Row[] = readdirSync(join(REPO_ROOT, 'schedules'))
	.filter((file) => file.endsWith('.csv'))
	.flatMap((file) => {
		const text = readFileSync(join(REPO_ROOT, 'schedules', file), 'utf8').replace(/^\ufeff/, '');
		const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
		return parsed.data.map((row) => ({ ...row, publisher: file.replace(/\.csv$/, '') }) as unknown as Row);
	});
const isOverdue = (row: Row) => ['planned', 'in_progress'].includes(row.status) && dueBy(row.planned_release) < EXAMPLE_AS_OF;
const datasets = readdirSync(join(REPO_ROOT, 'datasets')).flatMap((folder) =>
	readdirSync(join(REPO_ROOT, 'datasets', folder)).map(
		(file) => parse(readFileSync(join(REPO_ROOT, 'datasets', folder, file), 'utf8')) as { identifier: string; access_level: string; exemption?: string },
	),
);

let site: BuiltSite;
const page = (path: string) => readFileSync(join(site.dir, path, 'index.html'), 'utf8');
const main = (path: string) => {
	const html = page(path);
	return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};
/** The ids of the rows of the table whose caption has id `captionId`. */
const rowIds = (html: string, captionId: string) => {
	const start = html.indexOf(`id="${captionId}"`);
	const table = html.slice(start, html.indexOf('</table>', start));
	return [...table.matchAll(/<tr id="release-([a-z0-9-]+)"/g)].map((m) => m[1]);
};

beforeAll(async () => {
	site = await buildExampleSite();
});
afterAll(() => site?.remove());

describe('the schedule overview', () => {
	it('has the example data it is meant to show: releases on time, late, delayed with a reason, and overdue', () => {
		expect(rows.filter(isOverdue).length).toBeGreaterThanOrEqual(3);
		expect(rows.filter((r) => r.status === 'delayed').length).toBeGreaterThanOrEqual(2);
		expect(rows.filter((r) => r.status === 'released' && r.actual_release! <= dueBy(r.planned_release)).length).toBeGreaterThanOrEqual(2);
		expect(rows.filter((r) => r.status === 'released' && r.actual_release! > dueBy(r.planned_release)).length).toBeGreaterThanOrEqual(1);
	});

	for (const lang of ['en', 'fr']) {
		it(`lists exactly the overdue releases first, by due date (${lang})`, () => {
			const html = main(`${lang}/schedule`);
			const expected = rows
				.filter(isOverdue)
				.sort((a, b) => dueBy(a.planned_release).localeCompare(dueBy(b.planned_release)) || a.publisher.localeCompare(b.publisher))
				.map((r) => r.dataset_id);
			expect(rowIds(html, 'overdue-caption')).toEqual(expected);
			const sections = [...html.matchAll(/<h2 id="([a-z-]+)"/g)].map((m) => m[1]);
			expect(sections.slice(0, 3)).toEqual(['figures-heading', 'overdue-heading', 'publishers-heading']);
		});
	}

	it('counts the releases by state in its figures', () => {
		const html = main('en/schedule');
		const figure = (state: string) => new RegExp(`stats__item--state-${state}"><span class="stats__number">(\\d+)<`).exec(html)?.[1];
		expect(figure('released')).toBe(String(rows.filter((r) => r.status === 'released').length));
		expect(figure('overdue')).toBe(String(rows.filter(isOverdue).length));
		expect(figure('delayed')).toBe(String(rows.filter((r) => r.status === 'delayed').length));
		expect(figure('cancelled')).toBe(String(rows.filter((r) => r.status === 'cancelled').length));
		expect(figure('planned')).toBe(String(rows.filter((r) => ['planned', 'in_progress'].includes(r.status) && !isOverdue(r)).length));
		const released = rows.filter((r) => r.status === 'released');
		const onTime = released.filter((r) => r.actual_release! <= dueBy(r.planned_release)).length;
		expect(html).toContain(`${Math.round((onTime / released.length) * 100)}%</span><span class="stats__label">of releases delivered on time`);
	});

	it('draws each chart as a titled figure whose bars say their counts by status in text, followed by a table', () => {
		const html = main('en/schedule');
		const charts = [
			...html.matchAll(
				/<figure class="chart" id="([\w-]+)" aria-labelledby="\1-title"[^>]*>\s*<figcaption id="\1-title"[^>]*>([^<]+)<\/figcaption>([\s\S]*?)<\/figure>/g,
			),
		];
		expect(charts.map((m) => m[1])).toEqual(['publishers-chart', 'commitments-chart', 'timeline-chart']);
		const mto = rows.filter((r) => r.publisher === 'mto');
		const mtoBar = /<span class="chart__label">\s*MTO\s*<span class="chart__total">(\d+)<\/span>[\s\S]*?<span class="chart__counts">([^<]+)<\/span>/.exec(
			charts[0]![3]!,
		);
		expect(mtoBar?.[1]).toBe(String(mto.length));
		expect(mtoBar?.[2]).toContain(`${mto.filter((r) => r.status === 'released').length} Released`);
		expect(charts[0]![3]).toContain('aria-hidden="true"');
		expect(html).toMatch(/Q4 2026 \(current quarter\)/);
		for (const [, id] of charts) expect(html.indexOf(`id="${id!.replace('-chart', '-caption')}"`)).toBeGreaterThan(html.indexOf(`id="${id}-title"`));
		expect(html).not.toMatch(/<script/);
	});

	it('gives each commitment its milestones complete and its releases by state, with the on-time rate', () => {
		const html = main('en/schedule');
		const start = html.indexOf('href="/en/schedule/commitments/open-data-charter/"');
		const cells = [...html.slice(start, html.indexOf('</tr>', start)).matchAll(/<td class="table__number">([^<]+)<\/td>/g)].map((m) => m[1]);
		const mine = rows.filter((r) => (r as any).commitment === 'open-data-charter');
		const released = mine.filter((r) => r.status === 'released');
		const onTime = released.filter((r) => r.actual_release! <= dueBy(r.planned_release)).length;
		expect(cells).toEqual([
			'2 / 4',
			String(released.length),
			String(mine.filter((r) => ['planned', 'in_progress'].includes(r.status) && !isOverdue(r)).length),
			String(mine.filter((r) => r.status === 'delayed').length),
			String(mine.filter(isOverdue).length),
			String(mine.filter((r) => r.status === 'cancelled').length),
			`${Math.round((onTime / released.length) * 100)}%`,
		]);
	});

	it('links to the exports and every ministry schedule and commitment page', () => {
		const html = main('fr/schedule');
		expect(html).toContain('href="/schedule.csv"');
		expect(html).toContain('href="/schedule.json"');
		for (const publisher of new Set(rows.map((r) => r.publisher))) expect(html).toContain(`href="/fr/schedule/publishers/${publisher}/"`);
		expect(html).toContain('href="/fr/schedule/commitments/open-data-charter/"');
		expect(html).toContain('Charte internationale sur les données ouvertes');
	});
});

describe('a ministry schedule page', () => {
	it('has a row with a stable id for each planned release, linked to its dataset when it has one', () => {
		const html = main('en/schedule/publishers/mto');
		const mto = rows.filter((r) => r.publisher === 'mto');
		expect(rowIds(html, 'releases-caption').sort()).toEqual(mto.map((r) => r.dataset_id).sort());
		expect(html).toContain('href="/en/datasets/road-salt-use/"');
		expect(html).toMatch(
			/<tr id="release-bridge-condition-ratings" class="release release--overdue">[\s\S]*?Bridge condition ratings[\s\S]*?not in the catalogue yet/,
		);
		expect(html).toMatch(/release-electric-vehicle-registrations[\s\S]*?badge--state-delayed[\s\S]*?Reason for delay:/);
	});

	/** The HTML of the row of `datasetId` on a page. */
	const row = (html: string, datasetId: string) => {
		const start = html.indexOf(`<tr id="release-${datasetId}"`);
		expect(start, datasetId).toBeGreaterThan(0);
		return html.slice(start, html.indexOf('</tr>', start));
	};

	it('offers "This matters to me" on every release still to come, with the row filled in, and not on released or cancelled ones', () => {
		for (const lang of ['en', 'fr']) {
			for (const publisher of new Set(rows.map((r) => r.publisher))) {
				const html = main(`${lang}/schedule/publishers/${publisher}`);
				for (const r of rows.filter((x) => x.publisher === publisher)) {
					const cells = row(html, r.dataset_id);
					const link = /href="(\/\w+\/feedback\/\?type=plan&amp;[^"]*)"/.exec(cells)?.[1];
					const upcoming = r.status !== 'released' && r.status !== 'cancelled';
					expect(link !== undefined, `${lang} ${publisher}/${r.dataset_id}`).toBe(upcoming);
					if (!link) continue;
					const params = new URLSearchParams(link.slice(link.indexOf('?')).replaceAll('&amp;', '&'));
					expect(link.startsWith(`/${lang}/feedback/`)).toBe(true);
					expect(params.get('publisher')).toBe(publisher);
					expect(params.get('schedule')).toBe(`${publisher}/${r.dataset_id}`);
				}
			}
		}
		expect(row(main('fr/schedule/publishers/mto'), 'bridge-condition-ratings')).toMatch(/>Cela compte pour moi<span class="visually-hidden">: /);
	});

	it('links a release to the requests of the request log about its dataset', () => {
		const ev = row(main('en/schedule/publishers/mto'), 'electric-vehicle-registrations');
		expect(ev).toContain('Asked for in the request log:');
		expect(ev).toContain('href="/en/requests/electric-vehicles-by-postal-area/"');
		expect(row(main('en/schedule/publishers/mto'), 'road-salt-use')).not.toContain('/requests/');
	});
});

describe('a commitment page', () => {
	it('lists the milestones with their completion levels and evidence, and the releases that refer to it', () => {
		const html = main('en/schedule/commitments/open-data-charter');
		expect(html).toMatch(/<h1>Make government data open by default/);
		expect(html.match(/badge--completion-complete/g)).toHaveLength(2);
		expect(html).toContain('badge--completion-substantial');
		expect(html).toContain('href="https://www.belle-riviere.example/open-data/inventory"');
		expect(html).toContain('Principle 1b: Open by Default');
		expect(rowIds(html, 'releases-caption').length).toBe(rows.filter((r) => (r as any).commitment === 'open-data-charter').length);
		expect(main('en/schedule/commitments/youth-engagement')).toContain('(past its end date)');
	});
});

describe('the inventory page', () => {
	for (const lang of ['en', 'fr']) {
		it(`lists every dataset once, under its access level (${lang})`, () => {
			const html = main(`${lang}/inventory`);
			for (const level of ['open', 'restricted', 'under_review']) {
				const start = html.indexOf(`id="${level}-caption"`);
				const table = html.slice(start, html.indexOf('</table>', start));
				const listed = [...table.matchAll(/href="\/\w\w\/datasets\/([a-z0-9-]+)\/"/g)].map((m) => m[1]).sort();
				expect(listed, level).toEqual(
					datasets
						.filter((d) => d.access_level === level)
						.map((d) => d.identifier)
						.sort(),
				);
			}
		});
	}

	it('gives the exemption and rationale of restricted data and the planned release of data under review', () => {
		const html = main('en/inventory');
		expect(html).toMatch(/physician-billing[\s\S]*?Privacy[\s\S]*?Personal Health Information Protection Act/);
		const review = rows.find((r) => r.dataset_id === 'service-centre-wait-times')!;
		expect(html).toMatch(
			new RegExp(`href="/en/schedule/publishers/${review.publisher}/#release-service-centre-wait-times">Q3 2026</a><span class="badge badge--state-overdue">`),
		);
		const underReview = datasets.filter((d) => d.access_level === 'under_review');
		for (const dataset of underReview) {
			const row = rows.find((r) => r.dataset_id === dataset.identifier);
			expect(html, dataset.identifier).toContain(row ? `#release-${dataset.identifier}">` : 'No release planned');
		}
	});

	it('lists the planned datasets that have no metadata file yet, and links to its exports', () => {
		const html = main('en/inventory');
		const described = new Set(datasets.map((d) => d.identifier));
		expect(rowIds(html, 'planned-caption').sort()).toEqual(
			rows
				.filter((r) => !described.has(r.dataset_id))
				.map((r) => r.dataset_id)
				.sort(),
		);
		expect(html).toContain('href="/inventory.csv"');
		expect(html).toContain('href="/inventory.json"');
	});
});

describe('a dataset page', () => {
	it('shows its planned release, that it is overdue, and links to its row in the schedule', () => {
		const html = main('fr/datasets/service-centre-wait-times');
		expect(html).toContain('<h2 id="release-heading">Calendrier de diffusion</h2>');
		expect(html).toContain('T3 2026');
		expect(html).toContain('<span class="badge badge--state-overdue">En retard</span>');
		expect(html).toContain('href="/fr/schedule/publishers/mgcs/#release-service-centre-wait-times"');
		expect(main('en/datasets/traffic-volumes')).not.toContain('release-heading');
	});
});

describe('site-wide', () => {
	it('puts the inventory and the schedule in the main menu and the sitemap', () => {
		expect(page('en')).toContain('<a href="/en/schedule/">Implementation schedule</a>');
		expect(page('fr')).toContain('<a href="/fr/inventory/">Inventaire</a>');
		const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
		for (const path of ['/en/inventory/', '/fr/schedule/', '/en/schedule/publishers/moh/', '/fr/schedule/commitments/youth-engagement/'])
			expect(sitemap).toContain(`<loc>http://127.0.0.1${path}</loc>`);
	});

	it('writes the CSV exports with a byte-order mark, so spreadsheets read French text correctly', () => {
		for (const file of ['schedule.csv', 'inventory.csv']) {
			const bytes = readFileSync(join(site.dir, file));
			expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
			expect(bytes.toString('utf8'), file).toContain('\r\n');
		}
		expect(readFileSync(join(site.dir, 'schedule.csv'), 'utf8')).toContain('Cotes d’état des ponts');
		expect(JSON.parse(readFileSync(join(site.dir, 'schedule.json'), 'utf8')).as_of).toBe(EXAMPLE_AS_OF);
	});
});
