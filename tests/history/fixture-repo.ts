/**
 * A catalogue repository with a scripted history over four simulated years (2022–2025), made in a
 * temporary folder by the tests: one publisher (mto), datasets that are added, opened, edited,
 * broken and mended, restricted and removed; a release schedule with a release made late and one
 * missed; a plan milestone completed; a request answered with the dataset it led to.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const MINIMAL = resolve(import.meta.dirname, '../fixtures/minimal');

export interface FixtureRepo {
	dir: string;
	/** The commit ids, in the order of {@link STEPS}. */
	commits: string[];
	remove(): void;
}

const dataset = (id: string, access: string, extra = '') => `identifier: ${id}
title:
  en: ${id} title
  fr: titre ${id}
description:
  en: About ${id}.
  fr: À propos de ${id}.
publisher: mto
contact_point:
  email: mto@example.org
themes: [TRAN]
access_level: ${access}
issued: 2022-01-10
modified: 2022-01-10
update_frequency: ANNUAL
${extra}`;

const openDistribution = (format = 'CSV', title = 'Counts (CSV)') => `  - title:
      en: ${title}
      fr: ${title} fr
    download_url: https://example.org/${format.toLowerCase()}
    format: ${format}
`;

const plan = (completion: string) => `id: plan
title: { en: Plan, fr: Plan }
period: { start: 2022-01-01, end: 2025-12-31 }
charter: { name: { en: Charter, fr: Charte }, adopted: 2021-12-01 }
lead: { name: { en: Office, fr: Bureau } }
contact_point: { email: office@example.org }
commitments:
  - id: open-by-default
    title: { en: Open by default, fr: Ouvert par défaut }
    description: { en: Open it., fr: Ouvrez. }
    principles: ["1"]
    lead_publisher: mto
    start: 2022-01-01
    end: 2023-12-31
    milestones:
      - title: { en: Publish the inventory, fr: Publier l’inventaire }
        start: 2022-01-01
        end: 2022-12-31
        completion: ${completion}
${completion === 'complete' ? '        evidence: [https://example.org/inventory]\n' : ''}`;

const request = (updates: string, datasets = '') => `id: bus-counts
title: { en: Bus counts, fr: Comptages d’autobus }
type: request
received: 2022-02-01
publisher: mto
${datasets}updates:
${updates}`;

const HEADER = 'dataset_id,title_en,title_fr,planned_release,status,actual_release\n';

