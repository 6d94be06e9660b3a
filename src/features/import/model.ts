/** An imported layer as the Atlas keeps it (issue 12): WGS84 features, each with its Atlas zone. */
import type { Geometry } from 'geojson';
import type { CrsId, ImportFormat, ImportMessage, ImportProperties, TextEncoding } from './core/types';

export interface LayerFeature {
  index: number;
  name: string;
  /** WGS84; null: not located (listed, never dropped). */
  geometry: Geometry | null;
  address?: string;
  properties: ImportProperties;
  /** The smallest Atlas zone containing the feature's point (points only), or null. */
  zone: string | null;
}

export interface LayerMeta {
  id: string;
  /** The file's name, as the user gave it. */
  name: string;
  colour: string;
  visible: boolean;
  format: ImportFormat;
  encoding?: TextEncoding;
  /** The coordinate system the file was read in (converted to WGS84). */
  crs: CrsId;
  createdAt: number;
  count: number;
  located: number;
  notes: ImportMessage[];
}

export interface ImportLayer extends LayerMeta {
  features: LayerFeature[];
  /** In the browser's storage: saved, being saved, or failed (the reason is shown). */
  saved: 'saved' | 'saving' | 'failed';
  saveError?: string;
}

/** A feature's id across layers: `<layer id>/<index>` (the search and the directory use it). */
export const featureKey = (layerId: string, index: number) => `${layerId}/${index}`;

/** Distinct colours that read over the basemap and the zones' fills (none is a plan's colour). */
export const LAYER_COLOURS = ['#d6336c', '#0b7285', '#e8590c', '#5f3dc4', '#2b8a3e', '#1864ab', '#862e9c', '#a61e4d'];

export function nextColour(used: readonly string[]): string {
  return LAYER_COLOURS.find((c) => !used.includes(c)) ?? LAYER_COLOURS[used.length % LAYER_COLOURS.length];
}

/** A point to stand for a geometry (its zone, its place in lists): a point itself, else the middle of its box. */
export function representativePoint(g: Geometry | null): [number, number] | null {
  if (!g) return null;
  if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1]];
  const b = geometryBounds(g);
  return b ? [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] : null;
}

export function geometryBounds(g: Geometry): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
      return;
    }
    for (const x of c) walk(x);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => walk('coordinates' in x ? x.coordinates : []));
  else walk(g.coordinates);
  return w === Infinity ? null : [w, s, e, n];
}

export function layerBounds(features: readonly LayerFeature[]): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of features) {
    if (!f.geometry) continue;
    const b = f.geometry.type === 'Point' ? [f.geometry.coordinates[0], f.geometry.coordinates[1], f.geometry.coordinates[0], f.geometry.coordinates[1]] : geometryBounds(f.geometry);
    if (!b) continue;
    if (b[0] < w) w = b[0];
    if (b[1] < s) s = b[1];
    if (b[2] > e) e = b[2];
    if (b[3] > n) n = b[3];
  }
  return w === Infinity ? null : [w, s, e, n];
}

/** Only http(s) links are links; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(v: unknown): string | null {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v.trim())) return null;
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
