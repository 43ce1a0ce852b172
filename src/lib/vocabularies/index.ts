/**
 * Typed look-ups in the EU controlled vocabularies the catalogue uses (data themes, frequencies,
 * file types, languages). The JSON files beside this module hold the codes, IRIs and en/fr labels.
 * Every look-up is a Map read: the maps are built once, when the module loads.
 */
import dataThemes from './data-themes.json' with { type: 'json' };
import fileTypes from './file-types.json' with { type: 'json' };
import frequencies from './frequencies.json' with { type: 'json' };
import languages from './languages.json' with { type: 'json' };

/** One concept of a vocabulary: its code, its IRI and its label per language. */
export interface VocabularyEntry {
	code: string;
	iri: string;
	label: Record<string, string>;
}

/** A file type, with what the catalogue needs to describe a distribution. */
export interface FileTypeEntry extends VocabularyEntry {
	/** The IANA media type used when a distribution gives none; absent for the EU codes that have no registered one. */
	mediaType?: string;
	nonProprietary: boolean;
	machineReadable: boolean;
}

/** An update frequency, with its period as an ISO 8601 repeating interval. */
export interface FrequencyEntry extends VocabularyEntry {
	/**
	 * `R/P1Y`, `R/PT1H`…: the period in the form Project Open Data v1.1's `accrualPeriodicity`
	 * takes (continuous updates are `R/PT1S`, as in its guidance); `null` for the codes without a
	 * period (irregular, never, other, unknown).
	 */
	iso8601: string | null;
}

/** A data language, with its three-letter code in the EU language authority. */
export interface LanguageEntry extends VocabularyEntry {
	authorityCode: string;
}

/** The IRI of each vocabulary's concept scheme (the EU authority table), e.g. `…/authority/frequency`. */
export const SCHEMES = {
	theme: dataThemes.scheme,
	frequency: frequencies.scheme,
	fileType: fileTypes.scheme,
	language: languages.scheme,
} as const;

function indexByCode<T extends VocabularyEntry>(entries: readonly T[]): ReadonlyMap<string, T> {
	return new Map(entries.map((entry) => [entry.code, entry]));
}

const themeByCode = indexByCode<VocabularyEntry>(dataThemes.entries);
const frequencyByCode = indexByCode<FrequencyEntry>(frequencies.entries);
const fileTypeByCode = indexByCode<FileTypeEntry>(fileTypes.entries);
const languageByCode = indexByCode<LanguageEntry>(languages.entries);

/** The label in `lang`, else in English, else the code itself (a code the vocabulary lacks). */
function labelOf(entry: VocabularyEntry | undefined, code: string, lang: string): string {
	return entry?.label[lang] ?? entry?.label['en'] ?? code;
}

/** The data-theme entry for a code such as `TRAN`, or `undefined` for an unknown code. */
export function theme(code: string): VocabularyEntry | undefined {
	return themeByCode.get(code);
}

/** The name of a data theme in `lang`, e.g. `themeLabel('TRAN', 'fr')` → `Transports`. */
export function themeLabel(code: string, lang: string): string {
	return labelOf(themeByCode.get(code), code, lang);
}

/** The update-frequency entry for a code such as `MONTHLY`, or `undefined`. */
export function frequency(code: string): FrequencyEntry | undefined {
	return frequencyByCode.get(code);
}

/** How often data is updated, in `lang`, e.g. `frequencyLabel('MONTHLY', 'en')` → `Monthly`. */
export function frequencyLabel(code: string, lang: string): string {
	return labelOf(frequencyByCode.get(code), code, lang);
}

/** The file-type entry for a format code such as `CSV`, or `undefined`. */
export function fileType(code: string): FileTypeEntry | undefined {
	return fileTypeByCode.get(code);
}

/** The name of a file format in `lang`, e.g. `formatLabel('GEOJSON', 'en')` → `GeoJSON`. */
export function formatLabel(code: string, lang: string): string {
	return labelOf(fileTypeByCode.get(code), code, lang);
}

/** The data-language entry for an ISO 639-1 code such as `fr`, or `undefined`. */
export function language(code: string): LanguageEntry | undefined {
	return languageByCode.get(code);
}

/** The name of a data language in `lang`, e.g. `languageLabel('fr', 'en')` → `French`. */
export function languageLabel(code: string, lang: string): string {
	return labelOf(languageByCode.get(code), code, lang);
}
