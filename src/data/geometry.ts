/** Geometry helpers over turf, in the units people read: km², metres. Coordinates are [lng, lat]. */
import { area, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Zone } from './schema';

const M2_PER_KM2 = 1_000_000;

/** Geodesic (spherical) area of a zone's polygon, km². */
export function zoneAreaKm2(zone: Zone): number {
  return area(zone as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>) / M2_PER_KM2;
}

/** A point guaranteed to lie inside the zone (for labels and schematic placement), [lng, lat]. */
export function zoneLabelPoint(zone: Zone): [number, number] {
  const feature = zone as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  const c = centroid(feature).geometry.coordinates as [number, number];
  const p = pointOnFeature(feature).geometry.coordinates as [number, number];
  return insideZone(zone, c) ? c : p;
}

function insideZone(zone: Zone, point: [number, number]): boolean {
  return booleanPointInPolygon(point, zone as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>);
}
