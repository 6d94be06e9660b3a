/**
 * Which converter reads a file: by its extension first, then by its first bytes (a file called
 * "data.txt" holding GeoJSON is read as GeoJSON; a ZIP is a ZIP whatever its name).
 */
import type { ImportFormat } from './types';

export type Sniffed = ImportFormat | 'shp-unzipped' | 'utf-16' | 'unknown';

const BY_EXTENSION: Record<string, Sniffed> = {
  geojson: 'geojson', json: 'geojson', csv: 'csv', tsv: 'tsv', tab: 'tsv', kml: 'kml', zip: 'shapefile',
  shp: 'shp-unzipped', dbf: 'shp-unzipped', shx: 'shp-unzipped', prj: 'shp-unzipped',
};

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
};

export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
export const isUtf16 = (b: Uint8Array) => b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
/** A .shp's header starts with the file code 9994 (big-endian). */
const isShp = (b: Uint8Array) => b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0x27 && b[3] === 0x0a;

/** The format from the name and the first bytes (`head`: up to a few KB). */
export function sniffFormat(name: string, head: Uint8Array): Sniffed {
  if (isZip(head)) return 'shapefile';
  if (isUtf16(head)) return 'utf-16';
  if (isShp(head)) return 'shp-unzipped';
  const ext = extensionOf(name);
  const byExt = BY_EXTENSION[ext];
  if (byExt && byExt !== 'shapefile') return byExt;
  // Content: skip a BOM and whitespace, look at the first character.
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  const c = head[i];
  if (c === 0x7b || c === 0x5b) return 'geojson'; // { or [
  if (c === 0x3c) return 'kml'; // <
  if (byExt === 'shapefile') return 'shapefile'; // a .zip that is not a ZIP: the converter says so
  if (ext === 'txt' || ext === '' ) {
    const line = new TextDecoder('utf-8').decode(head.subarray(i, Math.min(head.length, i + 2048))).split(/\r?\n/)[0] ?? '';
    if (line.includes('\t')) return 'tsv';
    if (line.includes(',') || line.includes(';')) return 'csv';
  }
  return 'unknown';
}
