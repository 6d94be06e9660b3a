import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { buildAtlasBundle } from '../../scripts/atlas-bundle';
import { fromBundle } from '../../src/data/atlas-data';
import { ATLAS_BUNDLE_VERSION, type AtlasBundle } from '../../src/data/bundle';
import type { Zone } from '../../src/data/schema';

const bundle = JSON.parse(buildAtlasBundle()) as AtlasBundle;
const zoneById = new Map(bundle.atlas.zones.map((z) => [z.properties.id, z]));
const inside = (p: [number, number], z: Zone) => booleanPointInPolygon(p, z as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>);

describe('the run-time data bundle (data/atlas.json)', () => {
  it('orders every zone largest first, with its area, bounds and a label point inside it', () => {
    const { zoneOrder, areaKm2, labelPoint, bounds } = bundle.derived;
    expect([...zoneOrder].sort()).toEqual([...zoneById.keys()].sort());
    for (let i = 1; i < zoneOrder.length; i++) expect(areaKm2[zoneOrder[i - 1]]).toBeGreaterThanOrEqual(areaKm2[zoneOrder[i]]);
    for (const [id, z] of zoneById) {
      expect(inside(labelPoint[id], z), id).toBe(true);
      const [w, s, e, n] = bounds[id];
      expect(w < e && s < n, id).toBe(true);
    }
  });

  it('places every record without a point of its own inside each of its zones, and no two on one spot', () => {
    const seen = new Set<string>();
    for (const [placeId, spots] of Object.entries(bundle.derived.schematic)) {
      for (const [zoneId, p] of Object.entries(spots)) {
        expect(inside(p, zoneById.get(zoneId)!), `${placeId} in ${zoneId}`).toBe(true);
        expect(seen.has(p.join()), `${placeId} shares a spot`).toBe(false);
        seen.add(p.join());
      }
    }
    expect(seen.size).toBeGreaterThan(50);
  });

  it('is read back by the app, and a file of another format is refused with its name', () => {
    const data = fromBundle(bundle);
    expect(data.index.get('zone:silicon-alley')?.kind).toBe('zone');
    expect(() => fromBundle({ ...bundle, version: (ATLAS_BUNDLE_VERSION + 1) as typeof ATLAS_BUNDLE_VERSION })).toThrow(/data\/atlas\.json/);
    expect(() => fromBundle({} as AtlasBundle)).toThrow(/not an atlas bundle/);
  });
});
