/**
 * Which Atlas zone a point falls in: the synthetic layer's index (Flatbush over the zones' boxes, then
 * point-in-polygon; the smallest containing zone wins), reused as is.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { buildZoneIndex, zoneOf } from '../../synthetic-enterprises/assign';

export function createZoneIndex(zones: { id: string; geometry: Polygon | MultiPolygon }[]): (lng: number, lat: number) => string | null {
  const zi = buildZoneIndex(zones);
  const scratch: number[] = [];
  return (lng, lat) => {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
    const i = zoneOf(zi, lng, lat, scratch);
    return i >= 0 ? zi.ids[i] : null;
  };
}
