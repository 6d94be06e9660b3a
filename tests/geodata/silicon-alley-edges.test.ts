/**
 * 上海硅巷 follows the OSM centrelines it claims, edge by edge: the stored boundary is cut at its four
 * corners (and the north edge where the OSM 愚园路 ends), sampled every 10 m, and the share of each edge
 * within 30 m of the lines that edge claims (EDGE_SOURCES in scripts/geodata/changning-edges.ts) is
 * measured. The north edge west of the 愚园路 is a stated metro proxy (Line 2 under 长宁路) and is
 * measured against Line 2.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { along, distance, length, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { loadReference, referenceAvailable, REFERENCE_MISSING } from '../helpers/reference-geodata';

const fc = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'geodata', 'changning', 'zones.geojson'), 'utf8'));
const alley = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'zone:silicon-alley');
const ring = (alley.geometry as Polygon).coordinates[0] as [number, number][];

function linesOf(g: Feature['geometry'], bbox?: readonly number[]): Position[][] {
  const all = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates
    : g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  if (!bbox) return all;
  const inside = (p: Position) => p[0] >= bbox[0] && p[0] <= bbox[2] && p[1] >= bbox[1] && p[1] <= bbox[3];
  // keep runs of consecutive vertices inside the box (a polygon's ring is kept only where it follows the street)
  return all.flatMap((l) => l.reduce<Position[][]>((runs, p, i) => {
    if (!inside(p)) return runs;
    if (i > 0 && inside(l[i - 1])) runs[runs.length - 1].push(p); else runs.push([p]);
    return runs;
  }, []).filter((r) => r.length > 1));
}

/** The stored ring's vertex index nearest to a point. */
const nearestIndex = (p: [number, number]) => ring.reduce((best, v, i) => (distance(point(v), point(p)) < distance(point(ring[best]), point(p)) ? i : best), 0);
/** The ring from vertex i to vertex j (wrapping round). */
const slice = (i: number, j: number): [number, number][] => (i <= j ? ring.slice(i, j + 1) : [...ring.slice(i, -1), ...ring.slice(0, j + 1)]);

function shareWithin(edge: [number, number][], lines: Feature<LineString>[], m: number): number {
  const l = lineString(edge);
  const len = length(l, { units: 'meters' });
  const n = Math.max(2, Math.round(len / 10));
  let near = 0;
  for (let k = 0; k <= n; k++) {
    const p = along(l, (len * k) / n / 1000).geometry.coordinates;
    const d = Math.min(...lines.map((x) => nearestPointOnLine(x, point(p), { units: 'meters' }).properties.dist ?? Infinity));
    if (d <= m) near++;
  }
  return near / (n + 1);
}

describe('上海硅巷 follows the OSM centrelines it claims (share of each edge within 30 m)', () => {
  it('per edge: 江苏路, 延安西路, 凯旋路, 愚园路 (OSM streets) and the Line 2 proxy under 长宁路', async (ctx) => {
    if (!referenceAvailable()) { console.warn(REFERENCE_MISSING); ctx.skip(); return; }
    const { changningEdges, EDGE_SOURCES, YUYUAN_WEST_END_LNG } = await import('../../scripts/geodata/changning-edges');
    const e = changningEdges();
    const [nw, ne, se, sw] = [e.corners.nw, e.corners.ne, e.corners.se, e.corners.sw].map((c) => nearestIndex(c as [number, number]));
    // The ring runs nw → ne (north), ne → se (east), se → sw (south), sw → nw (west).
    const north = slice(nw, ne);
    const split = north.findIndex((p) => p[0] >= YUYUAN_WEST_END_LNG);
    const edges: Record<keyof typeof EDGE_SOURCES, [number, number][]> = {
      east: slice(ne, se), south: slice(se, sw), west: slice(sw, nw),
      northYuyuan: north.slice(split - 1), northLine2Proxy: north.slice(0, split),
    };
    const shares: Record<string, number> = {};
    for (const [name, sources] of Object.entries(EDGE_SOURCES) as [keyof typeof EDGE_SOURCES, (typeof EDGE_SOURCES)[keyof typeof EDGE_SOURCES]][]) {
      const lines = sources.flatMap((s) => loadReference(s.file).features
        .filter((f) => (s.values as readonly string[]).includes(String((f.properties as Record<string, unknown>)[s.key])))
        .flatMap((f) => linesOf(f.geometry, 'bbox' in s ? s.bbox : undefined))
        .filter((l) => l.some((p) => p[0] > 121.40 && p[0] < 121.44 && p[1] > 31.20 && p[1] < 31.23))
        .map((l) => lineString(l)));
      expect(lines.length, `${name}: reference lines found`).toBeGreaterThan(0);
      shares[name] = shareWithin(edges[name], lines, 30);
    }
    const len = (l: [number, number][]) => length(lineString(l), { units: 'meters' });
    console.log('上海硅巷 share of each edge within 30 m of its claimed line:', Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, `${(v * 100).toFixed(1)}% of ${len(edges[k as keyof typeof edges]).toFixed(0)} m`])));
    for (const [name, s] of Object.entries(shares)) expect(s, name).toBeGreaterThanOrEqual(0.95);
    // The stated proxy is the short part: the OSM streets carry most of the boundary.
    expect(len(edges.northLine2Proxy) / len(ring)).toBeLessThan(0.25);
  });
});
