/** Small coordinate helpers shared by the converters: China's box, walking positions, distances. */
import type { Geometry, Position } from 'geojson';

/** A generous box around China (with Hainan and the South China Sea's near islands; not a border). */
export const inChina = (lng: number, lat: number) => lng >= 73.4 && lng <= 135.1 && lat >= 17.5 && lat <= 53.6;

export const isLngLat = (lng: number, lat: number) => Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;

/** The geometry's first position (a representative point for checks), or null. */
export function firstPosition(g: Geometry): Position | null {
  switch (g.type) {
    case 'Point': return g.coordinates;
    case 'MultiPoint': case 'LineString': return g.coordinates[0] ?? null;
    case 'MultiLineString': case 'Polygon': return g.coordinates[0]?.[0] ?? null;
    case 'MultiPolygon': return g.coordinates[0]?.[0]?.[0] ?? null;
    case 'GeometryCollection': {
      for (const c of g.geometries) { const p = firstPosition(c); if (p) return p; }
      return null;
    }
  }
}

/** A copy of the geometry with every position mapped. */
export function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point': return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint': return { type: 'MultiPoint', coordinates: g.coordinates.map(f) };
    case 'LineString': return { type: 'LineString', coordinates: g.coordinates.map(f) };
    case 'MultiLineString': return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(f)) };
    case 'Polygon': return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    case 'GeometryCollection': return { type: 'GeometryCollection', geometries: g.geometries.map((c) => mapPositions(c, f)) };
  }
}

const R = 6371008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres. */
export function metres(a: readonly number[], b: readonly number[]): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLng = (b[0] - a[0]) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(s)));
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
