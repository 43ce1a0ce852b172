/**
 * Fills the `{name}` placeholders of an interface string. Kept apart from translate.ts, which
 * imports every language's strings, so that the browser elements can use it without bundling them.
 */

/** Values to put in a string's `{name}` placeholders. Numbers are formatted for the language. */
export type TemplateVars = Record<string, string | number>;

/**
 * `template` with each `{name}` replaced by `vars[name]`, numbers written the way `lang` writes them.
 * A placeholder without a value is left as it is, so a missing variable shows up in review.
 *
 * @example fillTemplate('{count} datasets', { count: 1200 }, 'en') // → '1,200 datasets'
 */
export function fillTemplate(template: string, vars: TemplateVars, lang: string): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
		const value = vars[name];
		if (value === undefined) return placeholder;
		return typeof value === 'number' ? value.toLocaleString(lang) : value;
	});
}
