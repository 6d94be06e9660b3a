import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Flatbush from 'flatbush';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { SIZES, TRACKS, YEAR_MAX, YEAR_MIN } from '../../../src/features/synthetic-enterprises/attributes';
import { buildLandMask, inWater, MAX_OFFSET_M, metresPerDegree } from '../../../src/features/synthetic-enterprises/land-mask';
import { generateEnterprises } from '../../../src/features/synthetic-enterprises/generate';
import { decodeEnterprises, encodeEnterprises, HEADER_BYTES } from '../../../src/features/synthetic-enterprises/binary';
import { assignZones, buildZoneIndex, zonesFromCollections } from '../../../src/features/synthetic-enterprises/assign';
import { ALL, countShown, filterRange, type SyntheticFilter } from '../../../src/features/synthetic-enterprises/filters';
import { mulberry32 } from '../../../src/features/synthetic-enterprises/prng';
import { readBasemapLayers, readZoneCollections, REPO_ROOT } from '../../../scripts/synthetic/inputs';

const mask = buildLandMask(readBasemapLayers());
const N = 20_000;
const data = generateEnterprises(mask, N, 7);

describe('synthetic enterprise generator', () => {
  it('is deterministic for a seed, and the seed matters', () => {
    const again = generateEnterprises(mask, N, 7);
    expect(again.positions).toEqual(data.positions);
    expect(again.track).toEqual(data.track);
    expect(again.year).toEqual(data.year);
    expect(again.size).toEqual(data.size);
    const other = generateEnterprises(mask, 1000, 8);
    expect(other.positions).not.toEqual(data.positions.subarray(0, 2000));
  });

  it('puts every point inside the land mask (near a road or station) and in no water polygon', () => {
    const lat0 = 31.2;
    const m = metresPerDegree(lat0);
    const n = mask.anchors.length / 2;
    const idx = new Flatbush(n);
    for (let i = 0; i < n; i++) {
      const x = mask.anchors[2 * i] * m.lon;
      const y = mask.anchors[2 * i + 1] * m.lat;
      idx.add(x, y, x, y);
    }
    idx.finish();
    let worst = 0;
    for (let i = 0; i < N; i++) {
      const lon = data.positions[2 * i];
      const lat = data.positions[2 * i + 1];
      const [a] = idx.neighbors(lon * m.lon, lat * m.lat, 1);
      // Distance in the anchor's own local metres (the generator's measure), not at lat0.
      const ml = metresPerDegree(mask.anchors[2 * a + 1]);
      const d = Math.hypot((lon - mask.anchors[2 * a]) * ml.lon, (lat - mask.anchors[2 * a + 1]) * ml.lat);
      worst = Math.max(worst, d);
      expect(inWater(mask, lon, lat)).toBe(false);
    }
    // The nearest anchor at lat0 may differ from the true nearest by a hair; allow 1 %.
    expect(worst).toBeLessThanOrEqual(MAX_OFFSET_M * 1.01);
  });

  it('keeps points off the real rivers and inside Shanghai (check-only reference, when present)', (ctx) => {
    const ref = join(REPO_ROOT, '..', 'shared', 'reference-geodata');
    if (!existsSync(join(ref, 'districts.geojson'))) {
      console.warn('skipped: ../shared/reference-geodata/districts.geojson not present');
      ctx.skip();
    }
    const districts = JSON.parse(readFileSync(join(ref, 'districts.geojson'), 'utf8')) as FeatureCollection;
    let outside = 0;
    for (let i = 0; i < 5000; i++) {
      const p = [data.positions[2 * i], data.positions[2 * i + 1]];
      if (!districts.features.some((f) => booleanPointInPolygon(p, f as never))) outside++;
    }
    expect(outside).toBe(0);
  });

  it('draws attributes in range, every track and size occurring', () => {
    const tracks = new Set<number>();
    const sizes = new Set<number>();
    for (let i = 0; i < N; i++) {
      expect(data.track[i]).toBeLessThan(TRACKS.length);
      expect(data.size[i]).toBeLessThan(SIZES.length);
      expect(data.year[i]).toBeGreaterThanOrEqual(YEAR_MIN);
      expect(data.year[i]).toBeLessThanOrEqual(YEAR_MAX);
      tracks.add(data.track[i]);
      sizes.add(data.size[i]);
    }
    expect(tracks.size).toBe(TRACKS.length);
    expect(sizes.size).toBe(SIZES.length);
    // More recent founding years than old ones (an exponential age).
    const recent = data.year.filter((y) => y >= YEAR_MAX - 9).length;
    expect(recent).toBeGreaterThan(N / 2);
  });

  it('uses only tracks that the source documents name', () => {
    const seeds = readdirSync(join(REPO_ROOT, 'seeds')).map((f) => readFileSync(join(REPO_ROOT, 'seeds', f), 'utf8')).join('\n');
    for (const t of TRACKS) expect(seeds, t.zh).toContain(t.zh);
  });
});

describe('binary file', () => {
  it('round-trips', () => {
    const buf = encodeEnterprises(data);
    expect(buf.byteLength).toBe(HEADER_BYTES + 12 * N);
    const back = decodeEnterprises(buf);
    expect(back.count).toBe(N);
    expect(back.seed).toBe(7);
    expect(back.positions).toEqual(data.positions);
    expect(back.track).toEqual(data.track);
    expect(back.year).toEqual(data.year);
    expect(back.size).toEqual(data.size);
  });

  it('rejects what is not a file of this format', () => {
    expect(() => decodeEnterprises(new TextEncoder().encode('<!doctype html><html></html>                    ').buffer)).toThrow(/SYNE/);
    const buf = encodeEnterprises(data);
    expect(() => decodeEnterprises(buf.slice(0, buf.byteLength - 1))).toThrow(/length/);
  });
});

