/**
 * Assigns each point to its zone: a Flatbush index over the zones' bounding boxes gives the few
 * candidates, turf's point-in-polygon tests them. Zones nest (cells inside areas, belts across them):
 * a point gets the **smallest** zone (by area) that contains it, or -1 when no zone does. Zones with the
 * same outline (e.g. a radiation area and the AI zone drawn on it) tie on area: the first listed wins.
 */
import Flatbush from 'flatbush';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface ZoneInput {
  id: string;
  geometry: Polygon | MultiPolygon;
}

export interface ZoneIndex {
  ids: string[];
  /** Area in m², per zone. */
  areas: Float64Array;
  index: Flatbush;
  geometries: (Polygon | MultiPolygon)[];
}

/** Zones from the app's `geodata/<plan>/zones.geojson` collections (features with `properties.id`). */
export function zonesFromCollections(collections: { features: Feature[] }[]): ZoneInput[] {
  const out: ZoneInput[] = [];
  for (const fc of collections) {
    for (const f of fc.features) {
      const id = (f.properties as { id?: string } | null)?.id;
      if (id && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')) out.push({ id, geometry: f.geometry });
    }
  }
  return out;
}

function bbox(g: Polygon | MultiPolygon): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const rings = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

export function buildZoneIndex(zones: ZoneInput[]): ZoneIndex {
  const index = new Flatbush(Math.max(1, zones.length));
  for (const z of zones) index.add(...bbox(z.geometry));
  if (zones.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return {
    ids: zones.map((z) => z.id),
    areas: Float64Array.from(zones.map((z) => area(z.geometry))),
    index,
    geometries: zones.map((z) => z.geometry),
  };
}

/** The smallest zone containing [lon, lat], or -1. */
export function zoneOf(zi: ZoneIndex, lon: number, lat: number, scratch: number[] = []): number {
  if (zi.geometries.length === 0) return -1;
  const candidates = zi.index.search(lon, lat, lon, lat, undefined);
  let best = -1;
  for (const c of candidates) {
    // Smallest area wins; equal areas (two zones may share one outline) go to the zone listed first.
    if (best >= 0 && (zi.areas[c] > zi.areas[best] || (zi.areas[c] === zi.areas[best] && c > best))) continue;
    scratch[0] = lon;
    scratch[1] = lat;
    if (booleanPointInPolygon(scratch, zi.geometries[c])) best = c;
  }
  return best;
}

/** Zone index per point (-1: in no zone). */
export function assignZones(zi: ZoneIndex, positions: Float32Array, onProgress?: (done: number) => void): Int16Array {
  const n = positions.length / 2;
  const out = new Int16Array(n);
  const scratch = [0, 0];
  for (let i = 0; i < n; i++) {
    out[i] = zoneOf(zi, positions[2 * i], positions[2 * i + 1], scratch);
    if (onProgress && (i & 0xffff) === 0xffff) onProgress(i + 1);
  }
  return out;
}
