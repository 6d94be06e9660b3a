/**
 * Checks a GeoJSON geometry from an untrusted file and returns a clean copy (only `type` and numeric
 * `coordinates` / `geometries` survive), or what is wrong with it. Ranges are not checked here: numbers
 * beyond ±180/±90 may be projected metres, which the file-level check explains.
 */
import type { Geometry, Position } from 'geojson';

export type Checked = { geometry: Geometry } | { problem: string };

const MAX_DEPTH = 8; // GeometryCollections nested deeper than this are refused

function position(p: unknown): Position | string {
  if (!Array.isArray(p)) return 'a position is not an array';
  if (p.length < 2) return 'a position has fewer than 2 numbers';
  const [x, y, z] = p as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return 'a coordinate is not a number';
  return typeof z === 'number' && Number.isFinite(z) ? [x, y, z] : [x, y];
}

function positions(a: unknown, min: number, what: string): Position[] | string {
  if (!Array.isArray(a)) return `${what} is not an array`;
  if (a.length < min) return `${what} has fewer than ${min} positions`;
  const out: Position[] = [];
  for (const p of a) {
    const q = position(p);
    if (typeof q === 'string') return q;
    out.push(q);
  }
  return out;
}

function ring(a: unknown): Position[] | string {
  const r = positions(a, 4, 'a polygon ring');
  if (typeof r === 'string') return r;
  const [f, l] = [r[0], r[r.length - 1]];
  return f[0] === l[0] && f[1] === l[1] ? r : 'a polygon ring is not closed';
}

function list<T>(a: unknown, item: (x: unknown) => T | string, min: number, what: string): T[] | string {
  if (!Array.isArray(a)) return `${what} is not an array`;
  if (a.length < min) return `${what} is empty`;
  const out: T[] = [];
  for (const x of a) {
    const v = item(x);
    if (typeof v === 'string') return v;
    out.push(v);
  }
  return out;
}

export function checkGeometry(g: unknown, depth = 0): Checked {
  if (g === null || typeof g !== 'object' || Array.isArray(g)) return { problem: 'the geometry is not an object' };
  const { type, coordinates: c } = g as { type?: unknown; coordinates?: unknown };
  const done = (v: unknown, make: (v: never) => Geometry): Checked => (typeof v === 'string' ? { problem: v } : { geometry: make(v as never) });
  switch (type) {
    case 'Point': return done(position(c), (coordinates) => ({ type, coordinates }));
    case 'MultiPoint': return done(positions(c, 1, 'a MultiPoint'), (coordinates) => ({ type, coordinates }));
    case 'LineString': return done(positions(c, 2, 'a LineString'), (coordinates) => ({ type, coordinates }));
    case 'MultiLineString': return done(list(c, (l) => positions(l, 2, 'a LineString'), 1, 'a MultiLineString'), (coordinates) => ({ type, coordinates }));
    case 'Polygon': return done(list(c, ring, 1, 'a Polygon'), (coordinates) => ({ type, coordinates }));
    case 'MultiPolygon': return done(list(c, (p) => list(p, ring, 1, 'a Polygon'), 1, 'a MultiPolygon'), (coordinates) => ({ type, coordinates }));
    case 'GeometryCollection': {
      if (depth >= MAX_DEPTH) return { problem: 'GeometryCollections nested too deeply' };
      const gs = (g as { geometries?: unknown }).geometries;
      if (!Array.isArray(gs)) return { problem: 'geometries is not an array' };
      const out: Geometry[] = [];
      for (const x of gs) {
        const r = checkGeometry(x, depth + 1);
        if ('problem' in r) return r;
        out.push(r.geometry);
      }
      return { geometry: { type, geometries: out } };
    }
    default:
      return { problem: `unknown geometry type ${JSON.stringify(String(type)).slice(0, 40)}` };
  }
}
