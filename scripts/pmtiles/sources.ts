/**
 * Where the tileset's points come from. The pipeline's input contract is a generator of
 * `InputPoint`s (lon, lat, track index, founding year, size index) plus the tables the indices point
 * into; it never holds more than one chunk of points.
 *
 * - `atlas` (default): the Atlas's seeded synthetic enterprise generator
 *   (src/features/synthetic-enterprises/), the same points the in-browser layer draws, generated in
 *   chunks of CHUNK points (chunk k uses seed + k, so a build of ≤ CHUNK points equals the app's
 *   layer of that size and seed exactly).
 * - `stand-in`: a tiny generator of this script's own (Gaussian blobs around the district label
 *   anchors, no land mask), kept only so that the pipeline can be exercised without the Atlas's
 *   generator; its points are not checked to be on land.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import type { InputPoint } from './tiling-plan';

export interface PointTables {
  tracks: { zh: string; en: string; color: [number, number, number] }[];
  /** Size classes, smallest first (ids; their labels live in the app's i18n). */
  sizes: { id: string }[];
  years: [number, number];
}

export interface PointSource {
  name: string;
  description: string;
  tables: PointTables;
  points(count: number, seed: number): Generator<InputPoint>;
}

export const CHUNK = 1_000_000;

export async function atlasSource(): Promise<PointSource> {
  // Loaded on demand: the stand-in works even where the Atlas's generator is absent.
  const attrs = await import('../../src/features/synthetic-enterprises/attributes');
  const gen = await import('../../src/features/synthetic-enterprises/generate');
  const { buildLandMask } = await import('../../src/features/synthetic-enterprises/land-mask');
  const { readBasemapLayers } = await import('../synthetic/inputs');
  const mask = buildLandMask(readBasemapLayers());
  return {
    name: 'atlas',
    description: 'src/features/synthetic-enterprises (seeded; anchors on the basemap roads and metro stations, off the rivers)',
    tables: {
      tracks: attrs.TRACKS.map((t) => ({ zh: t.zh, en: t.en, color: t.color })),
      sizes: attrs.SIZES.map((s) => ({ id: s.id })),
      years: [attrs.YEAR_MIN, attrs.YEAR_MAX],
    },
    *points(count, seed) {
      for (let start = 0, k = 0; start < count; start += CHUNK, k++) {
        const n = Math.min(CHUNK, count - start);
        const e = gen.generateEnterprises(mask, n, (seed + k) >>> 0);
        for (let i = 0; i < n; i++) {
          yield { lon: e.positions[2 * i], lat: e.positions[2 * i + 1], track: e.track[i], year: e.year[i], size: e.size[i] };
        }
      }
    },
  };
}

/** Deterministic and self-contained; see the file comment for what it is not. */
export function standInSource(root: string): PointSource {
  const labels = JSON.parse(readFileSync(join(root, 'scripts/basemap/district-labels.geojson'), 'utf8')) as FeatureCollection;
  const anchors = labels.features.map((f) => (f.geometry as Point).coordinates as [number, number]);
  const tracks = ['A', 'B', 'C', 'D', 'E', 'F'];
  const palette: [number, number, number][] = [[230, 85, 13], [49, 130, 189], [49, 163, 84], [117, 107, 177], [222, 45, 38], [99, 99, 99]];
  return {
    name: 'stand-in',
    description: 'scripts/pmtiles/sources.ts stand-in (Gaussian blobs around the district label anchors; not land-masked)',
    tables: {
      tracks: tracks.map((t, i) => ({ zh: `赛道 ${t}`, en: `Track ${t}`, color: palette[i] })),
      sizes: [{ id: 'small' }, { id: 'medium' }, { id: 'large' }],
      years: [1990, 2025],
    },
    *points(count, seed) {
      let a = seed >>> 0;
      const rand = () => {
        // mulberry32
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
      for (let i = 0; i < count; i++) {
        const [ax, ay] = anchors[Math.floor(rand() * anchors.length)];
        yield {
          lon: ax + gauss() * 0.03, lat: ay + gauss() * 0.025, track: Math.floor(rand() * tracks.length),
          year: 1990 + Math.floor(rand() * 36), size: Math.floor(rand() * 3),
        };
      }
    },
  };
}
