/**
 * The interface strings: one flat JSON file per language in `src/i18n/`, with the same keys.
 * `en.json` defines the keys; `tests/site/i18n.test.ts` checks every other file has exactly those.
 */
import en from '../../i18n/en.json' with { type: 'json' };
import fr from '../../i18n/fr.json' with { type: 'json' };
import { fillTemplate } from './fill-template.ts';
import type { UiLanguage } from './languages.ts';

/** A key of the interface strings, e.g. `nav.datasets`. */
export type UiKey = keyof typeof en;

/** The base of a key that has `.one` and `.other` plural forms, e.g. `count.datasets`. */
export type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** Values to put in a string's `{name}` placeholders. Numbers are formatted for the language. */
export type UiVars = Record<string, string | number>;

/** Every language's strings, keyed by language code. */
export const UI_STRINGS: Record<UiLanguage, Record<UiKey, string>> = { en, fr };

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A number written the way `lang` writes it: `12,345` in English, `12 345` in French. */
export function formatNumber(value: number, lang: string): string {
	// Small whole numbers (scores, counts, page numbers) come back on every page: written once each.
	const small = Number.isInteger(value) && value >= 0 && value < SMALL_NUMBERS && !Object.is(value, -0);
	const key = `${lang} ${value}`;
	if (small) {
		const written = smallNumbers.get(key);
		if (written !== undefined) return written;
	}
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang);
		numberFormats.set(lang, format);
	}
	const written = format.format(value);
	if (small) smallNumbers.set(key, written);
	return written;
}

const SMALL_NUMBERS = 1000;
const smallNumbers = new Map<string, string>();

/**
 * The interface string `key` in `lang`, with `{name}` placeholders replaced by `vars`.
 * A placeholder without a value is left as it is, so a missing variable shows up in review.
 *
 * @example t('fr', 'pagination.page', { page: 2 }) // → 'Page 2'
 */
export function t(lang: UiLanguage, key: UiKey, vars?: UiVars): string {
	const template = UI_STRINGS[lang][key];
	return vars ? fillTemplate(template, writtenNumbers(vars, lang), lang) : template;
}

/**
 * `vars` with its numbers written as {@link formatNumber} writes them, which is what fillTemplate
 * would write (`toLocaleString(lang)`), but from a kept formatter rather than a new one each time.
 */
function writtenNumbers(vars: UiVars, lang: string): UiVars {
	let written: UiVars | undefined;
	for (const name in vars) {
		const value = vars[name]!;
		if (typeof value === 'number') (written ??= { ...vars })[name] = formatNumber(value, lang);
	}
	return written ?? vars;
}

/**
 * The plural form of `key` (`key.one` or `key.other`) that fits `count` in `lang`, with `{count}`
 * filled in. French counts 0 and 1 as singular, English only 1.
 *
 * @example tCount('en', 'count.datasets', 1200) // → '1,200 datasets'
 */
export function tCount(lang: UiLanguage, key: PluralKey, count: number, vars?: UiVars): string {
	let rules = pluralRules.get(lang);
	if (!rules) {
		rules = new Intl.PluralRules(lang);
		pluralRules.set(lang, rules);
	}
	const form = rules.select(count) === 'one' ? 'one' : 'other';
	return t(lang, `${key}.${form}` as UiKey, { ...vars, count });
}
