/** The metro stations: the build (named only, stable unique ids, lines), distances against turf and an independent haversine, the loader. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance, polygon } from '@turf/turf';
import { buildStationsBundle, parseLines, stationSlug, stationsFromGeojson } from '../../scripts/stations-bundle';
import { loadStations, metresBetween, metresTo, nearestStations, nearestStationsToArea, resetStations, stationsOf, stationsWithin, type Station } from '../../src/data/stations';

const bundle = JSON.parse(buildStationsBundle());
const stations: Station[] = bundle.stations;
const byName = (zh: string) => stations.find((s) => s.name.zh === zh)!;

/** Haversine on the sphere of radius 6 371 008.8 m (the mean radius turf uses), written out here. */
function haversine([lng1, lat1]: number[], [lng2, lat2]: number[]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(a));
}

describe('data/stations.json (built from the basemap layer)', () => {
  it('holds the 214 named stations, each with a unique station:<pinyin> id, and no English name', () => {
    expect(bundle.version).toBe(1);
    expect(bundle.attribution).toMatch(/OpenStreetMap/);
    expect(stations).toHaveLength(214);
    expect(new Set(stations.map((s) => s.id)).size).toBe(214);
    for (const s of stations) {
      expect(s.id).toMatch(/^station:[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.name.en).toBeUndefined();
    }
    expect(byName('中山公园')).toMatchObject({ id: 'station:zhong-shan-gong-yuan', pinyin: 'zhong shan gong yuan', lines: ['2', '3-4'], interchange: true, position: [121.41156, 31.22006] });
    expect(byName('江苏路')).toMatchObject({ id: 'station:jiang-su-lu', lines: ['2', '11'], interchange: true });
  });

  it('slugs: polyphones read in context, digits kept, punctuation dropped; duplicates get -2', () => {
    expect(stationSlug('蟠祥路・国家会计学院')).toBe('pan-xiang-lu-guo-jia-kuai-ji-xue-yuan');
    expect(stationSlug('虹桥2号航站楼')).toBe('hong-qiao-2-hao-hang-zhan-lou');
    expect(stationSlug('一大会址·新天地')).toBe('yi-da-hui-zhi-xin-tian-di');
    const pt = (zh: string | null, c: number[] = [121.4, 31.2]) => ({ properties: { name_zh: zh, lines: '2', interchange: false }, geometry: { type: 'Point', coordinates: c } });
    const out = stationsFromGeojson({ features: [pt('江苏路'), pt(null), pt('江苏路', [121.41, 31.21])] });
    expect(out.map((s) => s.id)).toEqual(['station:jiang-su-lu', 'station:jiang-su-lu-2']);
    expect(() => stationsFromGeojson({ features: [pt('某站', [0, 0])] })).toThrow(/某站: no valid point in Shanghai/);
  });

  it('lines in natural order, de-duplicated', () => {
    expect(parseLines('10;4;3;3-4')).toEqual(['3', '3-4', '4', '10']);
    expect(parseLines('9;9;11')).toEqual(['9', '11']);
    expect(parseLines('')).toEqual([]);
  });
});

describe('distances', () => {
  it('中山公园 → 江苏路 is 1.477 km, as turf and a haversine written here both say', () => {
    const a = byName('中山公园').position;
    const b = byName('江苏路').position;
    const m = metresBetween(a, b);
    expect(m).toBeCloseTo(distance(a, b, { units: 'meters' }), 6);
    expect(m).toBeCloseTo(haversine(a, b), 3);
    expect(m).toBeGreaterThan(1470);
    expect(m).toBeLessThan(1485);
  });

  it('nearestStations: nearest first, n and maxMetres honoured', () => {
    const zs = byName('中山公园').position;
    const near = nearestStations(stations, zs, 3);
    expect(near).toHaveLength(3);
    expect(near[0]).toMatchObject({ station: { name: { zh: '中山公园' } }, metres: 0 });
    expect(near[1].metres).toBeLessThanOrEqual(near[2].metres);
    for (const d of near) expect(d.metres).toBeCloseTo(distance(zs, d.station.position, { units: 'meters' }), 6);
    const all = stations.map((s) => distance(zs, s.position, { units: 'meters' })).sort((x, y) => x - y);
    expect(near.map((d) => d.metres)).toEqual(all.slice(0, 3).map((x) => expect.closeTo(x, 6)));
    expect(nearestStations(stations, zs, 10, 1000).every((d) => d.metres <= 1000)).toBe(true);
  });

  it('stationsWithin a point: exactly those turf puts within the radius', () => {
    const zs = byName('中山公园').position;
    const got = stationsWithin(stations, zs, 1500).map((d) => d.station.id).sort();
    const want = stations.filter((s) => distance(zs, s.position, { units: 'meters' }) <= 1500).map((s) => s.id).sort();
    expect(got).toEqual(want);
    expect(got).toContain('station:jiang-su-lu');
  });

  it('stationsWithin an area: inside counts 0 m, outside by the distance to the nearest edge', () => {
    const [lng, lat] = byName('中山公园').position;
    const box = polygon([[[lng - 0.001, lat - 0.001], [lng + 0.001, lat - 0.001], [lng + 0.001, lat + 0.001], [lng - 0.001, lat + 0.001], [lng - 0.001, lat - 0.001]]]);
    expect(metresTo([lng, lat], box)).toBe(0);
    // 江苏路 lies ~1.37 km east of the box's east edge.
    const js = byName('江苏路').position;
    const edge = metresTo(js, box);
    expect(edge).toBeGreaterThan(1300);
    expect(edge).toBeLessThan(metresBetween([lng, lat], js));
    const within = stationsWithin(stations, box, edge + 1).map((d) => d.station.name.zh);
    expect(within[0]).toBe('中山公园');
    expect(within).toContain('江苏路');
    expect(stationsWithin(stations, box, edge - 1).map((d) => d.station.name.zh)).not.toContain('江苏路');
  });
});

describe('loadStations', () => {
  const ONE = { version: 1, attribution: 'x', stations: [stations[0]] };
  beforeEach(() => {
    resetStations();
    vi.stubGlobal('document', { baseURI: 'http://atlas.test/app/index.html' });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('fetches data/stations.json next to the page, once', async () => {
    const fetch = vi.fn(async () => Response.json(ONE));
    vi.stubGlobal('fetch', fetch);
    expect(await loadStations()).toEqual([stations[0]]);
    expect(await loadStations()).toEqual([stations[0]]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((fetch.mock.calls[0] as unknown[])[0]).toBe('http://atlas.test/app/data/stations.json');
  });

  it('a failure names the file and the next call fetches again', async () => {
    const responses = [() => new Response('', { status: 404 }), () => new Response('<html>'), () => Response.json({ version: 2 }), () => Response.json(ONE)];
    vi.stubGlobal('fetch', vi.fn(async () => responses.shift()!()));
    await expect(loadStations()).rejects.toThrow('data/stations.json: HTTP 404');
    await expect(loadStations()).rejects.toThrow('data/stations.json is not JSON');
    await expect(loadStations()).rejects.toThrow('data/stations.json is not a stations bundle of version 1');
    expect(await loadStations()).toHaveLength(1);
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    resetStations();
    await expect(loadStations()).rejects.toThrow('data/stations.json: could not be fetched (Failed to fetch)');
    expect(() => stationsOf(null)).toThrow(/not a stations bundle/);
  });
});

describe('the shortcuts for areas give the exhaustive answers', () => {
  const atlas = JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/changning/zones.geojson'), 'utf8'));
  const zones = atlas.features.slice(0, 12) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];
  const exhaustive = (area: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>) =>
    stations.map((station) => ({ station, metres: metresTo(station.position, area) })).sort((a, b) => a.metres - b.metres || a.station.id.localeCompare(b.station.id));

  it('stationsWithin an area (box pre-filter) lists exactly the stations every edge would', () => {
    for (const z of zones) {
      const all = exhaustive(z);
      for (const m of [300, 800, 2000]) {
        expect(stationsWithin(stations, z, m).map((d) => d.station.id), `${z.properties!.id} ${m} m`).toEqual(all.filter((d) => d.metres <= m).map((d) => d.station.id));
      }
    }
  }, 30_000); // the exhaustive answer measures 214 stations against every edge of 12 zones traced on OSM streets: slow on a loaded machine, and this checks correctness, not speed

  it('nearestStationsToArea (stopped by the box bound) gives the n nearest, with their distances', () => {
    for (const z of zones) {
      expect(nearestStationsToArea(stations, z, 3)).toEqual(exhaustive(z).slice(0, 3));
    }
  }, 30_000);
});
