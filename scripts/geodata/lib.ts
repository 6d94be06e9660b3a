/**
 * Shared helpers for the zone-tracing scripts: read the reference geodata, build centrelines from
 * OSM ways (averaging dual carriageways and metro track pairs), cut and join edges, write zones files.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  area, buffer, circle, difference, featureCollection, intersect, length, lineIntersect, lineSlice,
  lineSliceAlong, lineString, nearestPointOnLine, point, polygon, truncate, union, distance, destination, bearing,
  cleanCoords, simplify,
} from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export type Pt = [number, number];
export type Area = Feature<Polygon | MultiPolygon>;

export const REFERENCE_DIR = process.env.ATLAS_REFERENCE_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'reference-geodata');

export function loadRef(name: string): FeatureCollection {
  const path = join(REFERENCE_DIR, `${name}.geojson`);
  if (!existsSync(path)) throw new Error(`reference file missing: ${path} (set ATLAS_REFERENCE_DIR)`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * All vertices of the features of `file` whose property `key` equals one of `values`, inside the bbox,
 * with long segments densified (a point every `stepM` metres) so that sparse ways still fill every bin.
 */
export function vertices(
  file: string, key: string, values: string[], bbox?: [number, number, number, number], stepM = 20,
): Pt[] {
  const out: Pt[] = [];
  for (const f of loadRef(file).features) {
    const v = (f.properties as Record<string, unknown> | null)?.[key];
    if (typeof v !== 'string' || !values.includes(v)) continue;
    for (const l of linesOf(f.geometry)) for (const p of densify(l as Pt[], stepM)) {
      if (!bbox || (p[0] >= bbox[0] && p[0] <= bbox[2] && p[1] >= bbox[1] && p[1] <= bbox[3])) out.push(p);
    }
  }
  return out;
}

/** The lines of a geometry: a line's parts, or a polygon's rings. */
export function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString': return [g.coordinates];
    case 'MultiLineString': return g.coordinates;
    case 'Polygon': return g.coordinates;
    case 'MultiPolygon': return g.coordinates.flat();
    default: return [];
  }
}

function densify(l: Pt[], stepM: number): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i < l.length; i++) {
    out.push([l[i][0], l[i][1]]);
    if (i + 1 === l.length) break;
    const n = Math.floor(distance(point(l[i]), point(l[i + 1]), { units: 'meters' }) / stepM);
    for (let k = 1; k < n; k++) {
      const t = k / n;
      out.push([l[i][0] + t * (l[i + 1][0] - l[i][0]), l[i][1] + t * (l[i + 1][1] - l[i][1])]);
    }
  }
  return out;
}

/** Densify a guide line so that binning along it is smooth. */
export function guideLine(points: Pt[]): Feature<LineString> {
  return lineString(points);
}

/**
 * A single centreline from scattered vertices (two carriageways, two metro tracks): project every
 * vertex onto `guide`, keep those within `maxOffsetM` of it, bin them by distance along the guide
 * (`binM` metres) and average each bin. Returns the averaged points in guide order.
 */
export function centreline(guide: Feature<LineString>, pts: Pt[], binM = 60, maxOffsetM = 120): Pt[] {
  const bins = new Map<number, { x: number; y: number; n: number }>();
  for (const p of pts) {
    const np = nearestPointOnLine(guide, point(p), { units: 'meters' });
    if ((np.properties.dist ?? Infinity) > maxOffsetM) continue;
    const k = Math.floor((np.properties.location ?? 0) / binM);
    const b = bins.get(k) ?? { x: 0, y: 0, n: 0 };
    b.x += p[0]; b.y += p[1]; b.n += 1;
    bins.set(k, b);
  }
  return [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => [b.x / b.n, b.y / b.n] as Pt);
}

/** Extend a polyline at both ends along its end bearings by `m` metres. */
export function extend(line: Pt[], m: number): Pt[] {
  const [a, b] = [line[0], line[1]];
  const [y, z] = [line[line.length - 2], line[line.length - 1]];
  const start = destination(point(a), m / 1000, bearing(point(b), point(a))).geometry.coordinates as Pt;
  const end = destination(point(z), m / 1000, bearing(point(y), point(z))).geometry.coordinates as Pt;
  return [start, ...line, end];
}

