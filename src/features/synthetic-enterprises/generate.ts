/**
 * The synthetic enterprise generator: seeded, deterministic, pure (runs in Node for the file script and
 * the tests, and in the worker when no data file is served).
 *
 * Method: each point picks an anchor of the land mask (a metro station with probability
 * STATION_SHARE, else a road vertex, uniformly within the kind), is offset from it by a 2-D Gaussian
 * (σ = 450 m around stations, 350 m around road vertices; offsets longer than MAX_OFFSET_M are
 * redrawn), and is rejected and redrawn if it falls in a water polygon. Positions are stored as
 * float32 (≈ 1 m), and the checks are made on the stored value. Attributes: a track by the weights in
 * attributes.ts, a founding year YEAR_MAX − ⌊Exp(mean MEAN_AGE_YEARS)⌋ clamped to YEAR_MIN, a size class
 * by weight. Nothing here describes real enterprises.
 */
import { cumulative, MEAN_AGE_YEARS, pick, SIZES, TRACKS, YEAR_MAX, YEAR_MIN } from './attributes';
import { ANCHOR_STATION, inWater, MAX_OFFSET_M, metresPerDegree, type LandMask } from './land-mask';
import { mulberry32 } from './prng';

export const DEFAULT_SEED = 20240607;
export const STATION_SHARE = 0.4;
const SIGMA_STATION_M = 450;
const SIGMA_ROAD_M = 350;

export interface SyntheticEnterprises {
  count: number;
  seed: number;
  /** [lon, lat] pairs, float32. */
  positions: Float32Array;
  /** Index into TRACKS. */
  track: Uint8Array;
  /** Founding year. */
  year: Uint16Array;
  /** Index into SIZES. */
  size: Uint8Array;
}

export function generateEnterprises(mask: LandMask, count: number, seed = DEFAULT_SEED, onProgress?: (done: number) => void): SyntheticEnterprises {
  const rand = mulberry32(seed);
  const stations: number[] = [];
  const roads: number[] = [];
  mask.kinds.forEach((k, i) => (k === ANCHOR_STATION ? stations : roads).push(i));
  const trackCdf = cumulative(TRACKS.map((t) => t.weight));
  const sizeCdf = cumulative(SIZES.map((s) => s.weight));
  const positions = new Float32Array(count * 2);
  const track = new Uint8Array(count);
  const year = new Uint16Array(count);
  const size = new Uint8Array(count);
  const gauss = () => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  for (let i = 0; i < count; i++) {
    for (;;) {
      const useStation = stations.length > 0 && (roads.length === 0 || rand() < STATION_SHARE);
      const list = useStation ? stations : roads;
      const a = list[Math.floor(rand() * list.length)];
      const sigma = useStation ? SIGMA_STATION_M : SIGMA_ROAD_M;
      const ax = mask.anchors[2 * a];
      const ay = mask.anchors[2 * a + 1];
      let dx: number;
      let dy: number;
      do {
        dx = gauss() * sigma;
        dy = gauss() * sigma;
      } while (dx * dx + dy * dy > MAX_OFFSET_M * MAX_OFFSET_M);
      const m = metresPerDegree(ay);
      const lon = Math.fround(ax + dx / m.lon);
      const lat = Math.fround(ay + dy / m.lat);
      // The stored (float32) position may be up to ~1 m off the drawn one: re-check the radius on it.
      const mx = (lon - ax) * m.lon;
      const my = (lat - ay) * m.lat;
      if (mx * mx + my * my > MAX_OFFSET_M * MAX_OFFSET_M || inWater(mask, lon, lat)) continue;
      positions[2 * i] = lon;
      positions[2 * i + 1] = lat;
      break;
    }
    track[i] = pick(trackCdf, rand());
    const age = Math.floor(-Math.log(1 - rand()) * MEAN_AGE_YEARS);
    year[i] = Math.max(YEAR_MIN, YEAR_MAX - age);
    size[i] = pick(sizeCdf, rand());
    if (onProgress && (i & 0xffff) === 0xffff) onProgress(i + 1);
  }
  return { count, seed, positions, track, year, size };
}
