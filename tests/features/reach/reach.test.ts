/** Reach membership against turf, schematic places counted by zone, the presets, station search and the export rows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanIntersects, booleanPointInPolygon, circle, distance, pointToPolygonDistance } from '@turf/turf';
import { assembleAtlas } from '../../../src/data/assemble';
import { deriveMapData } from '../../../src/data/derive';
import { fromBundle } from '../../../src/data/atlas-data';
import { ATLAS_BUNDLE_VERSION } from '../../../src/data/bundle';
import { SEED_FILES } from '../../../src/data/seeds';
import type { Station } from '../../../src/data/stations';
import { loadGeodataFiles, root } from '../../../scripts/validate-files';
import { buildStationsBundle } from '../../../scripts/stations-bundle';
import { areaToArea, reachCounts, reachOf, type ReachCentre } from '../../../src/features/reach/reach-math';
import { LIFE_CIRCLE_CITATION, parseRadius } from '../../../src/features/reach/presets';
import { matchStations } from '../../../src/features/reach/station-search';
import { reachCsv, reachGeoJson, reachRows } from '../../../src/features/reach/reach-export';

const { atlas } = assembleAtlas(loadGeodataFiles().files);
const derived = deriveMapData(atlas);
const data = fromBundle({ version: ATLAS_BUNDLE_VERSION, atlas, derived });
const stations: Station[] = JSON.parse(buildStationsBundle()).stations;
const zsgy = stations.find((s) => s.name.zh === '中山公园')!;
const m = (a: number[], b: number[]) => distance(a, b, { units: 'meters' });
type Area = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

describe('an 800 m reach around 中山公园 station', () => {
  const centre: ReachCentre = { kind: 'station', station: zsgy };
  const r = reachOf(atlas, stations, centre, 800);

  it('stations: exactly those turf puts within 800 m, nearest first', () => {
    const want = stations.filter((s) => m(zsgy.position, s.position) <= 800).map((s) => s.id).sort();
    expect(r.stations.map((s) => s.id).sort()).toEqual(want);
    expect(r.stations[0]).toMatchObject({ id: zsgy.id, metres: 0 });
    for (const s of r.stations) expect(s.metres).toBeCloseTo(m(zsgy.position, s.position!), 6);
    expect(r.stations.map((s) => s.metres)).toEqual([...r.stations.map((s) => s.metres)].sort((a, b) => a - b));
  });

  it('zones: exactly those a turf 800 m circle intersects; 上海硅巷 among them', () => {
    const disc = circle(zsgy.position, 0.8, { steps: 256, units: 'kilometers' });
    const got = new Set(r.zones.map((z) => z.id));
    for (const z of atlas.zones) {
      const d = Math.max(0, pointToPolygonDistance(zsgy.position, z as Area, { units: 'meters' }));
      // Away from the edge (±5 m, the 256-gon's error) the circle test and the distance test agree.
      if (Math.abs(d - 800) > 5) expect(got.has(z.properties.id), z.properties.id).toBe(booleanIntersects(disc, z as Area));
    }
    expect(got.has('zone:silicon-alley')).toBe(true);
    expect(got.has('zone:belt-zhongshan-park-business')).toBe(true);
  });

  it('places with their own point: exactly those within 800 m; schematic ones only counted by a zone in reach', () => {
    const own = [...atlas.carriers, ...atlas.institutions, ...atlas.enterprises].filter((f) => f.geometry);
    const want = own.filter((f) => m(zsgy.position, f.geometry!.coordinates) <= 800).map((f) => f.properties.id).sort();
    expect(r.places.map((p) => p.id).sort()).toEqual(want);
    const inReach = new Set(r.zones.map((z) => z.id));
    for (const c of r.schematic) {
      expect(inReach.has(c.zone)).toBe(true);
      for (const id of [...c.ids.carrier, ...c.ids.institution, ...c.ids.enterprise]) {
        const f = [...atlas.carriers, ...atlas.institutions, ...atlas.enterprises].find((x) => x.properties.id === id)!;
        expect(f.geometry).toBeNull();
        expect(f.properties.zones).toContain(c.zone);
      }
    }
    const counts = reachCounts(r);
    console.log('800 m of 中山公园:', counts, r.zones.map((z) => `${z.name.zh} ${Math.round(z.metres)}`).join(', '));
    expect(counts.zones + counts.carriers + counts.schematic).toBeGreaterThan(0);
  });

  it('export rows: distances, a schematic place without coordinates, stations credited to OSM; CSV with BOM; GeoJSON starts with the reach', async () => {
    const rows = reachRows(data, centre, r);
    const schematic = rows.filter((x) => x.reach_basis === 'in-zone-schematic');
    for (const x of schematic) expect([x.lng, x.lat, x.distance_m]).toEqual([null, null, null]);
    for (const x of rows.filter((y) => y.reach_basis === 'zone')) expect(x.lng).toBeNull();
    const st = rows.filter((x) => x.type === 'station');
    expect(st).toHaveLength(r.stations.length);
    expect(st[0]).toMatchObject({ id: zsgy.id, distance_m: 0, lng: zsgy.position[0], reach_radius_m: 800 });
    const csv = await reachCsv(rows);
    expect(csv.startsWith('\uFEFFid,type,name_zh')).toBe(true);
    expect(csv.split('\r\n')[0]).toMatch(/distance_m,reach_basis,reach_centre,reach_radius_m$/);
    const gj = reachGeoJson(rows, centre, r);
    expect(gj.features[0]).toMatchObject({ id: 'reach', geometry: { type: 'Polygon' }, properties: { reach_radius_m: 800 } });
    expect(gj.features).toHaveLength(rows.length + 1);
  });
});

describe('a zone-centred reach is its boundary buffered', () => {
  const zone = atlas.zones.find((z) => z.properties.id === 'zone:silicon-alley')!;
  const r = reachOf(atlas, stations, { kind: 'zone', zone }, 500);
  it('stations inside count 0 m; outside, their distance to the edge is within the radius', () => {
    const want = stations.filter((s) => Math.max(0, pointToPolygonDistance(s.position, zone as Area, { units: 'meters' })) <= 500).map((s) => s.id).sort();
    expect(r.stations.map((s) => s.id).sort()).toEqual(want);
    for (const s of r.stations) {
      if (booleanPointInPolygon(s.position!, zone as Area)) expect(s.metres).toBe(0);
    }
    expect(r.zones.find((z) => z.id === 'zone:silicon-alley')).toMatchObject({ metres: 0 });
  });
  it('areaToArea: 0 when touching, else a vertex-to-edge distance', () => {
    const sq = (x: number): Area => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[x, 31.2], [x + 0.01, 31.2], [x + 0.01, 31.21], [x, 31.21], [x, 31.2]]] } });
    expect(areaToArea(sq(121.4), sq(121.405))).toBe(0);
    const d = areaToArea(sq(121.4), sq(121.42));
    expect(d).toBeCloseTo(m([121.41, 31.2], [121.42, 31.2]), -1);
  });
});

describe('presets and search', () => {
  it('the life circle’s quote is verbatim in seed 000 (Traditional) and names 15 minutes but no distance', () => {
    const seed = readFileSync(join(root, 'seeds', SEED_FILES['000']), 'utf8');
    expect(seed).toContain(LIFE_CIRCLE_CITATION.quote);
    const sentence = seed.split('\n').find((l) => l.includes(LIFE_CIRCLE_CITATION.quote))!;
    expect(sentence).toMatch(/15分鐘/);
    expect(sentence).not.toMatch(/[0-9]+\s*(米|公里|km|m)\b/);
  });
  it('radius input: whole metres in 50–5000, else a clear error', () => {
    expect(parseRadius('800')).toEqual({ metres: 800 });
    expect(parseRadius(' 1,200 ')).toEqual({ metres: 1200 });
    expect(parseRadius('20')).toEqual({ error: 'reach.radiusInvalid' });
    expect(parseRadius('abc')).toEqual({ error: 'reach.radiusInvalid' });
    expect(parseRadius('')).toEqual({ error: 'reach.radiusInvalid' });
  });
  it('stations by characters, pinyin or initials', () => {
    expect(matchStations(stations, '中山公园')[0].id).toBe('station:zhong-shan-gong-yuan');
    expect(matchStations(stations, 'zhongshangongyuan')[0].id).toBe('station:zhong-shan-gong-yuan');
    expect(matchStations(stations, 'zsgy')[0].id).toBe('station:zhong-shan-gong-yuan');
    expect(matchStations(stations, '江苏').map((s) => s.name.zh)).toContain('江苏路');
    expect(matchStations(stations, '  ')).toEqual([]);
  });
});
