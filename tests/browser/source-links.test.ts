/**
 * "Edit this dataset" and history links on the example's dataset pages, in both languages: plain
 * links after the article, reached by keyboard, named for screen readers by a heading, axe-clean.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { useBrowserSession } from './support/session.ts';

const session = useBrowserSession();

describe('dataset pages link to their file on GitHub', () => {
	for (const [lang, edit, history] of [
		['en', 'Edit this dataset on GitHub', 'History of this dataset’s file'],
		['fr', 'Modifier ce jeu de données sur GitHub', 'Historique du fichier de ce jeu de données'],
	] as const) {
		it(`/${lang}/datasets/traffic-volumes/ links to the editor and the history`, async () => {
			await session.goto(`/${lang}/datasets/traffic-volumes/`);
			const { page } = session;
			const region = page.getByRole('region', { name: lang === 'en' ? 'Improve this page' : 'Améliorer cette page' });
			await expect(region.getByRole('link', { name: edit }).getAttribute('href')).resolves.toBe(
				'https://github.com/open-data-catalogue/open-data-catalogue/edit/main/datasets/mto/traffic-volumes.yaml',
			);
			await expect(region.getByRole('link', { name: history }).getAttribute('href')).resolves.toBe(
				'https://github.com/open-data-catalogue/open-data-catalogue/commits/main/datasets/mto/traffic-volumes.yaml',
			);
			// Reached by keyboard: tabbing through the page lands on the edit link.
			let focused = '';
			for (let i = 0; i < 200 && focused !== edit; i++) {
				await page.keyboard.press('Tab');
				focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
			}
			expect(focused).toBe(edit);
			await expectNoAxeViolations(page, `axe violations on /${lang}/datasets/traffic-volumes/`);
		});
	}
});
