/** The languages the site's interface is written in, and their names. */

/** Interface languages: every one has a file in `src/i18n/`. */
export const UI_LANGUAGES = ['en', 'fr'] as const;

/** A language the site's interface is written in. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Whether `code` is a language the interface is written in. */
export function isUiLanguage(code: string): code is UiLanguage {
	return (UI_LANGUAGES as readonly string[]).includes(code);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a language as written in another, from the runtime's CLDR data:
 * `languageName('fr', 'en')` → `French`, `languageName('en', 'fr')` → `anglais` (French writes
 * language names in lower case inside a sentence).
 */
export function languageName(code: string, inLanguage: string): string {
	const key = `${inLanguage} ${code}`;
	let name = names.get(key);
	if (name === undefined) {
		let display = displayNames.get(inLanguage);
		if (!display) {
			display = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' });
			displayNames.set(inLanguage, display);
		}
		name = display.of(code) ?? code;
		names.set(key, name);
	}
	return name;
}

// Every page names its languages (the switch, fallback markers): asked of CLDR once each. Few: a
// catalogue has a handful of languages.
const names = new Map<string, string>();

/**
 * The name of a language in that language, capitalised as a menu shows it: `English`, `Français`.
 * Used for the language switch, whose link text is in the language it leads to.
 */
export function autonym(code: string): string {
	let name = autonyms.get(code);
	if (name === undefined) {
		const lower = languageName(code, code);
		name = lower.charAt(0).toLocaleUpperCase(code) + lower.slice(1);
		autonyms.set(code, name);
	}
	return name;
}

const autonyms = new Map<string, string>();

/** The site languages other than `current`, in the catalogue's order. */
export function otherLanguages(current: string, languages: readonly string[]): string[] {
	return languages.filter((code) => code !== current);
}
