/**
 * Helpers for the Yangpu and Jing'an zone tracers: read the OSM-derived reference layers (never the
 * check-only ones), pick named stations and road centrelines, build buffered/hull shapes, and write
 * pretty, diffable zone files. Coordinates are WGS84 [lng, lat]; distances in metres.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  area, buffer, cleanCoords, convex, difference, distance, featureCollection, intersect, lineIntersect, lineSlice,
  lineString, multiLineString, point, polygon, union,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { ZoneProperties } from '../../src/data/schema';
import { writeZones as mergeZonesInto } from './lib';

export const REFERENCE_DIR = process.env.ATLAS_REFERENCE_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'reference-geodata');

/** The reference files a tracer may derive shipped geometry from (OpenStreetMap, ODbL). */
const DERIVABLE = ['metro-lines', 'metro-stations', 'rail-stations-osm', 'roads-elevated-major-osm', 'subdistricts-partial-osm', 'poi-osm-heritage-export'] as const;
type Derivable = (typeof DERIVABLE)[number];

const cache = new Map<string, FeatureCollection>();
export function osmLayer(name: Derivable): FeatureCollection {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.geojson`), 'utf8')));
  return cache.get(name)!;
}

export type Area = Feature<Polygon | MultiPolygon>;
export type LngLat = [number, number];

/** The point (node) or centroid (way) of an OSM object in the OSM heritage/POI export, by its OSM id. */
export function osmPoi(osmId: string): LngLat {
  const f = osmLayer('poi-osm-heritage-export').features.find((x) => x.properties?.osm_id === osmId);
  if (!f) throw new Error(`no OSM object ${osmId} in poi-osm-heritage-export`);
  const c = f.properties!.centroid as LngLat;
  return [c[0], c[1]];
}

/** A named metro station, only if its coordinates came from OSM (Amap-sourced points are check-only). */
export function osmStation(name: string): LngLat {
  const f = osmLayer('metro-stations').features.find((s) => s.properties?.name === name);
  if (!f) throw new Error(`no station named ${name}`);
  if (!String(f.properties?.coord_source).startsWith('osm')) throw new Error(`station ${name} is Amap-sourced (check-only)`);
  return (f.geometry as GeoJSON.Point).coordinates as LngLat;
}

/** An OSM station node from rail-stations-osm, by its exact position (for nodes OSM leaves unnamed). */
export function osmStationNode(lng: number, lat: number): LngLat {
  const f = osmLayer('rail-stations-osm').features.find((s) => {
    const [x, y] = (s.geometry as GeoJSON.Point).coordinates;
    return Math.abs(x - lng) < 5e-7 && Math.abs(y - lat) < 5e-7;
  });
  if (!f) throw new Error(`no OSM station node at ${lng}, ${lat}`);
  return (f.geometry as GeoJSON.Point).coordinates as LngLat;
}

function linesOf(fc: FeatureCollection, pick: (p: Record<string, unknown>) => boolean): Position[][] {
  const parts: Position[][] = [];
  for (const f of fc.features) {
    if (!pick(f.properties ?? {})) continue;
    const g = f.geometry as LineString | MultiLineString;
    parts.push(...(g.type === 'LineString' ? [g.coordinates] : g.coordinates));
  }
  if (!parts.length) throw new Error('no matching line');
  return parts;
}

/** All parts of a metro line ("1"…"18"). */
export const metroLine = (line: string) => linesOf(osmLayer('metro-lines'), (p) => p.line === line);
/** All parts of a named road in roads-elevated-major-osm. */
export const osmRoad = (name: string) => linesOf(osmLayer('roads-elevated-major-osm'), (p) => p.name === name);

/** The OSM polygon of a sub-district (街道/镇) from subdistricts-partial-osm. */
export function osmSubdistrict(name: string): Area {
  const f = osmLayer('subdistricts-partial-osm').features.find((s) => s.properties?.name === name);
  if (!f) throw new Error(`no sub-district ${name}`);
  return { type: 'Feature', properties: {}, geometry: f.geometry as Polygon };
}

const sq = (a: Position, b: Position) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
const nearestIndex = (part: Position[], p: Position) => part.reduce((best, q, i) => (sq(q, p) < sq(part[best], p) ? i : best), 0);

/** The stretch of a multi-part line between the points nearest `from` and `to`, on the part that passes closest to both. */
export function lineBetween(parts: Position[][], from: LngLat, to: LngLat): Feature<LineString> {
  const score = (part: Position[]) => sq(part[nearestIndex(part, from)], from) + sq(part[nearestIndex(part, to)], to);
  const part = parts.reduce((best, p) => (p.length > 1 && score(p) < score(best) ? p : best));
  return lineSlice(point(from), point(to), lineString(part));
}

/** The part of a multi-part line whose vertices fall inside a lng/lat box. */
export function lineWithin(parts: Position[][], box: { minLng: number; maxLng: number; minLat: number; maxLat: number }): Feature<MultiLineString> {
  const inside = (p: Position) => p[0] >= box.minLng && p[0] <= box.maxLng && p[1] >= box.minLat && p[1] <= box.maxLat;
  const out: Position[][] = [];
  for (const part of parts) {
    let run: Position[] = [];
    for (const p of part) {
      if (inside(p)) run.push(p);
      else { if (run.length > 1) out.push(run); run = []; }
    }
    if (run.length > 1) out.push(run);
  }
  if (!out.length) throw new Error('no line inside the box');
  return multiLineString(out);
}

/** Where two multi-part lines cross: the mean of their crossing points within `nearM` metres of `near` (dual carriageways, two tracks). */
export function crossing(a: Position[][], b: Position[][], near: LngLat, nearM = 500): LngLat {
  const hits: Position[] = [];
  for (const pa of a.filter((p) => p.length > 1)) {
    for (const pb of b.filter((p) => p.length > 1)) {
      for (const f of lineIntersect(lineString(pa), lineString(pb)).features) {
        if (distance(point(near), f, { units: 'meters' }) <= nearM) hits.push(f.geometry.coordinates);
      }
    }
  }
  if (!hits.length) throw new Error(`the lines do not cross within ${nearM} m of ${near}`);
  return [hits.reduce((s, p) => s + p[0], 0) / hits.length, hits.reduce((s, p) => s + p[1], 0) / hits.length];
}

/**
 * The run of a line from `start` (its end nearest that point) for as long as each segment heads more
 * north–south than east–west (in metres): e.g. the stretch where a metro line follows a N–S street. The first
 * segment, on which `start` lies, always counts (it may be a short stub of a bend).
 */
export function northSouthRun(line: Feature<LineString>, start: LngLat): LngLat[] {
  const c = line.geometry.coordinates as LngLat[];
  const pts = sq(c[0], start) <= sq(c[c.length - 1], start) ? c : [...c].reverse();
  const kx = Math.cos((pts[0][1] * Math.PI) / 180);
  const run: LngLat[] = pts.slice(0, 2);
  for (let i = 2; i < pts.length; i++) {
    const [dx, dy] = [Math.abs(pts[i][0] - pts[i - 1][0]) * kx, Math.abs(pts[i][1] - pts[i - 1][1])];
    if (dx > dy) break;
    run.push(pts[i]);
  }
  return run;
}

/**
 * Latitude of an east–west line at a longitude: the mean over every segment that crosses it (both
 * carriageways of a dual road), or undefined where the line does not reach.
 */
export function latAtLng(parts: Position[][], lng: number): number | undefined {
  const hits: number[] = [];
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1], part[i]];
      if ((a[0] - lng) * (b[0] - lng) > 0 || a[0] === b[0]) continue;
      hits.push(a[1] + ((lng - a[0]) / (b[0] - a[0])) * (b[1] - a[1]));
    }
  }
  return hits.length ? hits.reduce((s, v) => s + v, 0) / hits.length : undefined;
}

/** Points along an east–west line sampled every `step` degrees of longitude from `fromLng` to `toLng`. */
export function traceEastWest(parts: Position[][], fromLng: number, toLng: number, step = 0.0005): LngLat[] {
  const out: LngLat[] = [];
  const n = Math.max(1, Math.round(Math.abs(toLng - fromLng) / step));
  for (let i = 0; i <= n; i++) {
    const lng = fromLng + ((toLng - fromLng) * i) / n;
    const lat = latAtLng(parts, lng);
    if (lat !== undefined) out.push([lng, lat]);
  }
  return out;
}

export const disc = (centre: LngLat, radiusM: number): Area => buffer(point(centre), radiusM, { units: 'meters', steps: 16 }) as Area;
export const bufferLine = (line: Feature<LineString | MultiLineString>, halfWidthM: number): Area =>
  buffer(line, halfWidthM, { units: 'meters', steps: 8 }) as Area;
export const hull = (points: LngLat[], paddingM = 0): Area => {
  const h = convex(featureCollection(points.map((p) => point(p)))) as Area;
  return paddingM > 0 ? (buffer(h, paddingM, { units: 'meters', steps: 8 }) as Area) : h;
};
export const ring = (points: LngLat[]): Area => polygon([[...points, points[0]]]);
export const unite = (...areas: Area[]): Area => (areas.length === 1 ? areas[0] : (union(featureCollection(areas)) as Area));
export const minus = (a: Area, ...others: Area[]): Area => others.reduce((acc, o) => (difference(featureCollection([acc, o])) as Area) ?? acc, a);
export function clipTo(a: Area, clip: Area): Area {
  const r = intersect(featureCollection([a, clip])) as Area | null;
  if (!r) throw new Error('clip left nothing');
  return r;
}

/** The largest polygon of a (multi)polygon, to drop slivers left by clipping. */
export function largestPart(a: Area): Area {
  if (a.geometry.type === 'Polygon') return a;
  const parts = a.geometry.coordinates.map((c) => polygon(c));
  return parts.reduce((best, p) => (area(p) > area(best) ? p : best));
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Rounds to 6 decimals, drops repeated vertices, keeps rings closed. */
export function tidy(a: Area): Polygon | MultiPolygon {
  const rings = (rs: Position[][]) =>
    rs.map((r) => {
      const out: Position[] = [];
      for (const p of r) {
        const q = [round6(p[0]), round6(p[1])];
        const last = out[out.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
      }
      const [f, l] = [out[0], out[out.length - 1]];
      if (f[0] !== l[0] || f[1] !== l[1]) out.push([...f]);
      return out;
    });
  const g = cleanCoords(a).geometry;
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rings(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) };
}

/** The outer-ring vertices of a polygon, or of every part of a multipolygon. */
export const verticesOf = (a: Area): LngLat[] =>
  (a.geometry.type === 'Polygon' ? a.geometry.coordinates[0] : a.geometry.coordinates.flatMap((p) => p[0])) as LngLat[];

export { lineString };

export const areaKm2 = (a: Area) => area(a) / 1e6;

export interface ZoneDraft {
  properties: ZoneProperties;
  shape: Area;
}

/**
 * Writes the zones' geometry and `location` into the curated file (see writeZones in lib.ts: every other
 * property stays as the file has it); prints id and area.
 */
export function writeZones(path: string, drafts: ZoneDraft[]): void {
  const fc = {
    type: 'FeatureCollection',
    features: drafts.map((d) => ({ type: 'Feature', properties: d.properties, geometry: tidy(d.shape) })),
  };
  mkdirSync(dirname(path), { recursive: true });
  mergeZonesInto(path, fc.features);
  for (const f of fc.features) {
    console.log(`${f.properties.id.padEnd(44)} ${areaKm2({ type: 'Feature', properties: {}, geometry: f.geometry }).toFixed(3)} km²  ${f.properties.location.precision}`);
  }
  console.log(`wrote ${fc.features.length} zones to ${path}`);
}
