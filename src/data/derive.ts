/**
 * Derived map data, computed once when the app is built (never in the browser): zone areas, drawing
 * order, label anchors, bounds, and the schematic position of every record that has no point of its
 * own, inside each of its zones. Pure; uses turf. Coordinates are [lng, lat], areas km².
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Atlas } from './schema';
import { zoneAreaKm2, zoneLabelPoint } from './geometry';

export type LngLat = [number, number];
/** [west, south, east, north], degrees. */
export type Bounds = [number, number, number, number];

export interface MapDerived {
  /** Every zone id, largest first (smaller zones are drawn on top and win picking). */
  zoneOrder: string[];
  /** Geodesic area of each zone's drawn boundary, km². */
  areaKm2: Record<string, number>;
  /** A point inside each zone for its label. */
  labelPoint: Record<string, LngLat>;
  /** Each zone's bounds. */
  bounds: Record<string, Bounds>;
  /** For each place without a point of its own: its schematic position inside each of its zones. */
  schematic: Record<string, Record<string, LngLat>>;
}

/** Rounds to 1e-6° (~0.1 m): keeps the shipped JSON small without moving anything visibly. */
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
const round = ([x, y]: LngLat): LngLat => [r6(x), r6(y)];

/** The i-th point of a sunflower spiral around a centre (degrees; ~35 m between neighbours). */
function spiral([x, y]: LngLat, i: number): LngLat {
  const angle = i * 2.399963; // golden angle
  const r = 0.00032 * Math.sqrt(i);
  return [x + Math.cos(angle) * r, y + Math.sin(angle) * r * 0.86];
}

type Place = Atlas['carriers'][number] | Atlas['institutions'][number] | Atlas['enterprises'][number];

export function deriveMapData(atlas: Atlas): MapDerived {
  const areaKm2: Record<string, number> = {};
  const labelPoint: Record<string, LngLat> = {};
  const bounds: Record<string, Bounds> = {};
  const zoneById = new Map(atlas.zones.map((z) => [z.properties.id, z]));
  for (const z of atlas.zones) {
    const id = z.properties.id;
    areaKm2[id] = zoneAreaKm2(z);
    labelPoint[id] = round(zoneLabelPoint(z));
    bounds[id] = bbox(z as GeoJSON.Feature).map(r6) as Bounds;
  }
  const zoneOrder = atlas.zones.map((z) => z.properties.id).sort((a, b) => areaKm2[b] - areaKm2[a]);

  // Walk a spiral out from each zone's label point, one slot per place, keeping only spots inside the
  // zone. Zones that share a label point (a placeholder reusing another zone's shape) share the spiral.
  const nextSlot = new Map<string, number>();
  const schematic: MapDerived['schematic'] = {};
  const places: Place[] = [...atlas.carriers, ...atlas.institutions, ...atlas.enterprises];
  for (const f of places) {
    if (f.geometry) continue;
    const p = f.properties;
    for (const zoneId of p.zones) {
      const zone = zoneById.get(zoneId) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> | undefined;
      if (!zone) continue;
      const spiralKey = labelPoint[zoneId].join();
      let i = nextSlot.get(spiralKey) ?? 8; // start a little out, leaving the zone label readable
      let position = spiral(labelPoint[zoneId], i);
      for (let tries = 0; tries < 400 && !booleanPointInPolygon(position, zone); tries++) position = spiral(labelPoint[zoneId], ++i);
      nextSlot.set(spiralKey, i + 1);
      (schematic[p.id] ??= {})[zoneId] = round(position);
    }
  }
  return { zoneOrder, areaKm2, labelPoint, bounds, schematic };
}
