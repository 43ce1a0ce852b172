/**
 * Encodings and what is not CSV: byte-order marks, Windows-1252 when the bytes are not UTF-8 (also
 * when that shows only deep into a streamed file), UTF-16, and files that are web pages, spreadsheets
 * or JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectEncoding, isValidUtf8 } from '../../src/lib/csv/encoding.ts';
import { profileCsvFile } from '../../src/lib/csv/profile-file.ts';
import { profileBytes } from '../../src/lib/csv/profile-text.ts';
import { notCsvReason } from '../../src/lib/csv/sniff.ts';

const dir = mkdtempSync(join(tmpdir(), 'odc-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Windows-1252 bytes of a string (only Latin-1 letters and the typographic apostrophe are used). */
function cp1252(text: string): Uint8Array {
	return Uint8Array.from([...text].map((c) => (c === '’' ? 0x92 : c === '€' ? 0x80 : c.charCodeAt(0))));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detecting the encoding', () => {
	it('follows a byte-order mark', () => {
		expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]), true)).toEqual({ encoding: 'utf-8', bomLength: 3 });
		expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0]), true)).toEqual({ encoding: 'utf-16le', bomLength: 2 });
		expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x61]), true)).toEqual({ encoding: 'utf-16be', bomLength: 2 });
	});

	it('takes valid UTF-8 as UTF-8 and anything else as Windows-1252', () => {
		expect(detectEncoding(utf8('Année,Décès\n'), true).encoding).toBe('utf-8');
		expect(detectEncoding(cp1252('Année,Décès\n'), true).encoding).toBe('windows-1252');
	});

	it('does not hold a character cut at the end of a sample against the file', () => {
		const bytes = utf8('Année');
		const cut = bytes.subarray(0, 4); // "Ann" and the first byte of "é"
		expect(isValidUtf8(cut, false)).toBe(true);
		expect(isValidUtf8(cut, true)).toBe(false);
		expect(detectEncoding(cut, false).encoding).toBe('utf-8');
	});

	it('decodes Windows-1252 letters, the euro sign and curly apostrophes', () => {
		const decoded = decodeCsvBytes(cp1252('Hôpital;Coût (€)\nClinique d’urgence;12\n'));
		expect(decoded).toEqual({ text: 'Hôpital;Coût (€)\nClinique d’urgence;12\n', encoding: 'windows-1252', bom: false });
	});
});

describe('previewing files in other encodings', () => {
	it('reads a Windows-1252 file with semicolons and decimal commas, streamed and in memory', async () => {
		const bytes = cp1252('Région;Année;Taux (%)\r\nMontréal;2024;12,5\r\nQuébec;2024;9,75\r\nLévis;2023;\r\n');
		const path = join(dir, 'latin.csv');
		writeFileSync(path, bytes);
		const { outcome } = await profileCsvFile(path);
		expect(outcome).toEqual(profileBytes(bytes));
		if (!outcome.ok) throw new Error(outcome.problem);
		const { profile } = outcome;
		expect(profile).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 3, columnCount: 3, header: ['Région', 'Année', 'Taux (%)'] });
		expect(profile.rows[1]).toEqual(['Québec', '2024', '9,75']);
		expect(profile.columns.map((c) => [c.type, c.min, c.max, c.empty])).toEqual([
			['text', undefined, undefined, 0],
			['integer', '2023', '2024', 0],
			['number', '9,75', '12,5', 1],
		]);
	});

	it('starts again as Windows-1252 when a file that began as valid UTF-8 turns out not to be', async () => {
		// 300 kB of ASCII rows (well past the 64 kB sample), then one Windows-1252 "é".
		const rows = Array.from({ length: 20_000 }, (_, i) => `${i},plain ascii text`).join('\n');
		const bytes = new Uint8Array([...utf8(`id,name\n${rows}\n`), ...cp1252('20000,café\n')]);
		expect(bytes.length).toBeGreaterThan(300_000);
		const path = join(dir, 'late-latin.csv');
		writeFileSync(path, bytes);
		const { outcome } = await profileCsvFile(path);
		if (!outcome.ok) throw new Error(outcome.problem);
		expect(outcome.profile.encoding).toBe('windows-1252');
		expect(outcome.profile.rowCount).toBe(20_001);
		// Every row read once: the first, UTF-8, attempt left nothing behind.
		expect(outcome.profile.columns[0]!.distinct).toBe(1000);
		expect(outcome.profile.columns[0]!.distinctCapped).toBe(true);
	});

	it('reads UTF-16 with a byte-order mark (Excel’s “Unicode text”), tab-separated', () => {
		const text = 'Nom\tÂge\nÉlise\t34\nJoão\t29\n';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
		const outcome = profileBytes(bytes);
		if (!outcome.ok) throw new Error(outcome.problem);
		expect(outcome.profile).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t', header: ['Nom', 'Âge'], rowCount: 2 });
		expect(outcome.profile.rows[1]).toEqual(['João', '29']);
	});
});

describe('files that are not CSV', () => {
	it.each([
		['an HTML error page', utf8('\n  <!DOCTYPE html><html><body>Not found</body></html>'), 'markup'],
		['XML', utf8('<?xml version="1.0"?><rows/>'), 'markup'],
		['an XLSX (zip) file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'binary'],
		['a PDF', utf8('%PDF-1.7\n%âãÏÓ'), 'binary'],
		['bytes with NULs', Uint8Array.from([0x61, 0x00, 0x62, 0x2c, 0x63]), 'binary'],
		['JSON', utf8('[{"a": 1}]'), 'json'],
		['an empty file', new Uint8Array(0), 'empty'],
		['white space only', utf8(' \r\n\n'), 'empty'],
	])('recognises %s', (_name, bytes, reason) => {
		expect(notCsvReason(bytes)).toBe(reason);
		expect(profileBytes(bytes)).toEqual({ ok: false, problem: reason });
	});

	it('lets a CSV whose first cell is in brackets or starts with a less-than sign through', () => {
		expect(notCsvReason(utf8('[id],name\n1,a\n'))).toBeUndefined();
		expect(notCsvReason(utf8('<5 years,count\n'))).toBeUndefined();
	});

	it('says so from the file on disk too, without parsing it', async () => {
		const path = join(dir, 'page.csv');
		writeFileSync(path, '<html><head><title>404</title></head></html>');
		expect((await profileCsvFile(path)).outcome).toEqual({ ok: false, problem: 'markup' });
	});
});
