import { describe, expect, it } from 'vitest';
import { toChangesFeed } from '../../src/lib/export/changes-atom.ts';
import { catalogueIris } from '../../src/lib/export/dcat-ap/catalogue.ts';
import type { Change } from '../../src/lib/history/changes.ts';
import { describeChange } from '../../src/lib/history/describe.ts';
import type { History } from '../../src/lib/history/read-history.ts';
import { eventViews } from '../../src/lib/site/changes.ts';
import { loadFixture } from '../export/support.ts';

const context = (lang: 'en' | 'fr') => ({ lang, languages: ['en', 'fr'], licenceName: (id: string) => (id === 'ogl' ? 'Open Government Licence' : undefined) });

describe('describeChange', () => {
	const cases: Array<[Change, string, string]> = [
		[{ type: 'access', from: 'under_review', to: 'open' }, 'Access changed from Under review to Open', 'Accès modifié : de « En cours d’examen » à « Ouvert »'],
		[
			{ type: 'licence', from: 'ogl', to: 'cc-by' },
			'Licence changed from Open Government Licence to cc-by',
			'Licence modifiée : de Open Government Licence à cc-by',
		],
		[{ type: 'licence', to: 'ogl' }, 'Licence set to Open Government Licence', 'Licence fixée : Open Government Licence'],
		[{ type: 'edited', field: 'description' }, 'Description edited', 'Description : modification'],
		[{ type: 'edited', field: 'something-new' }, 'Other details edited', 'Autres détails : modification'],
		[
			{ type: 'distribution-added', title: { en: 'Counts (CSV)', fr: 'Comptages (CSV)' } },
			'New distribution: Counts (CSV)',
			'Nouvelle distribution : Comptages (CSV)',
		],
		[
			{ type: 'request-status', from: 'under_review', to: 'released', date: '2022-08-01' },
			'Status changed from Under review to Released (August 1, 2022)',
			'Statut modifié : de « À l’étude » à « Diffusée » (1 août 2022)',
		],
		[
			{ type: 'milestone-completion', from: 'not_started', to: 'complete' },
			'Completion changed from Not started to Complete',
			'Avancement modifié : de « Non commencé » à « Achevé »',
		],
		[
			{ type: 'release-status', from: 'planned', to: 'released' },
			'Release status changed from Planned to Released',
			'État de diffusion modifié : de « Prévu » à « Diffusé »',
		],
		[{ type: 'access', from: 'unknown-level', to: 'open' }, 'Access changed from unknown-level to Open', 'Accès modifié : de « unknown-level » à « Ouvert »'],
	];
	for (const [change, en, fr] of cases) {
		it(`puts ${change.type} in words`, () => {
			expect(describeChange(change, context('en'))).toBe(en);
			expect(describeChange(change, context('fr'))).toBe(fr);
		});
	}
});

describe('toChangesFeed', () => {
	it('escapes titles and messages and drops the characters XML forbids', async () => {
		const catalogue = await loadFixture('tests/fixtures/minimal');
		const history = { commitUrl: (id: string) => `https://github.com/o/r/commit/${id}` } as History;
		const views = eventViews(
			[
				{
					kind: 'dataset-added',
					time: '2024-01-02T03:04:05Z',
					subject: 'dataset:gone',
					title: { en: 'Tom & <Jerry>\u0000\u0007\ud800' },
					commit: { id: 'a'.repeat(40), time: '2024-01-02T03:04:05Z', subject: 'Add <script>alert("x")</script>' },
				},
				{ kind: 'release-missed', time: '2023-04-01T00:00:00Z', subject: 'release:traffic-volumes', title: {}, to: '2023-03-31' },
			],
			catalogue,
			history,
			'en',
		);
		const feed = toChangesFeed(
			views,
			catalogue,
			'en',
			catalogueIris(catalogue, { siteUrl: 'https://example.org', base: '/' }),
			'https://example.org/en/changes.xml',
		);
		expect(feed).toContain('<title>Dataset added: Tom &amp; &lt;Jerry&gt;</title>');
		expect(feed).toContain('<summary>Message: Add &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</summary>');
		expect(feed).toContain(`<link rel="related" type="text/html" href="https://github.com/o/r/commit/${'a'.repeat(40)}"/>`);
		expect(feed).toContain(
			'<entry><id>https://example.org/en/changes/#release-missed-release-traffic-volumes-2023-04-01T00-00-00Z</id><title>Release missed: Traffic volumes</title><link rel="alternate" type="text/html" href="https://example.org/en/datasets/traffic-volumes/"/>',
		);
		expect(feed).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udfff]/);
		expect(feed).toContain('<updated>2024-01-02T03:04:05Z</updated>');
	});
});
