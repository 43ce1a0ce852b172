/**
 * A text as an identifier the schemas accept: accents dropped, lower case, runs of other characters
 * turned into single hyphens, at most 100 characters (`Qualité de l’eau` → `qualite-de-l-eau`).
 */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 100);
}
