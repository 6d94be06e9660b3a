/**
 * The GeoJSON converter: a FeatureCollection, a single Feature, or a bare geometry. Each feature's
 * geometry is checked (an invalid one is kept as "not located" with a note naming the feature), its
 * properties kept as plain values. A `crs` member (GeoJSON 2008) is read as a declaration.
 */
import { checkGeometry } from './geometry';
import type { Messages } from './collect';
import { addressOf, nameOf, toProperties } from './properties';
import type { TextStats } from './text';
import type { CrsId, ImportedFeature } from './types';

export interface GeoJsonResult {
  features: ImportedFeature[];
  declared?: { crs: CrsId; source: string };
  rowCount: number;
}

/** Line and column of a JSON.parse error, from V8's "at position N" (or Firefox's "line L column C"). */
function where(text: string, e: unknown): { line: number; column: number; detail: string } {
  const detail = e instanceof Error ? e.message : String(e);
  const lc = /line (\d+) column (\d+)/.exec(detail);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), detail };
  const pos = /position (\d+)/.exec(detail);
  const at = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n'), detail: detail.slice(0, 200) };
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * A GeoJSON 2008 `crs` member naming GCJ-02 or BD-09. EPSG:4326 / CRS84 is not taken as a declaration:
 * every GeoJSON is WGS84 by its specification and QGIS writes CRS84 into every export, GCJ-02 data
 * included, so the anchors decide. A projected system is recognised by its numbers (analyse.ts).
 */
function declaredCrs(doc: Record<string, unknown>): { declared?: GeoJsonResult['declared'] } {
  const crs = doc.crs as { properties?: { name?: unknown } } | undefined;
  const name = typeof crs?.properties?.name === 'string' ? crs.properties.name : '';
  if (!name) return {};
  if (/gcj/i.test(name)) return { declared: { crs: 'gcj02', source: name } };
  if (/bd ?09|baidu/i.test(name)) return { declared: { crs: 'bd09', source: name } };
  return {};
}

export function parseGeoJson(text: string, file: string, msgs: Messages, stats: TextStats): GeoJsonResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const w = where(text, e);
    msgs.error('invalid-json', w);
    return { features: [], rowCount: 0 };
  }
  const found = Array.isArray(doc) ? 'an array' : doc === null ? 'null' : typeof doc !== 'object' ? typeof doc : `type ${JSON.stringify(String((doc as { type?: unknown }).type ?? 'none')).slice(0, 40)}`;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    msgs.error('not-geojson', { found });
    return { features: [], rowCount: 0 };
  }
  const root = doc as Record<string, unknown>;
  let raw: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) {
      msgs.error('not-geojson', { found: 'a FeatureCollection without a features list' });
      return { features: [], rowCount: 0 };
    }
    raw = root.features;
  } else if (root.type === 'Feature') raw = [root];
  else if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) raw = [{ type: 'Feature', geometry: root, properties: {} }];
  else {
    msgs.error('not-geojson', { found });
    return { features: [], rowCount: 0 };
  }
  if (raw.length === 0) {
    msgs.error('no-features');
    return { features: [], rowCount: 0 };
  }
  const features = featuresFromRaw(raw, file, msgs, stats);
  return { features, ...declaredCrs(root), rowCount: features.length };
}

/** GeoJSON-like features (from a file, from togeojson, from shpjs) as checked, plain `ImportedFeature`s. */
export function featuresFromRaw(raw: readonly unknown[], file: string, msgs: Messages, stats: TextStats): ImportedFeature[] {
  return raw.map((item, index) => {
    const feature = index + 1;
    const f = (item && typeof item === 'object' && !Array.isArray(item) ? item : {}) as Record<string, unknown>;
    const properties = toProperties(f.properties, stats);
    let geometry: ImportedFeature['geometry'] = null;
    if (f.type !== 'Feature') msgs.note('feature-bad-geometry', { detail: 'not a Feature' }, { feature });
    else if (f.geometry === null || f.geometry === undefined) msgs.note('feature-no-geometry', undefined, { feature });
    else {
      const c = checkGeometry(f.geometry);
      if ('problem' in c) msgs.note('feature-bad-geometry', { detail: c.problem }, { feature });
      else geometry = c.geometry;
    }
    const address = addressOf(properties);
    return { index, name: nameOf(properties, file, index), geometry, properties, ...(address ? { address } : {}) };
  });
}
