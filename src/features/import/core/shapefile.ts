/**
 * The zipped-Shapefile converter: but-unzip lists the ZIP, shpjs reads each layer's .shp and .dbf
 * (reprojecting with proj4 when the .prj names a projected system). A .dbf without a .cpg whose text is
 * not valid UTF-8 is read as GB18030 (what Chinese GIS software writes). Several layers are merged.
 */
import { unzip } from 'but-unzip';
import getShapefile from 'shpjs';
import type { Messages } from './collect';
import { formatMegabytes } from './limits';
import { featuresFromRaw } from './geojson';
import type { TextStats } from './text';
import type { CrsId, ImportedFeature } from './types';

export interface ShapefileResult {
  features: ImportedFeature[];
  declared?: { crs: CrsId; source: string };
  rowCount: number;
}

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);

function dbfEncoding(dbf: Uint8Array): string {
  const headerLen = dbf.length > 10 ? dbf[8] | (dbf[9] << 8) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(Math.min(headerLen, dbf.length)));
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** At most this much unpacked: a ZIP that says it holds more (a ZIP bomb, or just too much) is refused. */
export const UNZIPPED_LIMIT_BYTES = 400 * 1024 * 1024;

/**
 * Reads the ZIP's end record and central directory before anything is unpacked: but-unzip loops for
 * ever on bytes without an end record, and the declared sizes say whether unpacking is affordable.
 */
function checkZip(b: Uint8Array): { problem: string } | { unpacked: number } {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return { problem: 'no end-of-archive record' };
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  let unpacked = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || v.getUint32(at, true) !== 0x02014b50) return { problem: 'damaged central directory' };
    unpacked += v.getUint32(at + 24, true);
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return { unpacked };
}

export async function parseShapefileZip(bytes: Uint8Array, file: string, msgs: Messages, stats: TextStats): Promise<ShapefileResult> {
  const files = new Map<string, Uint8Array>();
  const check = checkZip(bytes);
  if ('problem' in check) {
    msgs.error('invalid-zip', { detail: check.problem });
    return { features: [], rowCount: 0 };
  }
  if (check.unpacked > UNZIPPED_LIMIT_BYTES) {
    msgs.error('zip-too-large', { size: formatMegabytes(check.unpacked), limit: formatMegabytes(UNZIPPED_LIMIT_BYTES) });
    return { features: [], rowCount: 0 };
  }
  try {
    for (const item of unzip(bytes)) {
      if (/(^|\/)__MACOSX\//.test(item.filename)) continue;
      if (/\.(shp|dbf|prj|cpg)$/i.test(item.filename)) files.set(item.filename.toLowerCase(), await item.read());
    }
  } catch (e) {
    msgs.error('invalid-zip', { detail: (e instanceof Error ? e.message : String(e)).slice(0, 200) });
    return { features: [], rowCount: 0 };
  }
  const bases = [...files.keys()].filter((k) => k.endsWith('.shp')).map((k) => k.slice(0, -4));
  if (!bases.length) {
    msgs.error('zip-without-shapefile');
    return { features: [], rowCount: 0 };
  }
  const raw: unknown[] = [];
  let declared: ShapefileResult['declared'];
  let reprojected = false;
  for (const base of bases) {
    const shp = files.get(`${base}.shp`)!;
    const dbf = files.get(`${base}.dbf`);
    const prj = files.has(`${base}.prj`) ? utf8(files.get(`${base}.prj`)!) : undefined;
    const cpg = files.has(`${base}.cpg`) ? utf8(files.get(`${base}.cpg`)!).trim() : dbf ? dbfEncoding(dbf) : undefined;
    if (prj && /^\s*PROJCS/i.test(prj)) reprojected = true;
    if (prj && /GCJ/i.test(prj)) declared = { crs: 'gcj02', source: `${base}.prj` };
    else if (prj && /WGS[_ ]?1?9?84/i.test(prj)) declared ??= { crs: 'wgs84', source: `${base}.prj` };
    try {
      const fc = await getShapefile({ shp, ...(dbf ? { dbf } : {}), ...(cpg ? { cpg } : {}), ...(prj ? { prj } : {}) });
      raw.push(...fc.features);
    } catch (e) {
      msgs.error('shapefile-invalid', { detail: `${base}.shp: ${(e instanceof Error ? e.message : String(e)).slice(0, 160)}` });
      return { features: [], rowCount: 0 };
    }
  }
  if (!raw.length) {
    msgs.error('no-features');
    return { features: [], rowCount: 0 };
  }
  if (bases.length > 1) msgs.lead('shapefile-layers', { count: bases.length });
  if (reprojected) msgs.lead('shapefile-reprojected');
  const features = featuresFromRaw(raw, file, msgs, stats);
  return { features, ...(declared ? { declared } : {}), rowCount: features.length };
}