/** The scripted commits: a date, a message and the files written (`null` deletes). */
export const STEPS: Array<{ date: string; message: string; files: Record<string, string | null> }> = [
	{
		date: '2022-01-10T12:00:00Z',
		message: 'Start the catalogue',
		files: {
			'catalogue.yaml': `${readFileSync(join(MINIMAL, 'catalogue.yaml'), 'utf8').replace('    equivalent: CC-BY-4.0\n', '    equivalent: CC-BY-4.0\n  - id: cc-by\n    name: { en: CC BY 4.0, fr: CC BY 4.0 }\n    url: https://creativecommons.org/licenses/by/4.0/\n')}history:\n  repository: belle-riviere/catalogue\n`,
			'publishers/mto.yaml': readFileSync(join(MINIMAL, 'publishers/mto.yaml'), 'utf8'),
			'datasets/mto/traffic.yaml': dataset('traffic', 'open', `licence: ogl\ndistributions:\n${openDistribution()}`),
			'datasets/mto/bus-counts.yaml': dataset('bus-counts', 'under_review', 'review_note: { en: Checking., fr: Vérification. }\n'),
			'schedules/mto.csv': `${HEADER}bus-counts,,,2022-06,planned,\nferry-routes,Ferry routes,Routes des traversiers,2023-Q1,planned,\n`,
			'schedules/plan.yaml': plan('not_started'),
			'requests/bus-counts.yaml': request('  - { date: 2022-02-01, status: received }\n'),
		},
	},
	{
		date: '2022-03-15T12:00:00Z',
		message: 'Traffic: new title and a GeoJSON file',
		files: {
			'datasets/mto/traffic.yaml': dataset(
				'traffic',
				'open',
				`licence: ogl\ndistributions:\n${openDistribution()}${openDistribution('GEOJSON', 'Stations (GeoJSON)')}`,
			).replace('traffic title', 'Traffic volumes'),
			'requests/bus-counts.yaml': request('  - { date: 2022-02-01, status: received }\n  - { date: 2022-03-14, status: under_review }\n'),
		},
	},
	{
		date: '2022-08-01T12:00:00Z',
		message: 'Release bus counts (answers request bus-counts)',
		files: {
			'datasets/mto/bus-counts.yaml': dataset('bus-counts', 'open', `licence: ogl\ndistributions:\n${openDistribution()}`),
			'schedules/mto.csv': `${HEADER}bus-counts,,,2022-06,released,2022-08-01\nferry-routes,Ferry routes,Routes des traversiers,2023-Q1,planned,\n`,
			'schedules/plan.yaml': plan('complete'),
			'requests/bus-counts.yaml': request(
				'  - { date: 2022-02-01, status: received }\n  - { date: 2022-03-14, status: under_review }\n  - { date: 2022-08-01, status: released }\n',
				'datasets: [bus-counts]\n',
			),
		},
	},
	{
		date: '2023-02-01T12:00:00Z',
		message: 'Add the permit register (restricted); traffic file broken by mistake',
		files: {
			'datasets/mto/permits.yaml': dataset('permits', 'restricted', 'exemption: privacy\nrationale: { en: Names of people., fr: Noms de personnes. }\n'),
			'datasets/mto/traffic.yaml': 'identifier: traffic\ntitle: [unclosed\n',
		},
	},
	{
		date: '2023-05-01T12:00:00Z',
		message: 'Mend traffic; licence CC BY',
		files: {
			'datasets/mto/traffic.yaml': dataset(
				'traffic',
				'open',
				`licence: cc-by\ndistributions:\n${openDistribution()}${openDistribution('GEOJSON', 'Stations (GeoJSON)')}`,
			).replace('traffic title', 'Traffic volumes'),
		},
	},
	{
		date: '2024-01-15T12:00:00Z',
		message: 'Withdraw the permit register <script>alert(1)</script>\u0007\n\nSecond line of the message.',
		files: { 'datasets/mto/permits.yaml': null },
	},
	{
		date: '2025-06-30T12:00:00Z',
		message: 'Restrict traffic while stations are checked',
		files: {
			'datasets/mto/traffic.yaml': dataset(
				'traffic',
				'restricted',
				'exemption: security\nrationale: { en: Checking stations., fr: Vérification des stations. }\n',
			).replace('traffic title', 'Traffic volumes'),
		},
	},
];

/** Makes the repository in a new temporary folder. */
export function makeFixtureRepo(): FixtureRepo {
	const dir = mkdtempSync(join(tmpdir(), 'odc-history-'));
	const git = (args: string[], date?: string) =>
		execFileSync('git', args, {
			cwd: dir,
			encoding: 'utf8',
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'Steward',
				GIT_AUTHOR_EMAIL: 'steward@example.org',
				GIT_COMMITTER_NAME: 'Steward',
				GIT_COMMITTER_EMAIL: 'steward@example.org',
				...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
			},
		}).trim();
	git(['init', '-q', '-b', 'main']);
	const commits: string[] = [];
	for (const step of STEPS) {
		for (const [path, content] of Object.entries(step.files)) {
			const full = join(dir, path);
			if (content === null) rmSync(full);
			else {
				mkdirSync(dirname(full), { recursive: true });
				writeFileSync(full, content);
			}
		}
		git(['add', '-A']);
		git(['commit', '-q', '-m', step.message], step.date);
		commits.push(git(['rev-parse', 'HEAD']));
	}
	return { dir, commits, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A `--depth 1` clone of the fixture, as CI checkouts make by default. */
export function shallowClone(repo: FixtureRepo): FixtureRepo {
	const dir = mkdtempSync(join(tmpdir(), 'odc-shallow-'));
	execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, dir]);
	return { dir, commits: [repo.commits.at(-1)!], remove: () => rmSync(dir, { recursive: true, force: true }) };
}
