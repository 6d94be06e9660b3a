/**
 * Measuring on the map, in WGS84 and geodesic (turf): a path's length (great-circle segments, turf
 * `length`) and a polygon's area (spherical, turf `area`, the same as the zone panel's computed area)
 * and perimeter. Figures are formatted in both units people read: m and km, km² and 公顷 (hectares).
 * Pure.
 */
import { area, length, lineString, polygon } from '@turf/turf';
import type { Lang } from '../../i18n';

export type LngLat = [number, number];
export type MeasureMode = 'distance' | 'area';

/** Geodesic length of a path through `points`, metres (0 for fewer than two). */
export function pathMetres(points: readonly LngLat[]): number {
  return points.length < 2 ? 0 : length(lineString(points.map((p) => [...p])), { units: 'meters' });
}

/** The closed ring of a polygon through `points` (the first point repeated at the end). */
export function ringOf(points: readonly LngLat[]): LngLat[] {
  return [...points, points[0]];
}

/** Spherical area of the polygon through `points`, m² (0 for fewer than three). */
export function polygonSquareMetres(points: readonly LngLat[]): number {
  return points.length < 3 ? 0 : area(polygon([ringOf(points).map((p) => [...p])]));
}

/** Perimeter of the polygon through `points`, metres. */
export function perimeterMetres(points: readonly LngLat[]): number {
  return points.length < 3 ? pathMetres(points) : pathMetres(ringOf(points));
}

const number = (lang: Lang, v: number, digits: number) =>
  v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** `1,477 m · 1.477 km` (under 10 m one decimal). */
export function formatLength(m: number, lang: Lang): string {
  return `${number(lang, m, m < 10 ? 1 : 0)} m · ${number(lang, m / 1000, 3)} km`;
}

/** `1.476 km² · 147.6 公顷` / `… ha`. */
export function formatArea(m2: number, lang: Lang): string {
  const km2 = m2 / 1e6;
  const ha = m2 / 1e4;
  return `${number(lang, km2, km2 < 0.01 ? 4 : 3)} km² · ${number(lang, ha, ha < 10 ? 2 : 1)} ${lang === 'zh' ? '公顷' : 'ha'}`;
}

export interface Measurement {
  mode: MeasureMode;
  points: LngLat[];
  metres: number;
  squareMetres: number | null;
}

export function measure(mode: MeasureMode, points: readonly LngLat[]): Measurement {
  return mode === 'distance'
    ? { mode, points: [...points], metres: pathMetres(points), squareMetres: null }
    : { mode, points: [...points], metres: perimeterMetres(points), squareMetres: polygonSquareMetres(points) };
}

/**
 * A measurement as GeoJSON (RFC 7946, WGS84): a LineString (distance) or a Polygon (area) with its
 * figures in metres and m² as properties, coordinates rounded to 7 decimals (~1 cm).
 */
export function measurementGeoJson(m: Measurement, now = new Date()) {
  const round = (p: LngLat) => p.map((x) => Math.round(x * 1e7) / 1e7);
  const geometry = m.mode === 'distance'
    ? { type: 'LineString' as const, coordinates: m.points.map(round) }
    : { type: 'Polygon' as const, coordinates: [ringOf(m.points).map(round)] };
  const properties = m.mode === 'distance'
    ? { measure: 'distance', length_m: Math.round(m.metres * 100) / 100, length_km: Math.round(m.metres) / 1000, method: 'geodesic (turf length)', crs: 'WGS84', measured: now.toISOString() }
    : {
        measure: 'area', area_m2: Math.round(m.squareMetres! * 100) / 100, area_km2: Math.round(m.squareMetres!) / 1e6, area_ha: Math.round(m.squareMetres! / 100) / 100,
        perimeter_m: Math.round(m.metres * 100) / 100, method: 'spherical (turf area)', crs: 'WGS84', measured: now.toISOString(),
      };
  return { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, geometry, properties }] };
}
