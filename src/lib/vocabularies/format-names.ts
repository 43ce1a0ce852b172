/**
 * From the names people give file formats to EU file-type codes: `Shapefile` → `SHP`, `Excel` →
 * `XLSX`, `WMS` → `WMS_SRVC`, `ESRI REST` → `REST`, `text/csv` → `CSV`, and the table's own labels. The validator suggests the
 * code; the importers map a source's free-text format with it.
 */
import fileTypes from './file-types.json' with { type: 'json' };

/** Free-text names (normalised: lower case, only letters and digits) that are not codes themselves. */
const ALIASES: Record<string, string> = {
	shapefile: 'SHP',
	esrishapefile: 'SHP',
	shp: 'SHP',
	shape: 'SHP',
	zippedshapefile: 'SHP',
	excel: 'XLSX',
	msexcel: 'XLSX',
	xlsxlsx: 'XLSX',
	excel2007: 'XLSX',
	wms: 'WMS_SRVC',
	ogcwms: 'WMS_SRVC',
	wmts: 'WMTS_SRVC',
	ogcwmts: 'WMTS_SRVC',
	wfs: 'WFS_SRVC',
	ogcwfs: 'WFS_SRVC',
	wcs: 'WCS_SRVC',
	esrirest: 'REST',
	arcgisrest: 'REST',
	arcgisrestservices: 'REST',
	arcgismapservice: 'REST',
	arcgisfeatureservice: 'REST',
	featureservice: 'REST',
	mapservice: 'REST',
	api: 'REST',
	restapi: 'REST',
	webservice: 'REST',
	jsonapi: 'REST',
	esrigeodatabase: 'GDB',
	filegeodatabase: 'GDB',
	fgdb: 'GDB',
	geodatabase: 'GDB',
	geotif: 'GEOTIFF',
	tif: 'TIFF',
	geojson: 'GEOJSON',
	jsonld: 'JSON_LD',
	rdfxml: 'RDF_XML',
	turtle: 'RDF_TURTLE',
	ttl: 'RDF_TURTLE',
	ntriples: 'RDF_N_TRIPLES',
	nt: 'RDF_N_TRIPLES',
	text: 'TXT',
	plaintext: 'TXT',
	webpage: 'HTML',
	htm: 'HTML',
	website: 'HTML',
	jpg: 'JPEG',
	gz: 'GZIP',
	targz: 'TAR_GZ',
	tgz: 'TAR_GZ',
	word: 'DOCX',
	msword: 'DOCX',
	powerpoint: 'PPTX',
	netcdf4: 'NETCDF',
	nc: 'NETCDF',
	geopackage: 'GPKG',
	sqlite: 'GPKG',
	gtfsstatic: 'GTFS',
	rssfeed: 'RSS',
	atomfeed: 'ATOM',
	yml: 'YAML',
	accdb: 'MDB',
	access: 'MDB',
};

const CODES = new Map(fileTypes.entries.map((e) => [normalise(e.code), e.code]));
/** The table's own labels (`Esri shapefile`, `Web Feature Service (WFS)`), which name their code. */
const LABELS = new Map<string, string>();
for (const entry of fileTypes.entries)
	for (const label of Object.values(entry.label)) if (!LABELS.has(normalise(label))) LABELS.set(normalise(label), entry.code);
const BY_MEDIA_TYPE = new Map<string, string>();
for (const entry of fileTypes.entries as Array<{ code: string; mediaType?: string }>) {
	// The first entry with a media type wins, so text/csv is CSV and application/json is JSON (not REST).
	if (entry.mediaType && !BY_MEDIA_TYPE.has(entry.mediaType)) BY_MEDIA_TYPE.set(entry.mediaType, entry.code);
}

function normalise(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The EU file-type code a format name stands for: a code in any case or spelling (`csv`, `json-ld`,
 * `.xlsx`), a common name (`Shapefile`, `ESRI REST`), a media type (`text/csv`) or a file-type IRI;
 * `undefined` when the name says nothing we can rely on.
 */
export function formatCodeFor(name: string): string | undefined {
	const trimmed = name.trim();
	if (!trimmed) return undefined;
	// An EU file-type IRI; an old or local code in one (…/file-type/WMS) is read as a name.
	const iri = /\/file-type\/([A-Za-z0-9_]+)$/.exec(trimmed);
	if (iri) return CODES.get(normalise(iri[1]!)) ?? ALIASES[normalise(iri[1]!)];
	const media = BY_MEDIA_TYPE.get(trimmed.toLowerCase().split(';')[0]!.trim());
	if (media) return media;
	const key = normalise(trimmed);
	return CODES.get(key) ?? ALIASES[key] ?? LABELS.get(key);
}