/** The first crossing of two polylines (throws if none: an edge that does not meet its neighbour). */
export function crossing(a: Pt[], b: Pt[], what: string): Pt {
  const hits = lineIntersect(lineString(a), lineString(b)).features;
  if (!hits.length) throw new Error(`no crossing: ${what}`);
  return hits[0].geometry.coordinates as Pt;
}

/** The part of `line` between the points nearest to `from` and `to`, in that order. */
export function between(line: Pt[], from: Pt, to: Pt): Pt[] {
  const l = lineString(line);
  const s = lineSlice(point(from), point(to), l).geometry.coordinates as Pt[];
  // lineSlice returns the slice in line order; flip it when `from` lies after `to`.
  const df = distance(point(s[0]), point(from));
  const dt = distance(point(s[0]), point(to));
  const out = df <= dt ? s : [...s].reverse();
  out[0] = from; out[out.length - 1] = to;
  return out;
}

/** Join edges (each starting where the previous ended) into a closed ring. */
export function ring(edges: Pt[][]): Pt[] {
  const out: Pt[] = [];
  for (const e of edges) out.push(...(out.length ? e.slice(1) : e));
  const [a, z] = [out[0], out[out.length - 1]];
  if (a[0] !== z[0] || a[1] !== z[1]) out.push(a);
  return out;
}

export const round = (p: Pt, d = 6): Pt => [Number(p[0].toFixed(d)), Number(p[1].toFixed(d))];

/** Clean a polygon: drop repeated/collinear vertices, round to 6 decimals, optional simplification (m). */
export function tidy(f: Area, simplifyM = 0): Area {
  let g = f;
  if (simplifyM > 0) g = simplify(g, { tolerance: simplifyM / 111_000, highQuality: true });
  g = truncate(cleanCoords(g), { precision: 6, coordinates: 2 }) as Area;
  return g;
}

export const poly = (r: Pt[]): Area => polygon([r]);
export const km2 = (f: Area): number => area(f) / 1e6;

/** A corridor: the line buffered by `halfWidthM` on each side. */
export const corridor = (line: Pt[], halfWidthM: number): Area =>
  buffer(lineString(line), halfWidthM, { units: 'meters', steps: 8 }) as Area;

export const disc = (c: Pt, radiusM: number, steps = 48): Area => circle(c, radiusM / 1000, { steps }) as Area;

export function clip(a: Area, b: Area): Area {
  const r = intersect(featureCollection([a, b]));
  if (!r) throw new Error('empty intersection');
  return r as Area;
}
export function unite(...fs: Area[]): Area {
  const r = union(featureCollection(fs));
  if (!r) throw new Error('empty union');
  return r as Area;
}
export function minus(a: Area, b: Area): Area {
  const r = difference(featureCollection([a, b]));
  if (!r) throw new Error('empty difference');
  return r as Area;
}

/** A polygon on one side of a (long, extended) divider: the divider closed by far-away points on `side`. */
export function halfPlane(divider: Pt[], side: 'left' | 'right', farM = 3000): Area {
  const a = divider[0];
  const z = divider[divider.length - 1];
  const dir = bearing(point(a), point(z));
  const off = side === 'left' ? dir - 90 : dir + 90;
  const far = (p: Pt) => destination(point(p), farM / 1000, off).geometry.coordinates as Pt;
  return poly([...divider, far(z), far(a), divider[0]]);
}

/** Distances (m) from each vertex to a reference line set: max and median. */
export function vertexDistances(verts: Pt[], ref: Pt[][]): { max: number; median: number } {
  const lines = ref.map((l) => lineString(l));
  const d = verts.map((v) => Math.min(...lines.map((l) => (nearestPointOnLine(l, point(v), { units: 'meters' }).properties.dist ?? Infinity))));
  const s = [...d].sort((x, y) => x - y);
  return { max: s[s.length - 1], median: s[Math.floor(s.length / 2)] };
}

export const lengthM = (l: Pt[]) => length(lineString(l), { units: 'meters' });
export const along = (l: Pt[], fromM: number, toM: number) =>
  lineSliceAlong(lineString(l), fromM / 1000, toM / 1000).geometry.coordinates as Pt[];

/**
 * Write zones into `path`, owning only their geometry and `location`: the curated file is the source of
 * every other property (names, citations, designations …), so an existing zone keeps its properties and
 * their order, with `location` and `geometry` replaced by the computed ones; a zone the file lacks is
 * appended, a zone the script does not compute is kept as it is. The file is read right before writing.
 * Format: 2-space indent, one line per position.
 */
