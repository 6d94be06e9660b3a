/**
 * An imported layer's features, columnar (issue 12): what the worker hands over (typed arrays
 * transferred, not cloned; one string per text column per chunk), what the page keeps, draws and
 * searches, and what IndexedDB stores. A million points are a few hundred chunks, not a million
 * objects: the page never spends a long task receiving, collecting or saving them. A feature object
 * is made only when one is shown (`featureAt`: the card, a search hit, an export row).
 * No imports (beyond types): the page's small parts (search, directory) read tables without the converters.
 */
import type { Geometry } from 'geojson';
import type { ImportProperties } from './types';

/** Rows per chunk: one chunk is one message from the worker and one IndexedDB record. */
export const CHUNK_ROWS = 8192;

/** Strings joined into one: value i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface TextColumn {
  text: string;
  ends: Uint32Array;
}

/** Geometry kinds per row. */
export const NOT_LOCATED = 0;
/** A 2D point: its coordinates are `xy`. */
export const POINT = 1;
/** Anything else (lines, polygons, a point with a height): its GeoJSON text is in `geometry`. */
export const OTHER = 2;

export interface FeatureChunk {
  /** Index of the chunk's first feature in the layer. */
  start: number;
  count: number;
  /** WGS84 [lng, lat] per row: the point, or the middle of the shape's box; NaN when not located. */
  xy: Float64Array;
  /** NOT_LOCATED, POINT or OTHER per row. */
  kind: Uint8Array;
  /** Index into the table's `zoneIds` of the smallest Atlas zone holding the row's point (points only), -1: none. */
  zone: Int32Array;
  names: TextColumn;
  /** '' = no address. */
  addresses: TextColumn;
  /** GeoJSON text for OTHER rows ('' for the rest); absent when the chunk has none. */
  geometry?: TextColumn;
  /** One column per key of the table: the value as it is (a plain key) or as JSON ('' = absent). */
  props: TextColumn[];
  /** The file's row for each feature (CSV/TSV; 0 = none). */
  rows?: Uint32Array;
}

export interface FeatureTable {
  count: number;
  located: number;
  /** Every located feature is a 2D point (drawn as points; a big layer's grid applies). */
  allPoints: boolean;
  /** WGS84 [west, south, east, north] of every located feature, or null. */
  bounds: [number, number, number, number] | null;
  /** The property keys, in the order first met. */
  keys: string[];
  /** Per key: true when every row has it as a string, stored as is; false: stored as JSON. */
  plain: boolean[];
  zoneIds: string[];
  chunkRows: number;
  chunks: FeatureChunk[];
}

/** A feature as shown (the card, a list row, an export row): made on demand from its table. */
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

export const textAt = (c: TextColumn, j: number) => c.text.slice(j === 0 ? 0 : c.ends[j - 1], c.ends[j]);

/** The chunk holding feature `i` and the row within it, or null when out of range. */
export function locate(t: FeatureTable, i: number): [FeatureChunk, number] | null {
  if (!Number.isInteger(i) || i < 0 || i >= t.count) return null;
  const chunk = t.chunks[Math.floor(i / t.chunkRows)];
  return chunk ? [chunk, i - chunk.start] : null;
}

export function nameAt(t: FeatureTable, i: number): string {
  const at = locate(t, i);
  return at ? textAt(at[0].names, at[1]) : '';
}

export function isLocated(t: FeatureTable, i: number): boolean {
  const at = locate(t, i);
  return !!at && at[0].kind[at[1]] !== NOT_LOCATED;
}

export function zoneAt(t: FeatureTable, i: number): string | null {
  const at = locate(t, i);
  const z = at ? at[0].zone[at[1]] : -1;
  return z >= 0 ? t.zoneIds[z] : null;
}

/** The feature's point (or the middle of its shape), WGS84, or null when not located. */
export function pointAt(t: FeatureTable, i: number): [number, number] | null {
  const at = locate(t, i);
  if (!at || at[0].kind[at[1]] === NOT_LOCATED) return null;
  return [at[0].xy[2 * at[1]], at[0].xy[2 * at[1] + 1]];
}

export function geometryAt(chunk: FeatureChunk, j: number): Geometry | null {
  const k = chunk.kind[j];
  if (k === POINT) return { type: 'Point', coordinates: [chunk.xy[2 * j], chunk.xy[2 * j + 1]] };
  if (k === OTHER && chunk.geometry) return JSON.parse(textAt(chunk.geometry, j)) as Geometry;
  return null;
}

/** Feature `i` as an object, or null when out of range. */
export function featureAt(t: FeatureTable, i: number): LayerFeature | null {
  const at = locate(t, i);
  if (!at) return null;
  const [c, j] = at;
  const properties: ImportProperties = {};
  t.keys.forEach((k, n) => {
    const v = textAt(c.props[n], j);
    if (t.plain[n]) properties[k] = v;
    else if (v !== '') properties[k] = JSON.parse(v) as ImportProperties[string];
  });
  const address = textAt(c.addresses, j);
  const z = c.zone[j];
  return { index: i, name: textAt(c.names, j), geometry: geometryAt(c, j), ...(address ? { address } : {}), properties, zone: z >= 0 ? t.zoneIds[z] : null };
}

/** Calls `fn` for every feature index `i` of a kind (or all), in order, with its chunk and row. */
export function eachRow(t: FeatureTable, fn: (i: number, chunk: FeatureChunk, j: number) => boolean | void, kind?: number): void {
  for (const c of t.chunks) {
    for (let j = 0; j < c.count; j++) {
      if (kind !== undefined && c.kind[j] !== kind) continue;
      if (fn(c.start + j, c, j) === false) return;
    }
  }
}

/** Joins strings into a TextColumn. */
export function textColumn(values: readonly string[]): TextColumn {
  const ends = new Uint32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) ends[i] = n += values[i].length;
  return { text: values.join(''), ends };
}

/** The typed arrays of a chunk (to transfer them to the page instead of copying them). */
export function chunkBuffers(c: FeatureChunk): ArrayBuffer[] {
  const cols = [c.names, c.addresses, ...(c.geometry ? [c.geometry] : []), ...c.props];
  return [c.xy, c.kind, c.zone, ...(c.rows ? [c.rows] : []), ...cols.map((x) => x.ends)].map((a) => a.buffer as ArrayBuffer);
}
