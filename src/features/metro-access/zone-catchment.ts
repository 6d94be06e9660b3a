/**
 * A zone's metro stations: those inside its polygon and those outside it within a walking catchment
 * of its edge (800 m by default, the station catchment the planning texts use), with straight-line
 * (geodesic) distances from the edge. Pure: WGS84 data in, WGS84 figures out.
 */
import { stationsWithin, type Station, type StationDistance } from '../../data/stations';
import type { Zone } from '../../data/schema';

export const CATCHMENT_METRES = 800;

export interface ZoneCatchment {
  /** Inside the zone (distance 0), by name order of the bundle. */
  inside: StationDistance[];
  /** Outside it, within `metres` of its edge, nearest first. */
  near: StationDistance[];
  metres: number;
}

export function zoneCatchment(stations: readonly Station[], zone: Zone, metres = CATCHMENT_METRES): ZoneCatchment {
  const all = stationsWithin(stations, zone as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>, metres);
  return { inside: all.filter((d) => d.metres === 0), near: all.filter((d) => d.metres > 0), metres };
}

/** "350 m" / "1.2 km" (whole metres under a kilometre). */
export function formatMetres(m: number, lang: 'zh' | 'en'): string {
  if (m < 1000) return `${Math.round(m)} m`;
  return `${(m / 1000).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 })} km`;
}
