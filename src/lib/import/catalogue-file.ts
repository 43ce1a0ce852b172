/**
 * What the importer reads from and adds to the target's catalogue.yaml: its languages and
 * licences (a source licence whose address is already there is that licence), and the known open
 * licences and EU themes the imported records need, added with comments kept.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import type { LicenceRecord } from '../records.ts';
import type { LicenceMatch } from './licences.ts';

/** The target catalogue as the importer sees it. */
export interface TargetCatalogue {
	/** Whether the folder has a catalogue.yaml the importer may add to. */
	exists: boolean;
	languages: string[];
	licences: LicenceRecord[];
	themes: string[];
}

/** Reads DIR/catalogue.yaml; a folder without one gets the catalogue defaults (en, fr; no licences or themes). */
export function readTargetCatalogue(root: string): TargetCatalogue {
	const path = join(root, 'catalogue.yaml');
	if (!existsSync(path)) return { exists: false, languages: ['en', 'fr'], licences: [], themes: [] };
	const data = (parseDocument(readFileSync(path, 'utf8')).toJS() ?? {}) as Record<string, unknown>;
	const languages = Array.isArray(data.languages) && data.languages.length > 0 ? data.languages.map(String) : ['en', 'fr'];
	const licences = Array.isArray(data.licences) ? (data.licences as LicenceRecord[]).filter((l) => l && typeof l.id === 'string') : [];
	const themes = Array.isArray(data.themes) ? data.themes.map(String) : [];
	return { exists: true, languages, licences, themes };
}

const urlKey = (url: string) =>
	url
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\/+$/, '');

/** A source licence as the catalogue's own when catalogue.yaml already has one with its address or id. */
export function resolveAgainstCatalogue(match: LicenceMatch, catalogue: TargetCatalogue): LicenceMatch {
	if (match.kind === 'none') return match;
	const url = match.kind === 'known' ? match.licence.url : match.url;
	const id = match.kind === 'known' ? match.licence.id : match.id;
	const own = catalogue.licences.find((l) => l.id === id || (url !== undefined && urlKey(l.url) === urlKey(url)));
	return own ? { kind: 'known', licence: { ...own, open: own.open !== false } } : match;
}

/** Adds licences and themes to catalogue.yaml (those not there yet), keeping its comments and order. */
export function addToCatalogue(root: string, licences: readonly LicenceRecord[], themes: readonly string[]): void {
	if (licences.length === 0 && themes.length === 0) return;
	const path = join(root, 'catalogue.yaml');
	const document: Document = parseDocument(readFileSync(path, 'utf8'));
	for (const licence of licences) {
		const entry: Record<string, unknown> = { id: licence.id, name: licence.name, url: licence.url };
		if (licence.equivalent) entry.equivalent = licence.equivalent;
		if (licence.open === false) entry.open = false;
		if (!document.has('licences')) document.set('licences', document.createNode([]));
		(document.get('licences') as { add(value: unknown): void }).add(document.createNode(entry));
	}
	for (const theme of themes) {
		if (!document.has('themes')) document.set('themes', document.createNode([]));
		(document.get('themes') as { add(value: unknown): void }).add(theme);
	}
	writeFileSync(path, document.toString({ lineWidth: 0 }));
}

/**
 * The publishers already in the catalogue, by each of their names (any language, without case or
 * accents): a source publisher with the same name is that publisher, not a new one.
 */
export function existingPublishers(root: string): Map<string, string> {
	const byName = new Map<string, string>();
	const dir = join(root, 'publishers');
	if (!existsSync(dir)) return byName;
	for (const file of readdirSync(dir)) {
		if (!file.endsWith('.yaml')) continue;
		try {
			const data = parseDocument(readFileSync(join(dir, file), 'utf8')).toJS() as { id?: unknown; name?: Record<string, unknown> } | null;
			const id = typeof data?.id === 'string' ? data.id : file.slice(0, -5);
			byName.set(nameKey(id), id);
			for (const name of Object.values(data?.name ?? {})) if (typeof name === 'string') byName.set(nameKey(name), id);
		} catch {
			// A publisher file that does not parse is the validator's to report.
		}
	}
	return byName;
}

/** A publisher name as a key: no accents, lower case, letters and digits only. */
export function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