export function writeZones(path: string, features: unknown[]): void {
  type F = { type: 'Feature'; properties: { id: string; location: unknown } & Record<string, unknown>; geometry: unknown };
  const computed = new Map((features as F[]).map((f) => [f.properties.id, f]));
  const existing: F[] = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).features : [];
  const out = existing.map((f) => {
    const c = computed.get(f.properties.id);
    if (!c) return f;
    computed.delete(f.properties.id);
    return { ...f, properties: { ...f.properties, location: c.properties.location }, geometry: c.geometry };
  });
  out.push(...computed.values());
  const fc = { type: 'FeatureCollection', features: out };
  const text = JSON.stringify(fc, null, 2).replace(
    /\[\s+(-?\d+(?:\.\d+)?),\s+(-?\d+(?:\.\d+)?)\s+\]/g, '[$1, $2]',
  );
  writeFileSync(path, `${text}\n`);
}

/**
 * Write reader `basis` texts into a reader-texts.json (only `basis`; a record's other texts stay as the
 * file has them). Read right before writing; same format as the other geodata files.
 */
export function writeBasis(path: string, basis: Record<string, { zh: string; en: string }>): void {
  const texts = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
  for (const [id, b] of Object.entries(basis)) {
    const { basis: _old, ...rest } = texts[id] ?? {};
    texts[id] = { basis: b, ...rest };
  }
  const text = JSON.stringify(texts, null, 2);
  writeFileSync(path, `${text}\n`);
}

/** The in-bbox run of the part (of features where `key` = `value`) with the most vertices inside the bbox. */
export function partInBbox(file: string, key: string, value: string, bbox: [number, number, number, number]): Pt[] {
  let best: Pt[] = [];
  const inb = (p: Position) => p[0] >= bbox[0] && p[0] <= bbox[2] && p[1] >= bbox[1] && p[1] <= bbox[3];
  for (const f of loadRef(file).features) {
    if ((f.properties as Record<string, unknown> | null)?.[key] !== value) continue;
    const g = f.geometry;
    const lines: Position[][] = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const l of lines) {
      let run: Pt[] = [];
      for (const p of l) {
        if (inb(p)) run.push([p[0], p[1]]);
        else { if (run.length > best.length) best = run; run = []; }
      }
      if (run.length > best.length) best = run;
    }
  }
  if (best.length < 2) throw new Error(`no ${key}=${value} in ${file} within ${bbox}`);
  return best;
}

/**
 * A single centreline from scattered vertices of a street or track pair that runs monotonically along
 * one axis: bin the vertices by longitude (`lng`) or latitude (`lat`) every `binM` metres and average
 * each bin. Two carriageways or two tracks average to their middle.
 */
export function axisCentreline(pts: Pt[], axis: 'lng' | 'lat', binM = 60): Pt[] {
  const i = axis === 'lng' ? 0 : 1;
  const lat0 = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const deg = axis === 'lng' ? binM / (111_320 * Math.cos((lat0 * Math.PI) / 180)) : binM / 110_574;
  const bins = new Map<number, { x: number; y: number; n: number }>();
  for (const p of pts) {
    const k = Math.floor(p[i] / deg);
    const b = bins.get(k) ?? { x: 0, y: 0, n: 0 };
    b.x += p[0]; b.y += p[1]; b.n += 1;
    bins.set(k, b);
  }
  return [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => [b.x / b.n, b.y / b.n] as Pt);
}

export interface ZoneSpec {
  id: string; plan: string; zoneType: string;
  name: { zh: string; en?: string; original?: string; aliases?: string[] };
  citations: { seed: string; quote: string }[];
  parent?: string; districts: string[]; statedAreaKm2?: number;
  boundaryQuote?: { seed: string; quote: string };
  location: { precision: 'exact' | 'street' | 'approximate' | 'schematic'; source: string; method: string; note?: string };
}

/** A zone Feature in the schema's key order, geometry tidied (rounded to 6 decimals). */
export function zone(spec: ZoneSpec, geom: Area): unknown {
  const g = tidy(geom, 1.5).geometry;
  return { type: 'Feature', properties: spec, geometry: g };
}
