// Coordinates on screen vs in data (issue 11). Every fact is stored in WGS84. Only the
// display changes datum: while the AMap / 高德 basemap is shown (its tiles are drawn in
// GCJ-02, the Chinese obfuscated datum), every overlay is shifted into GCJ-02 so it sits
// on the right streets; clicked points come back through fromDisplay. Measurements, lists
// and exports always use the WGS84 data, never displayed coordinates.
//
// While the datum is WGS84 every function is the identity and gcoord is not loaded: it is
// imported on demand by setDisplayDatum('gcj02') (the basemap chooser), so the first
// screen carries only this file.
import type { Geometry, GeoJSON, Position } from 'geojson';

export type DisplayDatum = 'wgs84' | 'gcj02';
export type LngLat = [number, number];

interface Shift {
  forward: (p: LngLat) => LngLat;
  inverse: (p: LngLat) => LngLat;
}

let datum: DisplayDatum = 'wgs84';
let shift: Shift | null = null;
let request = 0;
const listeners = new Set<(d: DisplayDatum) => void>();

export function displayDatum(): DisplayDatum {
  return datum;
}

/** A WGS84 position as it is drawn on the current basemap. */
export function toDisplay(p: LngLat): LngLat {
  return shift ? shift.forward(p) : [p[0], p[1]];
}

/** A displayed position (e.g. a clicked point) back to WGS84. */
export function fromDisplay(p: LngLat): LngLat {
  return shift ? shift.inverse(p) : [p[0], p[1]];
}

function mapPosition(p: Position): Position {
  const [x, y] = shift!.forward([p[0]!, p[1]!]);
  return p.length > 2 ? [x, y, ...p.slice(2)] : [x, y];
}

function mapGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: mapPosition(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(mapPosition) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => r.map(mapPosition)) } as Geometry;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((poly) => poly.map((r) => r.map(mapPosition))),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map(mapGeometry) };
  }
}

/**
 * A GeoJSON object as drawn on the current basemap. The identity (the same object) while
 * the datum is WGS84; otherwise a new object with every position shifted (properties and
 * ids shared, never mutated; a bbox is dropped since it would be stale).
 */
export function toDisplayGeometry<T extends GeoJSON>(geojson: T): T {
  if (!shift) return geojson;
  const g = geojson as GeoJSON;
  if (g.type === 'FeatureCollection') {
    const { bbox: _b, ...rest } = g;
    return {
      ...rest,
      features: g.features.map((f) => {
        const { bbox: _fb, ...frest } = f;
        return { ...frest, geometry: f.geometry ? mapGeometry(f.geometry) : f.geometry };
      }),
    } as unknown as T;
  }
  if (g.type === 'Feature') {
    const { bbox: _b, ...rest } = g;
    return { ...rest, geometry: g.geometry ? mapGeometry(g.geometry) : g.geometry } as unknown as T;
  }
  return mapGeometry(g) as unknown as T;
}

/** A WGS84 [west, south, east, north] box as drawn on the current basemap (for framing the camera). */
export function toDisplayBounds(b: [number, number, number, number]): [number, number, number, number] {
  if (!shift) return b;
  const [w, s] = shift.forward([b[0], b[1]]);
  const [e, n] = shift.forward([b[2], b[3]]);
  return [w, s, e, n];
}

/** Called with the new datum after every change. Returns the unsubscribe function. */
export function onDisplayDatumChange(cb: (d: DisplayDatum) => void): () => void {
  listeners.add(cb);
  return () => {
    listeners.delete(cb);
  };
}

async function loadGcj02(): Promise<Shift> {
  const { default: gcoord } = await import('gcoord');
  return {
    forward: (p) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LngLat,
    inverse: (p) => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as LngLat,
  };
}

/**
 * Switch the display datum (the basemap chooser does this, and only it). The datum flips
 * once the converter has loaded; a later call wins over an earlier one still loading.
 */
export async function setDisplayDatum(next: DisplayDatum): Promise<void> {
  const mine = ++request;
  const nextShift = next === 'gcj02' ? await loadGcj02() : null;
  if (mine !== request || next === datum) return;
  datum = next;
  shift = nextShift;
  for (const cb of [...listeners]) cb(datum);
}
