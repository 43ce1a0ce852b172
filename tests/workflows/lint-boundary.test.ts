/** The import boundary of eslint.config.js: src/lib, shared by the CLI scripts and the build, stays free of the site. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages of the boundary rule for `code` as if it were the file `filePath`. */
async function boundaryMessages(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the import boundary of src/lib', () => {
	it('refuses components, layouts, pages and .astro files in src/lib', async () => {
		for (const source of ['../../components/Card.astro', '../../layouts/BaseLayout.astro', '../pages/index.ts', './Thing.astro']) {
			const messages = await boundaryMessages(`import x from '${source}';\nexport default x;\n`, 'src/lib/site/example.ts');
			expect(messages, source).toEqual([expect.stringContaining('must not import pages, layouts or components')]);
		}
	});

	it('lets src/lib import its own modules, and pages import components', async () => {
		expect(await boundaryMessages(`import { slugify } from '../text/slugify.ts';\nexport default slugify;\n`, 'src/lib/site/example.ts')).toEqual([]);
		expect(await boundaryMessages(`import Card from '../components/Card.astro';\nexport default Card;\n`, 'src/pages/example.ts')).toEqual([]);
	});
});
