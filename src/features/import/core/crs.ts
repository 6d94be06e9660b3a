/**
 * The coordinate system: declared by the file, else guessed by which of WGS84 / GCJ-02 / BD-09,
 * converted to WGS84 with gcoord, puts the points nearest to known WGS84 anchors (the OSM metro
 * stations): the median nearest-anchor distance per candidate is its score, the smallest wins.
 */
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import { CRS_SAMPLE } from './limits';
import { mapPositions, median, metres } from './geo';
import type { CrsGuess, CrsId, ImportMessage, ImportedFeature } from './types';

const GCOORD = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;
export const CRS_IDS: CrsId[] = ['wgs84', 'gcj02', 'bd09'];

/** One position converted to WGS84 (extra members such as z are kept). */
export function positionToWgs84(p: Position, from: CrsId): Position {
  if (from === 'wgs84') return p;
  const [x, y] = gcoord.transform([p[0], p[1]] as [number, number], GCOORD[from], gcoord.WGS84) as [number, number];
  return p.length > 2 ? [x, y, ...p.slice(2)] : [x, y];
}

/** Nearest-anchor distance in metres (anchors bucketed in a 0.02° grid: each point looks at its cell and the ring around it, else all). */
function nearestFinder(anchors: readonly (readonly [number, number])[]) {
  const cell = 0.02;
  const grid = new Map<string, (readonly [number, number])[]>();
  for (const a of anchors) {
    const k = `${Math.floor(a[0] / cell)},${Math.floor(a[1] / cell)}`;
    (grid.get(k) ?? grid.set(k, []).get(k)!).push(a);
  }
  return (p: readonly number[]) => {
    const cx = Math.floor(p[0] / cell), cy = Math.floor(p[1] / cell);
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      for (const a of grid.get(`${cx + dx},${cy + dy}`) ?? []) best = Math.min(best, metres(p, a));
    }
    // Within the ring the nearest is exact only if nearer than one cell (≈ 1.9 km); otherwise scan all.
    if (best > 1900) for (const a of anchors) best = Math.min(best, metres(p, a));
    return best;
  };
}

export function sampleEvenly<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]);
  return out;
}

/** Median nearest-anchor distance (m, rounded) per candidate system. */
export function scoreCrs(points: readonly Position[], anchors: readonly (readonly [number, number])[]): Record<CrsId, number> {
  const nearest = nearestFinder(anchors);
  const sample = sampleEvenly(points, CRS_SAMPLE);
  const out = {} as Record<CrsId, number>;
  for (const crs of CRS_IDS) out[crs] = Math.round(median(sample.map((p) => nearest(positionToWgs84(p, crs)))));
  return out;
}

const scoreText = (s: Partial<Record<CrsId, number>>) => CRS_IDS.filter((c) => s[c] !== undefined).map((c) => `${c} ${s[c]} m`).join(', ');

/** The guess, and the note that may go with it (a declaration the anchors contradict). */
export function guessCrs(
  points: readonly Position[], anchors: ParseAnchors | undefined, declared: { crs: CrsId; source: string } | undefined, note: (code: string, params: ImportMessage['params']) => void,
): CrsGuess {
  const scores = anchors && anchors.length && points.length ? scoreCrs(points, anchors) : undefined;
  const ranked = scores ? [...CRS_IDS].sort((a, b) => scores[a] - scores[b]) : [];
  if (declared) {
    // A declaration the anchors clearly contradict (with enough points to tell) is worth a warning.
    if (scores && points.length >= MIN_POINTS && ranked[0] !== declared.crs && scores[declared.crs] > 2 * scores[ranked[0]] && scores[declared.crs] - scores[ranked[0]] > 200) {
      note('crs-declared-disagrees', { declared: declared.crs, best: ranked[0], scores: scoreText(scores) });
    }
    return { crs: declared.crs, basis: 'declared', ...(scores ? { scores } : {}) };
  }
  if (!scores) return { crs: 'wgs84', basis: 'default' };
  const [best, second] = [scores[ranked[0]], scores[ranked[1]]];
  const confident = points.length >= MIN_POINTS && second - best >= 100 && second >= 1.5 * best;
  return { crs: ranked[0], basis: 'anchors', scores, confident };
}

/** Fewer points than this say little about the coordinate system. */
const MIN_POINTS = 5;

export type ParseAnchors = readonly (readonly [number, number])[];

/** Features in WGS84 (already WGS84: the same feature objects, in a new array; features are never mutated). */
export function featuresToWgs84(features: readonly ImportedFeature[], crs: CrsId): ImportedFeature[] {
  if (crs === 'wgs84') return features.slice();
  return features.map((f) => (f.geometry ? { ...f, geometry: mapPositions(f.geometry, (p) => positionToWgs84(p, crs)) } : { ...f }));
}
