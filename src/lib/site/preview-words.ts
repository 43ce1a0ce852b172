/** The preview's UI strings for a page language, for the build-time components and for the browser's element. */
import type { UiLanguage } from '../i18n/languages.ts';
import { t, UI_STRINGS, type UiKey } from '../i18n/translate.ts';
import type { PreviewWords } from '../preview/describe-profile.ts';

/** The strings of `lang` looked up through the site's translator. */
export function previewWords(lang: UiLanguage): PreviewWords {
	return { lang, t: (key, vars) => t(lang, key as UiKey, vars) };
}

/** The `preview.*` strings of `lang`, for the preview element's `data-strings`. */
export function clientPreviewStrings(lang: UiLanguage): Record<string, string> {
	return Object.fromEntries(Object.entries(UI_STRINGS[lang]).filter(([key]) => key.startsWith('preview.')));
}
