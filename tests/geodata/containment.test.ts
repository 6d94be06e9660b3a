/** Every zone of every plan lies inside its parent and inside its district(s) (check-only districts layer). */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { area, difference, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { assembleAtlas } from '../../src/data/assemble';
import type { Zone } from '../../src/data/schema';
import { loadReference, referenceAvailable, REFERENCE_MISSING } from '../helpers/reference-geodata';

// Checks against the reference skip (never pass silently) when it is absent, saying why.
if (!referenceAvailable()) console.warn(REFERENCE_MISSING);

type Area = Feature<Polygon | MultiPolygon>;
const root = join(import.meta.dirname, '..', '..');
function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p) : /\.(geo)?json$/.test(n) ? [p] : [];
  });
}
const files = Object.fromEntries(listFiles(join(root, 'geodata')).map((p) => [p, JSON.parse(readFileSync(p, 'utf8'))]));
const zones = assembleAtlas(files).atlas.zones;
const byId = new Map(zones.map((z) => [z.properties.id, z]));
const asArea = (z: Zone) => z as unknown as Area;
/** Share of `a`'s area that lies outside `b`. */
function outsideShare(a: Area, b: Area): number {
  const rest = difference(featureCollection([a, b]));
  return rest ? area(rest) / area(a) : 0;
}

describe('zone containment (all plans)', () => {
  it('has zones to check', () => expect(zones.length).toBeGreaterThan(0));

  it.each(zones.filter((z) => z.properties.parent).map((z) => [z.properties.id, z.properties.parent!]))(
    '%s lies inside its parent %s (under 1% outside)', (id, parent) => {
      const p = byId.get(parent);
      expect(p, `parent ${parent} exists`).toBeDefined();
      expect(outsideShare(asArea(byId.get(id)!), asArea(p!))).toBeLessThan(0.01);
    });

  // districts.geojson is generalised to 50–100 m: allow 3% of the zone, or 0.03 km², outside.
  it.skipIf(!referenceAvailable()).each(zones.map((z) => [z.properties.id, z.properties.districts.join('、')]))('%s lies in %s', (id) => {
    const z = byId.get(id)!;
    const districts = loadReference('districts').features.filter((f) => z.properties.districts.includes(f.properties?.name)) as Area[];
    expect(districts.length).toBe(z.properties.districts.length);
    const all = districts.length === 1 ? districts[0] : (union(featureCollection(districts)) as Area);
    const share = outsideShare(asArea(z), all);
    const outsideKm2 = (share * area(asArea(z))) / 1e6;
    expect(share < 0.03 || outsideKm2 < 0.03, `${(share * 100).toFixed(2)}% (${outsideKm2.toFixed(3)} km²) outside`).toBe(true);
  });
});