describe('zone assignment', () => {
  const collections = readZoneCollections();
  const zones = zonesFromCollections(collections);
  const zi = buildZoneIndex(zones);

  /** Brute force: every zone tested, the smallest containing one wins. */
  function bruteForce(lon: number, lat: number): number {
    let best = -1;
    let bestArea = Infinity;
    zones.forEach((z, i) => {
      if (booleanPointInPolygon([lon, lat], z.geometry)) {
        const a = area(z.geometry);
        if (a < bestArea) { best = i; bestArea = a; }
      }
    });
    return best;
  }

  it('reads every zone of the app', () => {
    expect(zones.length).toBe(collections.reduce((n, fc) => n + fc.features.length, 0));
    expect(zones.length).toBeGreaterThan(50);
  });

  it('agrees with brute-force point-in-polygon, nested zones going to the smallest', () => {
    // 2000 synthetic points plus 2000 uniform points: half in the zones' overall extent, half in one zone's bbox.
    const rand = mulberry32(99);
    const ext = [zi.index.minX, zi.index.minY, zi.index.maxX, zi.index.maxY];
    const pts = new Float32Array(8000);
    pts.set(data.positions.subarray(0, 4000));
    for (let i = 2000; i < 4000; i++) {
      const z = zones[Math.floor(rand() * zones.length)].geometry;
      const ring = z.type === 'Polygon' ? z.coordinates[0] : z.coordinates[0][0];
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      const [x0, x1, y0, y1] = i % 2 ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [ext[0], ext[2], ext[1], ext[3]];
      pts[2 * i] = x0 + rand() * (x1 - x0);
      pts[2 * i + 1] = y0 + rand() * (y1 - y0);
    }
    const got = assignZones(zi, pts);
    let inside = 0;
    let nested = 0;
    for (let i = 0; i < 4000; i++) {
      const expected = bruteForce(pts[2 * i], pts[2 * i + 1]);
      expect(got[i], `point ${i}`).toBe(expected);
      if (expected >= 0) {
        inside++;
        if (zones.filter((z) => booleanPointInPolygon([pts[2 * i], pts[2 * i + 1]], z.geometry)).length > 1) nested++;
      }
    }
    expect(inside).toBeGreaterThan(500);
    expect(nested).toBeGreaterThan(50);
  });
});

describe('filters', () => {
  it('count from the histogram equals a direct count, and the GPU range selects the same points', () => {
    const years = YEAR_MAX - YEAR_MIN + 1;
    const hist = new Uint32Array(TRACKS.length * years * SIZES.length);
    for (let i = 0; i < N; i++) hist[(data.track[i] * years + (data.year[i] - YEAR_MIN)) * SIZES.length + data.size[i]]++;
    const cases: SyntheticFilter[] = [ALL, { ...ALL, track: 3 }, { ...ALL, size: 0, yearMin: 2015 }, { track: 0, yearMin: 2000, yearMax: 2010, size: 2 }];
    for (const f of cases) {
      const r = filterRange(f);
      let direct = 0;
      for (let i = 0; i < N; i++) {
        const v = [data.track[i], data.year[i], data.size[i]];
        if (v.every((x, k) => x >= r[k][0] && x <= r[k][1])) direct++;
      }
      expect(countShown(hist, f)).toBe(direct);
    }
    expect(countShown(hist, ALL)).toBe(N);
  });
});

describe('grid colour domains', () => {
  it('grow as cells coarsen, and cover the largest cell with headroom', async () => {
    const { countDomains, MIN_DOMAIN_ZOOM, cellSizeMetres } = await import('../../../src/features/synthetic-enterprises/grid');
    const d = countDomains(data.positions, 2);
    expect(d.length).toBe(12 - MIN_DOMAIN_ZOOM);
    for (let i = 1; i < d.length; i++) expect(d[i - 1][1]).toBeGreaterThanOrEqual(d[i][1]);
    expect(d[0][1]).toBeGreaterThanOrEqual(N);
    expect(cellSizeMetres(10)).toBeGreaterThan(1000);
    expect(cellSizeMetres(11) * 2).toBeCloseTo(cellSizeMetres(10), -1);
  });
});

describe('tile order (points mode draws only the tiles in view)', () => {
  it('is a permutation whose tiles hold their own points, and the whole extent sees every tile', async () => {
    const { tileOrder, tilesInView } = await import('../../../src/features/synthetic-enterprises/grid');
    const { tiles, order } = tileOrder(data.positions, 2, 8);
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(N).keys()]);
    const [x0, y0, x1, y1] = tiles.bounds;
    const w = (x1 - x0) / 8;
    const h = (y1 - y0) / 8;
    for (let k = 0; k < 64; k++) {
      for (let i = tiles.offsets[k]; i < tiles.offsets[k + 1]; i += 97) {
        const j = order[i];
        expect(Math.min(7, Math.floor((data.positions[2 * j] - x0) / w)) + 8 * Math.min(7, Math.floor((data.positions[2 * j + 1] - y0) / h))).toBe(k);
      }
    }
    const all = tilesInView(tiles, tiles.bounds);
    expect(all.reduce((n, k) => n + tiles.offsets[k + 1] - tiles.offsets[k], 0)).toBe(N);
    expect(tilesInView(tiles, [0, 0, 1, 1])).toEqual([]);
  });
});
