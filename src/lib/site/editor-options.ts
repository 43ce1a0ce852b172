/**
 * The words the editor's form shows, in the page's language: a field's label, and the label of each
 * option of a list (a theme's name, a publisher's name, a licence's name, an access level).
 */
import type { FormField } from '../editor/form-description.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { languageName } from '../i18n/languages.ts';
import { localizedString } from '../i18n/localize.ts';
import { t, UI_STRINGS, type UiKey } from '../i18n/translate.ts';
import type { Catalogue } from '../model/catalogue.ts';
import { frequencyLabel, themeLabel } from '../vocabularies/index.ts';

/** A UI string when the locale has it. */
function known(lang: UiLanguage, key: string): string | undefined {
	return Object.hasOwn(UI_STRINGS[lang], key) ? t(lang, key as UiKey) : undefined;
}

/** The label of a field: the locale's `editor.field.<path>`, else the schema's title, else the property name. */
export function fieldLabel(field: FormField, lang: UiLanguage): string {
	return known(lang, `editor.field.${field.path}`) ?? field.title ?? field.key;
}

/** How an option of `field` is shown: a name in the page's language with the code, or the code alone. */
export function optionLabel(field: FormField, code: string, lang: UiLanguage, catalogue: Catalogue): string {
	const named = (name: string | undefined) => (name && name !== code ? `${name} (${code})` : code);
	switch (field.optionSource) {
		case 'publishers': {
			const publisher = catalogue.publisherById.get(code);
			return named(publisher && localizedString(publisher.name, lang, catalogue.languages));
		}
		case 'licences': {
			const licence = catalogue.licenceById.get(code);
			return named(licence && localizedString(licence.name, lang, catalogue.languages));
		}
		case 'themes':
			return named(themeLabel(code, lang));
	}
	if (field.key === 'update_frequency') return named(frequencyLabel(code, lang));
	if (field.key === 'languages') return named(languageName(code, lang));
	if (field.key === 'access_level') return known(lang, `access.${code}`) ?? code;
	if (field.key === 'exemption') return known(lang, `exemption.${code}`) ?? code;
	return code;
}
