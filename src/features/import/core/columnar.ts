/**
 * Features (in the source's coordinate system) to a columnar FeatureTable in WGS84, each point with
 * its Atlas zone: run in the import worker once the reader has confirmed the coordinate system, a
 * chunk at a time, so the chunks can go to the page as they are made. Also used on the page for the
 * layers saved by an earlier version (features as objects).
 */
import type { Geometry, Position } from 'geojson';
import gcoord from 'gcoord';
import { mapPositions } from './geo';
import { CHUNK_ROWS, OTHER, POINT, textColumn, type FeatureChunk, type FeatureTable } from './table';
import type { CrsId, ImportProperties } from './types';

/** What the builder reads: an ImportedFeature, or a saved LayerFeature (with its zone). */
export interface SourceFeature {
  name: string;
  geometry: Geometry | null;
  address?: string;
  properties: ImportProperties;
  row?: number;
  zone?: string | null;
}

/** The zone of a WGS84 point (null: none), or, for a feature that knows its zone, that. */
export type ZoneOf = (lng: number, lat: number, f: SourceFeature) => string | null;

const GCOORD = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

function converter(crs: CrsId): (p: Position) => Position {
  if (crs === 'wgs84') return (p) => p;
  const from = GCOORD[crs];
  return (p) => {
    const [x, y] = gcoord.transform([p[0], p[1]] as [number, number], from, gcoord.WGS84) as [number, number];
    return p.length > 2 ? [x, y, ...p.slice(2)] : [x, y];
  };
}

function boundsOf(g: Geometry): [number, number, number, number] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const x = c[0] as number, y = c[1] as number;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
      return;
    }
    for (const x of c) walk(x);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => (x.type === 'GeometryCollection' ? undefined : walk(x.coordinates)));
  else walk(g.coordinates);
  return w === Infinity ? null : [w, s, e, n];
}

/** The property keys in the order first met, and which are plain (a string in every row). */
function keysOf(features: readonly SourceFeature[]): { keys: string[]; plain: boolean[] } {
  const at = new Map<string, number>();
  const keys: string[] = [];
  const seen: number[] = [];
  const plain: boolean[] = [];
  for (const f of features) {
    for (const k in f.properties) {
      let n = at.get(k);
      if (n === undefined) (n = keys.length, at.set(k, n), keys.push(k), seen.push(0), plain.push(true));
      seen[n]++;
      if (plain[n] && typeof f.properties[k] !== 'string') plain[n] = false;
    }
  }
  return { keys, plain: plain.map((p, n) => p && seen[n] === features.length) };
}

export interface TableBuilder {
  /** The table so far (its chunks, counts, bounds and zones grow with each step). */
  table: FeatureTable;
  /** Builds the next chunk (appended to table.chunks) and returns it, or null when all are built. */
  step(): FeatureChunk | null;
}

export function tableBuilder(features: readonly SourceFeature[], crs: CrsId, zoneOf: ZoneOf | null, chunkRows = CHUNK_ROWS): TableBuilder {
  const { keys, plain } = keysOf(features);
  const table: FeatureTable = { count: features.length, located: 0, allPoints: true, bounds: null, keys, plain, zoneIds: [], chunkRows, chunks: [] };
  const zoneIndex = new Map<string, number>();
  const toWgs84 = converter(crs);
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    if (x0 < w) w = x0;
    if (y0 < s) s = y0;
    if (x1 > e) e = x1;
    if (y1 > n) n = y1;
  };
  let start = 0;
  const step = (): FeatureChunk | null => {
    if (start >= features.length) return null;
    const count = Math.min(chunkRows, features.length - start);
    const xy = new Float64Array(2 * count).fill(NaN);
    const kind = new Uint8Array(count);
    const zone = new Int32Array(count).fill(-1);
    const names: string[] = new Array<string>(count);
    const addresses: string[] = new Array<string>(count);
    const geometry: string[] = new Array<string>(count).fill('');
    const props: string[][] = keys.map(() => new Array<string>(count));
    const rows = new Uint32Array(count);
    let others = 0, withRows = 0;
    for (let j = 0; j < count; j++) {
      const f = features[start + j];
      names[j] = f.name;
      addresses[j] = f.address ?? '';
      if (f.row) (rows[j] = f.row, withRows++);
      for (let k = 0; k < keys.length; k++) {
        const v = f.properties[keys[k]];
        props[k][j] = plain[k] ? (v as string) : v === undefined ? '' : JSON.stringify(v);
      }
      const g = f.geometry;
      if (!g) continue;
      table.located++;
      let zx = NaN, zy = NaN;
      if (g.type === 'Point' && g.coordinates.length === 2) {
        const [x, y] = toWgs84(g.coordinates);
        kind[j] = POINT;
        xy[2 * j] = zx = x;
        xy[2 * j + 1] = zy = y;
        grow(x, y, x, y);
      } else {
        const out = crs === 'wgs84' ? g : mapPositions(g, toWgs84);
        kind[j] = OTHER;
        geometry[j] = JSON.stringify(out);
        others++;
        if (out.type !== 'Point') table.allPoints = false;
        else (zx = out.coordinates[0], zy = out.coordinates[1]);
        const b = boundsOf(out);
        if (b) {
          grow(b[0], b[1], b[2], b[3]);
          xy[2 * j] = (b[0] + b[2]) / 2;
          xy[2 * j + 1] = (b[1] + b[3]) / 2;
        }
      }
      if (zoneOf && Number.isFinite(zx)) {
        const id = zoneOf(zx, zy, f);
        if (id !== null) {
          let zi = zoneIndex.get(id);
          if (zi === undefined) (zi = table.zoneIds.length, zoneIndex.set(id, zi), table.zoneIds.push(id));
          zone[j] = zi;
        }
      }
    }
    const chunk: FeatureChunk = {
      start, count, xy, kind, zone, names: textColumn(names), addresses: textColumn(addresses),
      ...(others ? { geometry: textColumn(geometry) } : {}), props: props.map(textColumn), ...(withRows ? { rows } : {}),
    };
    table.chunks.push(chunk);
    table.bounds = w === Infinity ? null : [w, s, e, n];
    start += count;
    return chunk;
  };
  return { table, step };
}

/** The whole table at once (small layers, tests). */
export function buildTable(features: readonly SourceFeature[], crs: CrsId, zoneOf: ZoneOf | null, chunkRows = CHUNK_ROWS): FeatureTable {
  const b = tableBuilder(features, crs, zoneOf, chunkRows);
  while (b.step());
  return b.table;
}
