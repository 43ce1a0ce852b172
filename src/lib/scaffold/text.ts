/** Small helpers shared by the scaffolders. */

/** A string as a YAML scalar: JSON's double-quoted form, which YAML reads the same way. */
export function yamlString(text: string): string {
	return JSON.stringify(text);
}

/** The identifier pattern of common.schema.json: lower case, digits and hyphens. */
export const IDENTIFIER = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A date as `YYYY-MM-DD` on the local calendar (the steward's today), the form the schemas' dates take. */
export function isoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A file to create: its path relative to the catalogue root (with `/`) and its text. */
export interface ScaffoldFile {
	path: string;
	text: string;
}
