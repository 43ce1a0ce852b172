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
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang);
		numberFormats.set(lang, format);
	}
	return format.format(value);
}

/**
 * The interface string `key` in `lang`, with `{name}` placeholders replaced by `vars`.
 * A placeholder without a value is left as it is, so a missing variable shows up in review.
 *
 * @example t('fr', 'pagination.page', { page: 2 }) // → 'Page 2'
 */
export function t(lang: UiLanguage, key: UiKey, vars?: UiVars): string {
	const template = UI_STRINGS[lang][key];
	return vars ? fillTemplate(template, vars, lang) : template;
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
