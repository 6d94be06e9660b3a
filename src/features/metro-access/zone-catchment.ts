/**
 * A zone's metro stations: those inside its polygon and those outside it within a walking catchment
 * of its edge (800 m by default, the station catchment the planning texts use), with straight-line
 * (geodesic) distances from the edge. Pure: WGS84 data in, WGS84 figures out.
 */
import { bbox, booleanIntersects } from '@turf/turf';
import { metresTo, stationsWithin, type Station, type StationDistance } from '../../data/stations';
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

/**
 * The metro lines that cross the zone or pass within `metres` of its edge (by their vertices; the
 * lines are densely noded): where the station data hold no station nearby, this says that the line
 * is there all the same, so that a 0 is not read as "no metro". Line numbers in number order.
 */
export function linesNear(lines: GeoJSON.FeatureCollection, zone: Zone, metres = CATCHMENT_METRES): string[] {
  const area = zone as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  // Only vertices in the zone's box grown by `metres` can be that close (a degree of latitude is
  // ~111 km; of longitude, that times the cosine of the latitude): the exact test runs on those alone.
  const [w, s, e, n] = bbox(area);
  const dLat = (metres / 111_000) * 1.05;
  const dLng = dLat / Math.cos((((s + n) / 2) * Math.PI) / 180);
  const inBox = (p: number[]) => p[0] >= w - dLng && p[0] <= e + dLng && p[1] >= s - dLat && p[1] <= n + dLat;
  const found = new Set<string>();
  for (const f of lines.features) {
    const line = String(f.properties?.line ?? '');
    if (!line || found.has(line) || !f.geometry) continue;
    const g = f.geometry as GeoJSON.LineString | GeoJSON.MultiLineString;
    const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    if (parts.some((c) => c.some((p) => inBox(p) && metresTo(p as [number, number], area) <= metres)) || booleanIntersects(f, area)) found.add(line);
  }
  return [...found].sort((a, b) => Number(a) - Number(b));
}
