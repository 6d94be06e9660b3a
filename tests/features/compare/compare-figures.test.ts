/**
 * The comparison's figures for 上海硅巷 vs 大零号湾, checked against the data files themselves (read
 * here, not through the link index): stated areas, turf areas of the polygons, how many records of each
 * kind name the zone, the departments of its actions, and its stations inside / within 800 m against turf.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { area, booleanPointInPolygon, flatten, pointToLineDistance, polygonToLine } from '@turf/turf';
import { buildAtlasBundle } from '../../../scripts/atlas-bundle';
import { buildStationsBundle } from '../../../scripts/stations-bundle';
import { fromBundle } from '../../../src/data/atlas-data';
import type { AtlasBundle } from '../../../src/data/bundle';
import type { Station } from '../../../src/data/stations';
import { COUNTED_KINDS, comparableZones, sharedDepartments, zoneFigures } from '../../../src/features/compare/compare-figures';
import { smallestZone } from '../../../src/features/compare/map-pick';

const root = join(import.meta.dirname, '..', '..', '..');
const data = fromBundle(JSON.parse(buildAtlasBundle()) as AtlasBundle);
const stations: Station[] = JSON.parse(buildStationsBundle()).stations;

// The raw files, by collection.
const dirs = readdirSync(join(root, 'geodata'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'tours').map((d) => d.name);
const read = (dir: string, file: string) => {
  try {
    return JSON.parse(readFileSync(join(root, 'geodata', dir, file), 'utf8'));
  } catch {
    return null;
  }
};
const features = (file: string) => dirs.flatMap((d) => read(d, file)?.features ?? []) as { properties: Record<string, any>; geometry: any }[];
const records = (file: string) => dirs.flatMap((d) => read(d, file) ?? []) as Record<string, any>[];
const FILES = { carrier: 'carriers.geojson', institution: 'institutions.geojson', enterprise: 'enterprises.geojson', action: 'actions.json', target: 'targets.json' } as const;
const naming = (kind: keyof typeof FILES, zone: string) =>
  (FILES[kind].endsWith('geojson') ? features(FILES[kind]).map((f) => f.properties) : records(FILES[kind])).filter((r) => (r.zones ?? []).includes(zone));
const zoneFeature = (id: string) => features('zones.geojson').find((f) => f.properties.id === id)!;

/** Stations inside the polygon, and outside it within 800 m of its edge: turf, written out here. */
function turfCatchment(id: string) {
  const zone = zoneFeature(id);
  const edges = flatten(polygonToLine(zone as any) as any).features;
  const inside: string[] = [];
  const near: [string, number][] = [];
  for (const s of stations) {
    if (booleanPointInPolygon(s.position, zone as any)) inside.push(s.id);
    else {
      const m = Math.min(...edges.map((e) => pointToLineDistance(s.position, e as any, { units: 'meters' })));
      if (m <= 800) near.push([s.id, m]);
    }
  }
  return { inside: inside.sort(), near: near.sort((a, b) => a[1] - b[1]) };
}

describe('compare figures: 上海硅巷 vs 大零号湾', () => {
  const a = zoneFigures(data, 'zone:silicon-alley', stations);
  const b = zoneFigures(data, 'zone:dalinghaowan', stations);

  it('states the areas the documents give and the polygons’ geodesic areas', () => {
    expect(a.statedAreaKm2).toBe(zoneFeature('zone:silicon-alley').properties.statedAreaKm2);
    expect(a.statedAreaKm2).toBe(1.48);
    expect(b.statedAreaKm2).toBe(17);
    expect(a.computedAreaKm2).toBeCloseTo(area(zoneFeature('zone:silicon-alley') as any) / 1e6, 9);
    expect(b.computedAreaKm2).toBeCloseTo(area(zoneFeature('zone:dalinghaowan') as any) / 1e6, 9);
  });

  it('counts the carriers, institutions, enterprises, actions and targets that name each zone', () => {
    for (const [f, id] of [[a, 'zone:silicon-alley'], [b, 'zone:dalinghaowan']] as const) {
      for (const k of COUNTED_KINDS) expect(f.counts[k], `${id} ${k}`).toBe(naming(k, id).length);
    }
    // Not all zero: the comparison says something.
    expect(a.counts.action).toBeGreaterThan(0);
    expect(b.counts.action).toBeGreaterThan(0);
    console.log('上海硅巷', a.counts, a.departments.length, '大零号湾', b.counts, b.departments.length);
  });

  it('lists the departments of each zone’s actions once each', () => {
    for (const [f, id] of [[a, 'zone:silicon-alley'], [b, 'zone:dalinghaowan']] as const) {
      const expected = [...new Set(naming('action', id).flatMap((x) => x.departments ?? []))];
      expect(f.departments.sort()).toEqual(expected.sort());
    }
    expect(sharedDepartments(a, b)).toEqual(a.departments.filter((d) => b.departments.includes(d)));
  });

  it('finds the stations inside each zone and within 800 m of its edge as turf does', () => {
    for (const [f, id] of [[a, 'zone:silicon-alley'], [b, 'zone:dalinghaowan']] as const) {
      const t = turfCatchment(id);
      expect(f.stations!.inside.map((d) => d.station.id).sort(), id).toEqual(t.inside);
      expect(f.stations!.near.map((d) => d.station.id), id).toEqual(t.near.map(([s]) => s));
      f.stations!.near.forEach((d, i) => expect(d.metres).toBeCloseTo(t.near[i][1], 0));
    }
    console.log('上海硅巷 inside', a.stations!.inside.map((d) => d.station.name.zh), 'near', a.stations!.near.map((d) => `${d.station.name.zh} ${Math.round(d.metres)}`));
    console.log('大零号湾 inside', b.stations!.inside.map((d) => d.station.name.zh), 'near', b.stations!.near.map((d) => `${d.station.name.zh} ${Math.round(d.metres)}`));
  });

  it('leaves the stations out until they have loaded', () => {
    expect(zoneFigures(data, 'zone:silicon-alley', null).stations).toBeNull();
  });

  it('offers every other zone to compare with', () => {
    const others = comparableZones(data, 'zone:silicon-alley');
    expect(others).toHaveLength(data.atlas.zones.length - 1);
    expect(others.some((z) => z.properties.id === 'zone:silicon-alley')).toBe(false);
  });
});

describe('picking on the map', () => {
  it('takes the smallest zone under the pointer other than zone A', () => {
    const km2 = { 'zone:big': 10, 'zone:mid': 2, 'zone:small': 0.5 };
    expect(smallestZone(['zone:big', 'zone:mid', 'zone:small'], km2, null)).toBe('zone:small');
    expect(smallestZone(['zone:big', 'zone:small', 'zone:small'], km2, 'zone:small')).toBe('zone:big');
    expect(smallestZone(['zone:small'], km2, 'zone:small')).toBeNull();
  });
});
