/**
 * Places with a point of their own: every one is listed in scripts/geodata/places.ts with the reference
 * feature it comes from, lies within its precision's tolerance of that source point, and the datum checks
 * that decided the Wikidata points still hold against OSM.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, distance, lineString, nearestPointOnLine, point, polygonToLine } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { OWN_POINTS, TOLERANCE_M, sourcePoint } from '../../scripts/geodata/places';
import { gcj02ToWgs84 } from '../../scripts/geodata/gcj02';
import { loadReference, referenceAvailable, REFERENCE_DIR, REFERENCE_MISSING } from '../helpers/reference-geodata';

type Place = { properties: { id: string; location?: { precision: string } }; geometry: { type: 'Point'; coordinates: [number, number] } | null };
const GEODATA = join(import.meta.dirname, '..', '..', 'geodata');
const files = [...new Set(['changning', 'jingan', 'minhang', 'yangpu'].flatMap((d) => ['carriers', 'institutions', 'enterprises'].map((k) => `${d}/${k}.geojson`)).concat('shared/enterprises.geojson'))];
const places: (Place & { file: string })[] = files.flatMap((f) => JSON.parse(readFileSync(join(GEODATA, f), 'utf8')).features.map((p: Place) => ({ ...p, file: f })));
const located = places.filter((p) => p.geometry);
const metres = (a: [number, number], b: [number, number]) => distance(point(a), point(b), { units: 'meters' });

describe('places with a point of their own', () => {
  it('are exactly the places listed in scripts/geodata/places.ts, with the listed file and precision', () => {
    expect(located.map((p) => p.properties.id).sort()).toEqual(OWN_POINTS.map((p) => p.id).sort());
    for (const own of OWN_POINTS) {
      const p = located.find((q) => q.properties.id === own.id)!;
      expect(p.file, own.id).toBe(own.file);
      expect(p.properties.location?.precision, own.id).toBe(own.precision);
    }
  });

  for (const own of OWN_POINTS) {
    const tolerance = TOLERANCE_M[own.precision];
    it(`${own.id} lies within its precision (${own.precision}: ${tolerance} m) of its source point`, (ctx) => {
      if (!referenceAvailable()) { console.warn(REFERENCE_MISSING); ctx.skip(); return; }
      const id = own.id;
            const src = sourcePoint(own.from, REFERENCE_DIR)!;
      const stored = located.find((p) => p.properties.id === id)!.geometry!.coordinates;
      expect(metres(stored, src)).toBeLessThanOrEqual(tolerance);
    });
  }

  it('Wikidata points: the datum decision for each holds against OSM', (ctx) => {
    if (!referenceAvailable()) { console.warn(REFERENCE_MISSING); ctx.skip(); return; }
    const wd = (qid: string) => loadReference('poi-wikidata-cc0').features.find((f) => f.properties?.qid === qid)!.geometry as unknown as { coordinates: [number, number] };
    const roads = (names: string[]) => ['roads-osm-changning-xinhua', 'roads-osm-center-2025-08-09'].flatMap((f) => loadReference(f).features
      .filter((x) => names.includes(x.properties?.name) && x.geometry.type === 'LineString')
      .map((x) => lineString((x.geometry as unknown as { coordinates: [number, number][] }).coordinates)));
    const toLines = (p: [number, number], ls: ReturnType<typeof lineString>[]) => Math.min(...ls.map((l) => nearestPointOnLine(l, point(p), { units: 'meters' }).properties.dist ?? Infinity));
    // 刘海粟美术馆: Wikidata agrees with the OSM node as WGS84, not as GCJ-02.
    const museum = sourcePoint(OWN_POINTS.find((p) => p.id === 'institution:liu-haisu-art-museum')!.from)!;
    const q = wd('Q56051945').coordinates;
    expect(metres(q, museum)).toBeLessThan(60);
    expect(metres(gcj02ToWgs84(q), museum)).toBeGreaterThan(400);
    // 硅酸盐所 (定西路1295号): as given the point is far from 定西路; read as GCJ-02 it lies on the 定西路 line.
    const siccas = wd('Q30297410').coordinates;
    expect(toLines(siccas, roads(['定西路']))).toBeGreaterThan(300);
    const zones = JSON.parse(readFileSync(join(GEODATA, 'changning', 'zones.geojson'), 'utf8')).features;
    const belt = zones.find((z: { properties: { id: string } }) => z.properties.id === 'zone:belt-dingxi-road');
    const fixed = gcj02ToWgs84(siccas);
    // within the 60 m 定西路 belt, i.e. within ~60 m of the Atlas's 定西路 centreline
    const ring = belt.geometry.type === 'Polygon' ? belt.geometry.coordinates[0] : belt.geometry.coordinates[0][0];
    const inside = (p: [number, number], r: [number, number][]) => r.reduce((c, a, i) => {
      const b = r[(i + 1) % r.length];
      return ((a[1] > p[1]) !== (b[1] > p[1])) && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0] ? !c : c;
    }, false);
    expect(inside(fixed, ring)).toBe(true);
  });

  it('lie in (or within 50 m of: a campus gate on its outline) one of the zones the text ties them to', () => {
    const zones = ['changning', 'jingan', 'minhang', 'yangpu'].flatMap((d) => JSON.parse(readFileSync(join(GEODATA, d, 'zones.geojson'), 'utf8')).features) as Feature<Polygon | MultiPolygon, { id: string }>[];
    const toEdge = (p: [number, number], z: Feature<Polygon | MultiPolygon>) => {
      const lines = polygonToLine(z);
      const parts = lines.type === 'FeatureCollection' ? lines.features : [lines];
      return Math.min(...parts.flatMap((l) => (l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates)).map((c) => nearestPointOnLine(lineString(c), point(p), { units: 'meters' }).properties.dist ?? Infinity));
    };
    for (const p of located) {
      const own = (p.properties as unknown as { zones: string[] }).zones;
      if (!own.length) continue;
      const c = p.geometry!.coordinates;
      const d = Math.min(...own.map((id) => { const z = zones.find((q) => q.properties.id === id)!; return booleanPointInPolygon(point(c), z) ? 0 : toEdge(c, z); }));
      expect(d, p.properties.id).toBeLessThanOrEqual(50);
    }
  });

  it('and each says where its point comes from (source and method)', () => {
    for (const p of located) {
      const l = p.properties.location as { source?: string; method?: string } | undefined;
      expect(l?.source, p.properties.id).toBeTruthy();
      expect(l?.method, p.properties.id).toBeTruthy();
    }
  });
});
