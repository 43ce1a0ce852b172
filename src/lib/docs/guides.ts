/**
 * The stewards' guides: MDX files in src/content/docs/<lang>/<slug>.mdx, one per language with the
 * same slug, so the language switch leads from one to the other. Each has a `title` and a
 * `description` in its frontmatter; its headings start at h2 (the page gives the h1).
 */

export interface GuideFrontmatter {
	title: string;
	description: string;
}

export interface GuideModule {
	frontmatter: GuideFrontmatter;
	default: unknown;
}

export interface Guide {
	lang: string;
	slug: string;
	module: GuideModule;
}

/** Splits `…/docs/<lang>/<slug>.mdx` into its language and slug; undefined for other paths. */
export function guideLocation(path: string): { lang: string; slug: string } | undefined {
	const match = /\/docs\/([a-z]{2})\/([a-z0-9-]+)\.mdx$/.exec(path);
	return match ? { lang: match[1]!, slug: match[2]! } : undefined;
}

/** The guides of a glob of MDX modules, checked to have a title and a description. */
export function listGuides(modules: Record<string, GuideModule>): Guide[] {
	return Object.entries(modules).flatMap(([path, module]) => {
		const location = guideLocation(path);
		if (!location) return [];
		const { title, description } = module.frontmatter ?? {};
		if (typeof title !== 'string' || typeof description !== 'string') {
			throw new Error(`${path}: the frontmatter needs a title and a description`);
		}
		return [{ ...location, module }];
	});
}
