/**
 * The zipped-Shapefile converter: but-unzip lists the ZIP, shpjs reads each layer's .shp and .dbf
 * (reprojecting with proj4 when the .prj names a projected system). A .dbf without a .cpg whose text is
 * not valid UTF-8 is read as GB18030 (what Chinese GIS software writes). Several layers are merged.
 */
import { unzip } from 'but-unzip';
import getShapefile from 'shpjs';
import type { Messages } from './collect';
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

export async function parseShapefileZip(bytes: Uint8Array, file: string, msgs: Messages, stats: TextStats): Promise<ShapefileResult> {
  const files = new Map<string, Uint8Array>();
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
