/**
 * The checks every district plan's zones must pass, shared by tests/geodata/yangpu.test.ts and
 * jingan.test.ts: schema, valid polygons, inside the district (check-only districts layer, 100 m
 * tolerance), inside each parent, and corridor zones within their stated width of the OSM line they follow.
 * Checks against the reference skip (with REFERENCE_MISSING printed) when it is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area, buffer, difference, featureCollection, lineString, point, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { zZone, type Zone } from '../../src/data/schema';
import { checkPolygonRings } from '../../src/data/validate';
import { REFERENCE_MISSING, loadReference, referenceAvailable } from '../helpers/reference-geodata';

/** A zone whose method follows a reference line: every vertex within `maxM` metres of it. */
export interface FollowsLine { id: string; layer: string; pick: (p: Record<string, unknown>) => boolean; maxM: number }

export interface DistrictZoneSpec {
  /** Folder under geodata/, e.g. "yangpu". */
  region: string;
  district: string;
  plan: string;
  canonical: string[];
  follows: FollowsLine[];
}

export const polygonsOf = (z: Zone) => (z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates) as Position[][][];
const shape = (z: Zone) => z as unknown as Feature<Polygon | MultiPolygon>;
const outsideShare = (z: Zone, container: Feature<Polygon | MultiPolygon>) => {
  const out = difference(featureCollection([shape(z), container]));
  return out ? area(out) / area(shape(z)) : 0;
};

export function loadRegionZones(region: string): Zone[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'geodata', region, 'zones.geojson'), 'utf8')).features;
}

export function describeDistrictZones({ region, district, plan, canonical, follows }: DistrictZoneSpec): void {
  const zones = loadRegionZones(region);
  const byId = new Map(zones.map((z) => [z.properties.id, z]));
  if (!referenceAvailable()) console.warn(REFERENCE_MISSING);

  describe(`${district} zones`, () => {
    it('parse against the schema, belong to the plan and carry the canonical ids', () => {
      for (const z of zones) expect(zZone.safeParse(z).success, z.properties.id).toBe(true);
      for (const z of zones) expect(z.properties.plan).toBe(plan);
      for (const id of canonical) expect(byId.has(id), id).toBe(true);
    });

    it('have valid polygons with at most 6 decimals', () => {
      for (const z of zones) {
        for (const rings of polygonsOf(z)) expect(checkPolygonRings(rings as [number, number][][]), z.properties.id).toEqual([]);
        for (const v of polygonsOf(z).flat(3)) expect((String(v).split('.')[1] ?? '').length, z.properties.id).toBeLessThanOrEqual(6);
      }
    });

    it('lie inside their parent (under 1% of the area outside)', () => {
      for (const z of zones.filter((z) => z.properties.parent)) {
        const parent = byId.get(z.properties.parent!);
        expect(parent, z.properties.parent).toBeDefined();
        expect(outsideShare(z, shape(parent!)), z.properties.id).toBeLessThan(0.01);
      }
    });

    it.skipIf(!referenceAvailable())(`lie inside ${district} (check-only layer, 100 m tolerance)`, () => {
      const d = loadReference('districts').features.find((f) => f.properties?.name === district) as Feature<MultiPolygon>;
      const widened = buffer(d, 100, { units: 'meters' }) as Feature<Polygon | MultiPolygon>;
      for (const z of zones) {
        expect(z.properties.districts).toEqual([district]);
        expect(outsideShare(z, widened), z.properties.id).toBeLessThan(0.005);
      }
    });

    it.skipIf(!referenceAvailable())('corridors stay within their stated width of the line they follow', () => {
      for (const { id, layer, pick, maxM } of follows) {
        const parts = loadReference(layer).features
          .filter((f) => pick(f.properties ?? {}))
          .flatMap((f) => { const g = f.geometry as LineString | MultiLineString; return g.type === 'LineString' ? [g.coordinates] : g.coordinates; })
          .filter((c) => c.length > 1)
          .map((c) => lineString(c));
        expect(parts.length, id).toBeGreaterThan(0);
        for (const v of polygonsOf(byId.get(id)!).flat(2)) {
          const dist = Math.min(...parts.map((l) => pointToLineDistance(point(v as Position), l, { units: 'meters' })));
          expect(dist, `${id} vertex ${v}`).toBeLessThanOrEqual(maxM);
        }
      }
    });
  });
}
