/**
 * Values of other catalogues' vocabularies as EU codes: update frequencies (EU IRIs and codes, ISO
 * 8601 periods such as `R/P1Y`, CKAN free text in English or French), data languages (ISO 639-1
 * and -2 codes, EU language IRIs, names), data themes (EU IRIs and codes, and through the
 * steward's mapping file, groups, tags or subjects). A value without a mapping gives `undefined`
 * and the importer reports it; none is guessed.
 */
import frequencies from '../vocabularies/frequencies.json' with { type: 'json' };
import languages from '../vocabularies/languages.json' with { type: 'json' };
import themes from '../vocabularies/data-themes.json' with { type: 'json' };

const norm = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9/]+/g, ' ')
		.trim();

const FREQUENCY_WORDS: Record<string, string> = {
	continual: 'UPDATE_CONT',
	continuous: 'CONT',
	continually: 'UPDATE_CONT',
	'real time': 'UPDATE_CONT',
	realtime: 'UPDATE_CONT',
	'as needed': 'IRREG',
	'as required': 'IRREG',
	'on demand': 'IRREG',
	periodically: 'IRREG',
	hourly: 'HOURLY',
	daily: 'DAILY',
	quotidien: 'DAILY',
	quotidienne: 'DAILY',
	weekly: 'WEEKLY',
	hebdomadaire: 'WEEKLY',
	biweekly: 'BIWEEKLY',
	fortnightly: 'BIWEEKLY',
	monthly: 'MONTHLY',
	mensuel: 'MONTHLY',
	mensuelle: 'MONTHLY',
	bimonthly: 'BIMONTHLY',
	quarterly: 'QUARTERLY',
	trimestriel: 'QUARTERLY',
	trimestrielle: 'QUARTERLY',
	semiannual: 'ANNUAL_2',
	'semi annual': 'ANNUAL_2',
	'semi annually': 'ANNUAL_2',
	biannually: 'ANNUAL_2',
	'twice a year': 'ANNUAL_2',
	annual: 'ANNUAL',
	annually: 'ANNUAL',
	yearly: 'ANNUAL',
	annuel: 'ANNUAL',
	annuelle: 'ANNUAL',
	biennial: 'BIENNIAL',
	biennially: 'BIENNIAL',
	'every two years': 'BIENNIAL',
	triennial: 'TRIENNIAL',
	quinquennial: 'QUINQUENNIAL',
	'every five years': 'QUINQUENNIAL',
	irregular: 'IRREG',
	irregulier: 'IRREG',
	'as and when': 'IRREG',
	periodic: 'IRREG',
	never: 'NEVER',
	'not planned': 'NEVER',
	historical: 'NEVER',
	'no updates': 'NEVER',
	unknown: 'UNKNOWN',
	inconnu: 'UNKNOWN',
	other: 'OTHER',
	autre: 'OTHER',
};
const FREQUENCY_BY_PERIOD = new Map<string, string>();
for (const entry of frequencies.entries) if (entry.iso8601 && !FREQUENCY_BY_PERIOD.has(entry.iso8601)) FREQUENCY_BY_PERIOD.set(entry.iso8601, entry.code);
FREQUENCY_BY_PERIOD.set('R/P0.5M', 'BIWEEKLY')
	.set('R/P4M', 'OTHER')
	.set('R/P10Y', 'OTHER')
	.set('R/P3.5D', 'OTHER')
	.set('R/PT1S', 'UPDATE_CONT')
	.set('R/P1Q', 'QUARTERLY')
	.set('irregular', 'IRREG');
const FREQUENCY_CODES = new Set(frequencies.entries.map((e) => e.code));

/** The EU frequency code of a value, or `undefined`. */
export function frequencyCode(value: unknown): string | undefined {
	if (typeof value !== 'string' || !value.trim()) return undefined;
	const text = value.trim();
	const iri = /\/frequency\/([A-Z_0-9]+)$/.exec(text);
	if (iri && FREQUENCY_CODES.has(iri[1]!)) return iri[1];
	if (FREQUENCY_CODES.has(text.toUpperCase())) return text.toUpperCase();
	if (FREQUENCY_BY_PERIOD.has(text)) return FREQUENCY_BY_PERIOD.get(text);
	// "Unknown | Inconnu", "Annually | Annuel": either half will do.
	for (const part of text.split(/\s*\|\s*|\s{2,}/)) {
		const word = FREQUENCY_WORDS[norm(part)];
		if (word) return word;
	}
	return undefined;
}

const LANGUAGE_NAMES: Record<string, string> = {};
for (const entry of languages.entries) {
	LANGUAGE_NAMES[entry.code] = entry.code;
	LANGUAGE_NAMES[entry.authorityCode.toLowerCase()] = entry.code;
	for (const label of Object.values(entry.label)) LANGUAGE_NAMES[norm(label)] = entry.code;
}
Object.assign(LANGUAGE_NAMES, {
	fre: 'fr',
	ger: 'de',
	deu: 'de',
	english: 'en',
	french: 'fr',
	francais: 'fr',
	anglais: 'en',
	'en us': 'en',
	'en ca': 'en',
	'fr ca': 'fr',
	'en gb': 'en',
});

/** The ISO 639-1 code of a data language (`eng`, `English`, `…/language/FRA`, `fr-CA`), or `undefined`. */
export function languageCode(value: unknown): string | undefined {
	if (typeof value !== 'string' || !value.trim()) return undefined;
	const iri = /\/(?:language|iso639-[12])\/([A-Za-z]{2,3})$/.exec(value.trim());
	const key = iri ? iri[1]!.toLowerCase() : norm(value.split(';')[0]!);
	return LANGUAGE_NAMES[key];
}

const THEME_CODES = new Set(themes.entries.map((e) => e.code));
/** The EU data themes' own labels (`Transport`, `Environnement`), which name their theme. */
const THEME_LABELS = new Map<string, string>();
for (const entry of themes.entries) for (const label of Object.values(entry.label)) THEME_LABELS.set(norm(label), entry.code);

/** A theme mapping the steward gives: source value (group, tag, subject, data.json theme) → EU theme code. */
export type ThemeMapping = ReadonlyMap<string, string>;

/** The EU data-theme code of a value: an EU theme IRI or code, the steward's mapping, or an EU theme's own label (matched without case or accents). */
export function themeCode(value: unknown, mapping: ThemeMapping): string | undefined {
	if (typeof value !== 'string' || !value.trim()) return undefined;
	const text = value.trim();
	const iri = /\/data-theme\/([A-Z]{4})$/.exec(text);
	if (iri && THEME_CODES.has(iri[1]!)) return iri[1];
	if (THEME_CODES.has(text)) return text;
	return mapping.get(norm(text)) ?? THEME_LABELS.get(norm(text));
}

/** Reads a theme mapping (`{ "Transportation": "TRAN", … }`), keys normalised; throws naming a value that is not an EU theme code. */
export function themeMapping(entries: Record<string, unknown>): ThemeMapping {
	const map = new Map<string, string>();
	for (const [key, code] of Object.entries(entries)) {
		if (typeof code !== 'string' || !THEME_CODES.has(code))
			throw new Error(
				`the theme mapping gives "${String(code)}" for "${key}": expected an EU data-theme code such as ${[...THEME_CODES].slice(0, 4).join(', ')}`,
			);
		map.set(norm(key), code);
	}
	return map;
}
