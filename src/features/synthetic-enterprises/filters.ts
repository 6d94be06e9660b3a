/** The panel's filter state and what it means on the GPU (DataFilterExtension ranges) and in counts. */
import { SIZES, TRACKS, YEAR_MAX, YEAR_MIN } from './attributes';

export interface SyntheticFilter {
  /** Index into TRACKS, or null for every track. */
  track: number | null;
  yearMin: number;
  yearMax: number;
  /** Index into SIZES, or null for every size. */
  size: number | null;
}

export const ALL: SyntheticFilter = { track: null, yearMin: YEAR_MIN, yearMax: YEAR_MAX, size: null };

/** `filterRange` for filterSize 3 over [track, year, size]: inclusive, with half-unit margins (values are integers). */
export function filterRange(f: SyntheticFilter): [number, number][] {
  const cat = (v: number | null, count: number): [number, number] => (v === null ? [-0.5, count - 0.5] : [v - 0.5, v + 0.5]);
  return [cat(f.track, TRACKS.length), [f.yearMin - 0.5, f.yearMax + 0.5], cat(f.size, SIZES.length)];
}

/** How many points pass the filter, from the worker's (track, year, size) histogram. */
export function countShown(histogram: Uint32Array, f: SyntheticFilter): number {
  const years = YEAR_MAX - YEAR_MIN + 1;
  let n = 0;
  for (let t = 0; t < TRACKS.length; t++) {
    if (f.track !== null && t !== f.track) continue;
    for (let y = Math.max(f.yearMin, YEAR_MIN); y <= Math.min(f.yearMax, YEAR_MAX); y++) {
      for (let s = 0; s < SIZES.length; s++) {
        if (f.size !== null && s !== f.size) continue;
        n += histogram[(t * years + (y - YEAR_MIN)) * SIZES.length + s];
      }
    }
  }
  return n;
}
