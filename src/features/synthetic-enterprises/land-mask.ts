/**
 * Where synthetic points may fall: "Shanghai's land area" as far as the Atlas's own OSM-derived basemap
 * layers say. The mask is the set of places within MAX_OFFSET_M of an anchor — a vertex of a major or
 * minor road, or a metro station — that are not inside a water polygon (黄浦江, 苏州河). It is derived
 * only from the basemap layers the app ships (© OpenStreetMap contributors, ODbL, and the authored
 * rivers); the check-only district layer is used by the tests, never here.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';

/** Furthest a point is placed from its anchor, in metres. */
export const MAX_OFFSET_M = 1200;

export const ANCHOR_ROAD = 0;
export const ANCHOR_STATION = 1;

export interface BasemapLayers {
  roadsMajor: FeatureCollection;
  roadsMinor: FeatureCollection;
  stations: FeatureCollection;
  water: FeatureCollection;
}

/** The basemap files the mask is built from (names without `.geojson`). */
export const MASK_LAYER_FILES = { roadsMajor: 'roads-major', roadsMinor: 'roads-minor', stations: 'metro-stations', water: 'water' } as const;

export interface WaterPolygon {
  geometry: Polygon | MultiPolygon;
  bbox: [number, number, number, number];
}

export interface LandMask {
  /** [lon, lat] pairs. */
  anchors: Float64Array;
  /** ANCHOR_ROAD or ANCHOR_STATION per anchor. */
  kinds: Uint8Array;
  water: WaterPolygon[];
}

function eachPosition(g: Geometry | null, f: (p: Position) => void): void {
  if (!g) return;
  switch (g.type) {
    case 'Point': f(g.coordinates); break;
    case 'MultiPoint': case 'LineString': g.coordinates.forEach(f); break;
    case 'MultiLineString': case 'Polygon': g.coordinates.forEach((l) => l.forEach(f)); break;
    case 'MultiPolygon': g.coordinates.forEach((p) => p.forEach((l) => l.forEach(f))); break;
    case 'GeometryCollection': g.geometries.forEach((x) => eachPosition(x, f)); break;
  }
}

function bboxOf(g: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(g, ([x, y]) => {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  });
  return b;
}

export function buildLandMask(layers: BasemapLayers): LandMask {
  const xs: number[] = [];
  const kinds: number[] = [];
  for (const fc of [layers.roadsMajor, layers.roadsMinor]) {
    for (const f of fc.features) eachPosition(f.geometry, ([x, y]) => { xs.push(x, y); kinds.push(ANCHOR_ROAD); });
  }
  for (const f of layers.stations.features) eachPosition(f.geometry, ([x, y]) => { xs.push(x, y); kinds.push(ANCHOR_STATION); });
  const water = layers.water.features
    .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .map((f) => ({ geometry: f.geometry, bbox: bboxOf(f.geometry) }));
  if (xs.length === 0) throw new Error('land mask: the basemap layers hold no road vertex or station');
  return { anchors: Float64Array.from(xs), kinds: Uint8Array.from(kinds), water };
}

export function inWater(mask: LandMask, lon: number, lat: number): boolean {
  for (const w of mask.water) {
    const [x0, y0, x1, y1] = w.bbox;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    if (booleanPointInPolygon([lon, lat], w.geometry)) return true;
  }
  return false;
}

/** Metres per degree of longitude and latitude at a latitude (spherical approximation, < 0.5 % off here). */
export function metresPerDegree(lat: number): { lon: number; lat: number } {
  return { lon: 111_320 * Math.cos((lat * Math.PI) / 180), lat: 110_574 };
}
